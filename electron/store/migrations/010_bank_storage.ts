import type { Migration } from './index.ts';

// How the province's bank is stored, after measuring imports of 100,000 copies:
//
// 1. The copies of other centres' households move to an ordinary rowid table. As a WITHOUT ROWID
// table keyed by (owner, id), every row — which carries the whole household as JSON, a few
// kilobytes — was stored in the primary key's B-tree itself, where SQLite keeps only about a
// quarter of a page of a row inline and chains the rest through overflow pages; the table grew
// to nearly twice its data and an import of 100,000 copies spent most of its time splitting
// those pages. In a rowid table a row up to a page stays on one page, appended in rowid order,
// and (owner, id) becomes a small UNIQUE index beside it. The columns and their meaning are
// unchanged; the rows are copied over as they are. A second index carries the version too, so
// the importer reads every held version of a centre from the index alone, not from the rows.
// 2. bank_aid goes: a copy's aid history is in its record (the JSON the owner sent), and the
// "helped elsewhere" look-ups read it from there (json_each) for the few copies they reach.
// Kept as a table, it added 300,000 rows to an import of 100,000 copies, in an index of
// random keys.
// 3. A received figure keeps when its owner computed it (as_of: the report file's createdAt,
// relayed unchanged by a province office), so an earlier report imported after a later one
// never replaces its figures. Figures received before carry '' (older than any report).
// 4. Possible duplicates are found by copy too (a newer version of a copy drops its undecided
// pairs that no longer hold), so they get an index by copy.
export const m010BankStorage: Migration = {
  version: 10,
  name: 'bank_storage',
  up(db) {
    db.exec(`
      CREATE TABLE bank_households_new (
        owner TEXT NOT NULL,
        id TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        version TEXT NOT NULL,
        archived_at TEXT,
        display_name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        father_key TEXT,
        birth_year INTEGER,
        city TEXT,
        record TEXT NOT NULL,
        received_at TEXT NOT NULL,
        UNIQUE (owner, id)
      );
      INSERT INTO bank_households_new (owner, id, owner_name, version, archived_at, display_name, name_key, father_key, birth_year, city, record, received_at)
        SELECT owner, id, owner_name, version, archived_at, display_name, name_key, father_key, birth_year, city, record, received_at FROM bank_households;
      DROP TABLE bank_households;
      ALTER TABLE bank_households_new RENAME TO bank_households;
      CREATE INDEX bank_households_name ON bank_households(name_key);
      CREATE INDEX bank_households_versions ON bank_households(owner, id, version);
      DROP TABLE bank_aid;
      ALTER TABLE received_figures ADD COLUMN as_of TEXT NOT NULL DEFAULT '';
      CREATE INDEX duplicate_pairs_copy ON duplicate_pairs(bank_owner, bank_id);
    `);
  },
};

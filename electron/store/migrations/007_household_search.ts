import type { Migration } from './index.ts';

// Households search at province scale (100,000 households; npm run bench): a p95 of 82 ms.
// Broad filters (vulnerability group, open need of a kind, waiting time) were IN-subqueries over
// household_groups or needs matching 8,000–44,000 households, and every search counted its
// matches by reading each matching household's row (~1 µs a row: 20 ms for a three-letter
// fragment of a common name); one- and two-letter queries scanned every household with LIKE.
//
// 1. Three columns on households, kept by triggers on household_groups and needs (whatever
//    writes them: the households repository, needs.add, needs.cancel, matching.approve, equipment
//    and housing handovers, raw SQL): groups_mask (a bit per vulnerability group),
//    open_needs_mask (a bit per kind of need the household has open) and oldest_open_need_on
//    (its oldest open need's date; null without one). A group row added sets its bit and one
//    deleted clears it (a group is on a household at most once: the table's key); a need
//    written recomputes its household's two columns from its needs. Right after any write.
// 2. Two full-text indexes over the search text, each with a second column of filter keys:
//    households_fts (trigram, as in migration 3: words of three letters or more match anywhere)
//    and households_words (words: one or two letters match the start of a word, through prefix
//    indexes of one and two letters; as donors_words, migration 5). A word here is what lies
//    between two spaces of the normalised search text (the tokenizer splits on spaces only), so
//    "a word starting with" means the same in the index and in a check of the row's search_text.
//    The filter keys put the status, groups, kinds of open need, city and case worker into the
//    same index as the text, so a search's count is one FTS expression (its doclists merged
//    inside FTS5), never a read of every matching row. Keys begin with "_", which search text
//    never holds (normalizeForSearch turns punctuation into spaces): no query can reach them by
//    accident and no text word can look like one. Both have external content, the view
//    households_search (the text and keys as computed from the row): 'integrity-check' compares
//    them with it and 'rebuild' refills them. (Contentless tables with deletes by rowid were
//    tried: each rewrite of a household, on every need added or closed, cost 1–10 ms there
//    against ~0.1 ms here.)
// 3. An index on the oldest open need, covering the filter columns, for waiting time.

/** The bit of each vulnerability group in households.groups_mask. Fixed by this migration. */
export const GROUP_BITS = {
  womanHead: 1,
  disability: 2,
  chronicIllness: 4,
  recoveredAddiction: 8,
  elderlyAlone: 16,
  orphans: 32,
  prisonerFamily: 64,
} as const;

/** The bit of each kind of need in households.open_needs_mask. Fixed by this migration. */
export const NEED_KIND_BITS = {
  housing: 1,
  equipment: 2,
  jobTraining: 4,
  medical: 8,
  education: 16,
  foodCash: 32,
} as const;

/** The filter keys (column filter_keys of households_fts and households_words). Group and need
 *  keys are three characters, one trigram. City and case worker are numbered once in
 *  household_filter_codes and written `_c<n>_` / `_w<n>_`: digits between two "_", so one
 *  number cannot match inside another. */
export const FILTER_KEYS = {
  archived: '_ar',
  openNeed: '_op',
  group: (bit: number) => `_g${Math.log2(bit)}`,
  need: (bit: number) => `_n${Math.log2(bit)}`,
  city: (code: number) => `_c${code}_`,
  caseWorker: (code: number) => `_w${code}_`,
} as const;

/** The tokenizer of households_words: every character but a space separator is part of a word. */
const WORDS_TOKENIZER = `unicode61 remove_diacritics 0 categories ''L* N* Co M* P* S* C*''`;

/** The filter keys of a households row (`r` = new or old), as an SQL expression. */
function keysOf(r: string): string {
  const parts = [
    `CASE WHEN ${r}.archived_at IS NOT NULL THEN '${FILTER_KEYS.archived} ' ELSE '' END`,
    `CASE WHEN ${r}.open_needs_mask != 0 THEN '${FILTER_KEYS.openNeed} ' ELSE '' END`,
    ...Object.values(GROUP_BITS).map((b) => `CASE WHEN ${r}.groups_mask & ${b} != 0 THEN '${FILTER_KEYS.group(b)} ' ELSE '' END`),
    ...Object.values(NEED_KIND_BITS).map((b) => `CASE WHEN ${r}.open_needs_mask & ${b} != 0 THEN '${FILTER_KEYS.need(b)} ' ELSE '' END`),
    `'_c' || (SELECT code FROM household_filter_codes WHERE kind = 'city' AND value = ${r}.city) || '_ '`,
    `coalesce('_w' || (SELECT code FROM household_filter_codes WHERE kind = 'caseWorker' AND value = ${r}.case_worker_id) || '_', '')`,
  ];
  return parts.join(' || ');
}

/** Numbers the row's city and case worker (if new) and indexes its search text and keys. */
function indexRow(r: string): string {
  return `
    INSERT OR IGNORE INTO household_filter_codes (kind, value) VALUES ('city', ${r}.city);
    INSERT OR IGNORE INTO household_filter_codes (kind, value) SELECT 'caseWorker', ${r}.case_worker_id WHERE ${r}.case_worker_id IS NOT NULL;
    INSERT INTO households_fts (rowid, search_text, filter_keys) VALUES (${r}.rowid, ${r}.search_text, ${keysOf(r)});
    INSERT INTO households_words (rowid, search_text, filter_keys) VALUES (${r}.rowid, ${r}.search_text, ${keysOf(r)});`;
}
/** Takes the row out of both indexes, with the values it was indexed with (an external-content
 *  delete; every column its keys come from is watched by households_search_au, and a city's or
 *  case worker's number never changes, so the old row gives them back exactly). */
function unindexRow(r: string): string {
  return `
    INSERT INTO households_fts (households_fts, rowid, search_text, filter_keys) VALUES ('delete', ${r}.rowid, ${r}.search_text, ${keysOf(r)});
    INSERT INTO households_words (households_words, rowid, search_text, filter_keys) VALUES ('delete', ${r}.rowid, ${r}.search_text, ${keysOf(r)});`;
}

function bitCase(column: string, bits: Readonly<Record<string, number>>): string {
  return `CASE ${column} ${Object.entries(bits).map(([k, b]) => `WHEN '${k}' THEN ${b}`).join(' ')} ELSE 0 END`;
}

// A group is on a household at most once (the table's key), so adding a group row sets its bit
// and deleting one clears it; the sum of the bits of the rows is the mask (the backfill).
const GROUPS_MASK = `(SELECT coalesce(sum(${bitCase('g.grp', GROUP_BITS)}), 0) FROM household_groups g WHERE g.household_id = households.id)`;
const OPEN_MASK = `(SELECT coalesce(sum(DISTINCT ${bitCase('n.kind', NEED_KIND_BITS)}), 0) FROM needs n WHERE n.household_id = households.id AND n.status = 'open')`;
const OLDEST_OPEN = `(SELECT min(n.recorded_on) FROM needs n WHERE n.household_id = households.id AND n.status = 'open')`;

/** A household's groups_mask with a group row added or taken away. Only a household whose mask
 *  changes is written: the households repository writes the mask with the row (creation and
 *  update), so the group rows it writes next change nothing, and the search indexes get the
 *  household once rather than once per group. */
function addGroup(r: string): string {
  return `UPDATE households SET groups_mask = groups_mask | (${bitCase(`${r}.grp`, GROUP_BITS)})
    WHERE id = ${r}.household_id AND groups_mask & (${bitCase(`${r}.grp`, GROUP_BITS)}) = 0;`;
}
function removeGroup(r: string): string {
  return `UPDATE households SET groups_mask = groups_mask & ~(${bitCase(`${r}.grp`, GROUP_BITS)})
    WHERE id = ${r}.household_id AND groups_mask & (${bitCase(`${r}.grp`, GROUP_BITS)}) != 0;`;
}
/** Recomputes the needs' columns of the households matched by `where` from their needs; rows
 *  already right are not written. */
function setNeeds(where: string): string {
  return `UPDATE households SET open_needs_mask = ${OPEN_MASK}, oldest_open_need_on = ${OLDEST_OPEN}
    WHERE ${where} AND (open_needs_mask IS NOT ${OPEN_MASK} OR oldest_open_need_on IS NOT ${OLDEST_OPEN});`;
}

export const m007HouseholdSearch: Migration = {
  version: 7,
  name: 'household-search',
  up(db) {
    db.exec(`
      ALTER TABLE households ADD COLUMN groups_mask INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE households ADD COLUMN open_needs_mask INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE households ADD COLUMN oldest_open_need_on TEXT;
      UPDATE households SET groups_mask = ${GROUPS_MASK};
      ${setNeeds('1')}

      CREATE TRIGGER household_groups_mask_ai AFTER INSERT ON household_groups BEGIN
        ${addGroup('new')}
      END;
      CREATE TRIGGER household_groups_mask_ad AFTER DELETE ON household_groups BEGIN
        ${removeGroup('old')}
      END;
      CREATE TRIGGER household_groups_mask_au AFTER UPDATE ON household_groups BEGIN
        ${removeGroup('old')}
        ${addGroup('new')}
      END;
      CREATE TRIGGER needs_open_ai AFTER INSERT ON needs BEGIN
        ${setNeeds('id = new.household_id')}
      END;
      CREATE TRIGGER needs_open_ad AFTER DELETE ON needs BEGIN
        ${setNeeds('id = old.household_id')}
      END;
      CREATE TRIGGER needs_open_au AFTER UPDATE OF household_id, kind, status, recorded_on ON needs BEGIN
        ${setNeeds('id IN (old.household_id, new.household_id)')}
      END;

      -- cities and case workers by number, for the filter keys; a number is never reused
      CREATE TABLE household_filter_codes (
        code INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('city', 'caseWorker')),
        value TEXT NOT NULL,
        UNIQUE (kind, value)
      );

      DROP TRIGGER households_fts_ai;
      DROP TRIGGER households_fts_ad;
      DROP TRIGGER households_fts_au;
      DROP TABLE households_fts;
      CREATE VIEW households_search AS SELECT households.rowid AS rowid, households.search_text AS search_text, ${keysOf('households')} AS filter_keys
        FROM households;
      CREATE VIRTUAL TABLE households_fts USING fts5(
        search_text, filter_keys, content='households_search', content_rowid='rowid', tokenize='trigram'
      );
      CREATE VIRTUAL TABLE households_words USING fts5(
        search_text, filter_keys, content='households_search', content_rowid='rowid', tokenize='${WORDS_TOKENIZER}', prefix='1 2'
      );
      INSERT OR IGNORE INTO household_filter_codes (kind, value) SELECT 'city', city FROM households ORDER BY rowid;
      INSERT OR IGNORE INTO household_filter_codes (kind, value)
        SELECT 'caseWorker', case_worker_id FROM households WHERE case_worker_id IS NOT NULL ORDER BY rowid;
      INSERT INTO households_fts (households_fts) VALUES ('rebuild');
      INSERT INTO households_words (households_words) VALUES ('rebuild');

      CREATE TRIGGER households_search_ai AFTER INSERT ON households BEGIN${indexRow('new')}
      END;
      CREATE TRIGGER households_search_ad AFTER DELETE ON households BEGIN${unindexRow('old')}
      END;
      CREATE TRIGGER households_search_au AFTER UPDATE OF search_text, archived_at, city, case_worker_id, groups_mask, open_needs_mask ON households
      WHEN old.search_text IS NOT new.search_text OR (old.archived_at IS NULL) != (new.archived_at IS NULL) OR old.city IS NOT new.city
        OR old.case_worker_id IS NOT new.case_worker_id OR old.groups_mask IS NOT new.groups_mask OR old.open_needs_mask IS NOT new.open_needs_mask
      BEGIN
${unindexRow('old')}${indexRow('new')}
      END;

      -- waiting time: the households with an open need by its date, with the other filters' columns
      CREATE INDEX households_oldest_open ON households(archived_at, oldest_open_need_on, groups_mask, open_needs_mask, city, case_worker_id)
        WHERE oldest_open_need_on IS NOT NULL;
    `);
  },
};

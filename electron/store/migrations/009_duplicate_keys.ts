import type { Migration } from './index.ts';

// Possible duplicates between a copy from another centre and this centre's households are found
// by an index of the local heads' normalised names kept in memory while an import runs
// (electron/services/exchange/duplicates.ts): the importer asks once per copy, up to 250,000
// times, and one scan of the households per copy would be far too slow. The index must be
// rebuilt whenever a head's name, father's name or birth date changes, by this process or any
// other connection. This stamp tells it so: every insert, delete or change of those columns
// writes a new random number here, in SQL alone (no application function in the trigger, so
// any connection and any tool may write households). A rolled-back change rolls the stamp back
// with it, and the next change gets a different random number.
export const m009DuplicateKeys: Migration = {
  version: 9,
  name: 'duplicate_keys',
  up(db) {
    db.exec(`
      CREATE TABLE household_keys_stamp (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        stamp INTEGER NOT NULL
      );
      INSERT INTO household_keys_stamp (id, stamp) VALUES (1, random());

      CREATE TRIGGER households_keys_ai AFTER INSERT ON households BEGIN
        UPDATE household_keys_stamp SET stamp = random() WHERE id = 1;
      END;
      CREATE TRIGGER households_keys_ad AFTER DELETE ON households BEGIN
        UPDATE household_keys_stamp SET stamp = random() WHERE id = 1;
      END;
      CREATE TRIGGER households_keys_au AFTER UPDATE OF head_first_name, head_last_name, head_father_name, head_birth_date ON households BEGIN
        UPDATE household_keys_stamp SET stamp = random() WHERE id = 1;
      END;
    `);
  },
};

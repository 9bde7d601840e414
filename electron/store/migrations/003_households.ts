import type { Migration } from './index.ts';

// Beneficiary households, their members, needs and aid history, offers of help and the
// national IDs of every head and member in one table with a unique key, so no ID can sit on two
// households (the duplicate guard is the database's, not only the service's).
export const m003Households: Migration = {
  version: 3,
  name: 'households',
  up(db) {
    db.exec(`
      CREATE TABLE households (
        id TEXT PRIMARY KEY,
        head_first_name TEXT NOT NULL,
        head_last_name TEXT NOT NULL,
        head_father_name TEXT,
        head_national_id TEXT NOT NULL,
        head_birth_date TEXT NOT NULL,
        head_sex TEXT NOT NULL CHECK (head_sex IN ('female','male')),
        head_mobile TEXT,
        display_name TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        address TEXT,
        city TEXT NOT NULL,
        village TEXT,
        disability_kind TEXT,
        disability_severity TEXT CHECK (disability_severity IS NULL OR disability_severity IN ('mild','moderate','severe','profound')),
        monthly_income INTEGER CHECK (monthly_income IS NULL OR monthly_income >= 0),
        housing_status TEXT NOT NULL CHECK (housing_status IN ('owner','tenant','homeless','withRelatives','unfinished')),
        monthly_rent INTEGER CHECK (monthly_rent IS NULL OR monthly_rent >= 0),
        agency TEXT NOT NULL CHECK (agency IN ('relief','welfare','none')),
        agency_file_no TEXT,
        case_worker_id TEXT REFERENCES users(id),
        consent_to_share INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_share IN (0, 1)),
        consent_date TEXT,
        notes TEXT,
        search_text TEXT NOT NULL,
        archived_at TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX households_active_sort ON households(archived_at, sort_key);
      CREATE INDEX households_city ON households(city);
      CREATE INDEX households_case_worker ON households(case_worker_id);
      CREATE INDEX households_file_no ON households(agency_file_no) WHERE agency_file_no IS NOT NULL;

      CREATE VIRTUAL TABLE households_fts USING fts5(search_text, content='households', content_rowid='rowid', tokenize='trigram');
      CREATE TRIGGER households_fts_ai AFTER INSERT ON households BEGIN
        INSERT INTO households_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER households_fts_ad AFTER DELETE ON households BEGIN
        INSERT INTO households_fts(households_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      END;
      CREATE TRIGGER households_fts_au AFTER UPDATE OF search_text ON households BEGIN
        INSERT INTO households_fts(households_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        INSERT INTO households_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
      END;

      CREATE TABLE household_members (
        id TEXT PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        relation TEXT NOT NULL CHECK (relation IN ('spouse','child','parent','sibling','grandchild','other')),
        sex TEXT NOT NULL CHECK (sex IN ('female','male')),
        national_id TEXT,
        birth_date TEXT,
        education TEXT CHECK (education IS NULL OR education IN ('none','literacy','primary','secondary','diploma','university')),
        occupation TEXT,
        health TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX household_members_household ON household_members(household_id, position);

      -- Every national ID held by a head or a member of a household of this centre, once.
      CREATE TABLE household_national_ids (
        national_id TEXT PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('head','member'))
      ) WITHOUT ROWID;
      CREATE INDEX household_national_ids_household ON household_national_ids(household_id);

      CREATE TABLE household_groups (
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        grp TEXT NOT NULL CHECK (grp IN ('womanHead','disability','chronicIllness','recoveredAddiction','elderlyAlone','orphans','prisonerFamily')),
        PRIMARY KEY (household_id, grp)
      ) WITHOUT ROWID;
      CREATE INDEX household_groups_grp ON household_groups(grp);

      CREATE TABLE needs (
        id TEXT PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id),
        kind TEXT NOT NULL CHECK (kind IN ('housing','equipment','jobTraining','medical','education','foodCash')),
        equipment_kind TEXT,
        priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
        description TEXT,
        recorded_on TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','met','cancelled')),
        closed_on TEXT,
        close_reason TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX needs_household ON needs(household_id);
      CREATE INDEX needs_open_kind ON needs(status, kind, recorded_on);

      CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('cash','goods','equipment','housing','employmentLoan')),
        need_kind TEXT NOT NULL CHECK (need_kind IN ('housing','equipment','jobTraining','medical','education','foodCash')),
        equipment_kind TEXT,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        allocated INTEGER NOT NULL DEFAULT 0,
        unit_value INTEGER NOT NULL CHECK (unit_value > 0),
        city TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL,
        CHECK (allocated >= 0 AND allocated <= quantity)
      );

      CREATE TABLE aid_records (
        id TEXT PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id),
        kind TEXT NOT NULL CHECK (kind IN ('cash','goods','equipment','housing','employmentLoan')),
        date TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value >= 0),
        description TEXT,
        source TEXT NOT NULL CHECK (source IN ('centre','otherCentre','agency')),
        source_name TEXT,
        offer_id TEXT REFERENCES offers(id),
        need_id TEXT REFERENCES needs(id),
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX aid_records_household ON aid_records(household_id, date);
      CREATE INDEX aid_records_offer ON aid_records(offer_id) WHERE offer_id IS NOT NULL;
    `);
  },
};

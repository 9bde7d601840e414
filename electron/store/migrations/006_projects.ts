import type { Migration } from './index.ts';

// Projects in full: a project's manager and description; housing builds with their six stages;
// employment plans and the households they employ; funding sources other than donors; expenses
// (money out, optionally against a stage); equipment lots and their handovers to households;
// attachments (photos and documents) stored by content hash under the data folder.
// `attachment_blobs` stays empty in the live database: a backup copy carries the attachment
// files in it, so one backup file restores everything (see store/attachmentBackup.ts).
export const m006Projects: Migration = {
  version: 6,
  name: 'projects',
  up(db) {
    db.exec(`
      ALTER TABLE projects ADD COLUMN manager_name TEXT;
      ALTER TABLE projects ADD COLUMN description TEXT;
      ALTER TABLE projects ADD COLUMN archive_reason TEXT;
      ALTER TABLE projects ADD COLUMN created_by TEXT REFERENCES users(id);
      CREATE INDEX projects_kind_status ON projects(kind, status) WHERE archived_at IS NULL;

      CREATE TABLE housing_builds (
        project_id TEXT PRIMARY KEY REFERENCES projects(id),
        household_id TEXT REFERENCES households(id),
        land_status TEXT NOT NULL CHECK (land_status IN ('deeded','endowment','donated','ruralNoDeed','inProgress')),
        area_m2 INTEGER CHECK (area_m2 IS NULL OR area_m2 > 0),
        address TEXT,
        -- the household's aid-history record written when the build was handed over
        aid_record_id TEXT REFERENCES aid_records(id)
      );
      CREATE INDEX housing_builds_household ON housing_builds(household_id) WHERE household_id IS NOT NULL;

      CREATE TABLE housing_stages (
        project_id TEXT NOT NULL REFERENCES housing_builds(project_id),
        stage TEXT NOT NULL CHECK (stage IN ('foundation','structure','wallsRoof','installations','finishing','handover')),
        seq INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 6),
        planned_start TEXT,
        planned_end TEXT,
        actual_start TEXT,
        actual_end TEXT,
        estimated_cost INTEGER CHECK (estimated_cost IS NULL OR estimated_cost >= 0),
        percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        waiting_for TEXT CHECK (waiting_for IS NULL OR waiting_for IN ('money','bank','contractor','permit','materials','other')),
        notes TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (project_id, stage),
        CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
        CHECK (actual_end IS NULL OR (actual_start IS NOT NULL AND actual_end >= actual_start))
      ) WITHOUT ROWID;

      CREATE TABLE employment_plans (
        project_id TEXT PRIMARY KEY REFERENCES projects(id),
        jobs_planned INTEGER NOT NULL DEFAULT 0 CHECK (jobs_planned >= 0),
        jobs_created INTEGER NOT NULL DEFAULT 0 CHECK (jobs_created >= 0)
      );

      CREATE TABLE employment_households (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        household_id TEXT NOT NULL REFERENCES households(id),
        jobs INTEGER NOT NULL CHECK (jobs > 0),
        started_on TEXT,
        created_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL,
        UNIQUE (project_id, household_id)
      );

      CREATE TABLE funding_sources (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        kind TEXT NOT NULL CHECK (kind IN ('agencyGrant','bankFacility','companyCsr','budgetNote','other')),
        source_name TEXT NOT NULL,
        committed INTEGER NOT NULL CHECK (committed >= 0),
        approved INTEGER CHECK (approved IS NULL OR approved >= 0),
        received INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0),
        requested_on TEXT,
        approved_on TEXT,
        received_on TEXT,
        notes TEXT,
        removed_at TEXT,
        remove_reason TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX funding_sources_project ON funding_sources(project_id) WHERE removed_at IS NULL;

      CREATE TABLE project_expenses (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        stage TEXT CHECK (stage IS NULL OR stage IN ('foundation','structure','wallsRoof','installations','finishing','handover')),
        date TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount > 0),
        description TEXT NOT NULL,
        voided_at TEXT,
        void_reason TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX project_expenses_project ON project_expenses(project_id, date);

      CREATE TABLE equipment_lots (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        kind TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        handed INTEGER NOT NULL DEFAULT 0,
        unit_value INTEGER NOT NULL CHECK (unit_value >= 0),
        notes TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL,
        CHECK (handed >= 0 AND handed <= count)
      );
      CREATE INDEX equipment_lots_project ON equipment_lots(project_id);

      CREATE TABLE equipment_handovers (
        id TEXT PRIMARY KEY,
        lot_id TEXT NOT NULL REFERENCES equipment_lots(id),
        seq INTEGER NOT NULL CHECK (seq > 0),
        household_id TEXT NOT NULL REFERENCES households(id),
        date TEXT NOT NULL,
        aid_record_id TEXT NOT NULL REFERENCES aid_records(id),
        notes TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL,
        UNIQUE (lot_id, seq)
      );
      CREATE INDEX equipment_handovers_household ON equipment_handovers(household_id);

      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id),
        stage TEXT CHECK (stage IS NULL OR stage IN ('foundation','structure','wallsRoof','installations','finishing','handover')),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg','image/png','image/webp','application/pdf')),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        file_name TEXT NOT NULL,
        caption TEXT,
        removed_at TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX attachments_project ON attachments(project_id) WHERE removed_at IS NULL;
      CREATE INDEX attachments_sha ON attachments(sha256);

      CREATE TABLE attachment_blobs (
        sha256 TEXT PRIMARY KEY,
        bytes BLOB NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};

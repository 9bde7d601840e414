import type { Migration } from './index.ts';

// The foundation: this install's centre, settings, users, donors (with their tags and a
// trigram full-text index over a normalised search column) and the audit log.
export const m001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE centre (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        province TEXT NOT NULL,
        city TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin','manager','treasurer','caseworker','volunteer')),
        password_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        locale TEXT NOT NULL DEFAULT 'fa' CHECK (locale IN ('fa','en')),
        last_sign_in_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );

      CREATE TABLE donors (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('person','organisation')),
        first_name TEXT,
        last_name TEXT,
        org_name TEXT,
        display_name TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        national_id TEXT,
        mobile TEXT,
        phone TEXT,
        email TEXT,
        address TEXT,
        city TEXT,
        referral TEXT,
        preferred_contact TEXT,
        notes TEXT,
        search_text TEXT NOT NULL,
        archived_at TEXT,
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX donors_national_id ON donors(national_id) WHERE national_id IS NOT NULL;
      CREATE INDEX donors_mobile ON donors(mobile) WHERE mobile IS NOT NULL;
      CREATE INDEX donors_active_sort ON donors(archived_at, sort_key);
      CREATE INDEX donors_city ON donors(city);

      CREATE TABLE donor_tags (
        donor_id TEXT NOT NULL REFERENCES donors(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        tag_norm TEXT NOT NULL,
        PRIMARY KEY (donor_id, tag_norm)
      ) WITHOUT ROWID;
      CREATE INDEX donor_tags_norm ON donor_tags(tag_norm);

      -- External-content trigram index: the text lives once, in donors.search_text.
      CREATE VIRTUAL TABLE donors_fts USING fts5(search_text, content='donors', content_rowid='rowid', tokenize='trigram');
      CREATE TRIGGER donors_fts_ai AFTER INSERT ON donors BEGIN
        INSERT INTO donors_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
      END;
      CREATE TRIGGER donors_fts_ad AFTER DELETE ON donors BEGIN
        INSERT INTO donors_fts(donors_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
      END;
      CREATE TRIGGER donors_fts_au AFTER UPDATE OF search_text ON donors BEGIN
        INSERT INTO donors_fts(donors_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
        INSERT INTO donors_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
      END;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        user_id TEXT,
        username TEXT,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        before_json TEXT,
        after_json TEXT,
        centre_id TEXT
      );
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
      CREATE INDEX audit_log_at ON audit_log(at);
    `);
  },
};

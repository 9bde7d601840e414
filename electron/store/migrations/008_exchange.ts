import { generateKeyPairSync } from 'node:crypto';
import type { Migration } from './index.ts';

// Exchange between centres (docs/exchange-format.md): this install's signing key, the keys it
// trusts, the province's shared bank (copies of other centres' households, read-only here, and
// pseudonymous aid markers), possible duplicates for review, received agency figures, and the
// history of imports. Other centres' copies live in their own tables: a centre's own records
// never change by import, and the same national ID may be on a local household and on a copy
// (that is exactly a duplicate to review).
export const m008Exchange: Migration = {
  version: 8,
  name: 'exchange',
  up(db) {
    db.exec(`
      CREATE TABLE centre_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        public_key TEXT NOT NULL,   -- base64 SPKI DER
        private_key TEXT NOT NULL,  -- base64 PKCS#8 DER
        created_at TEXT NOT NULL
      );

      CREATE TABLE trusted_keys (
        centre_id TEXT PRIMARY KEY,
        centre_name TEXT NOT NULL,
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        province_office INTEGER NOT NULL DEFAULT 0 CHECK (province_office IN (0, 1)),
        trusted_at TEXT NOT NULL,
        trusted_by TEXT REFERENCES users(id)
      ) WITHOUT ROWID;

      -- a household of another centre, as its owner last sent it (the record as JSON)
      CREATE TABLE bank_households (
        owner TEXT NOT NULL,
        id TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        version TEXT NOT NULL,
        archived_at TEXT,
        display_name TEXT NOT NULL,
        name_key TEXT NOT NULL,      -- normalised first + last name, for duplicate review
        father_key TEXT,
        birth_year INTEGER,
        city TEXT,
        record TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (owner, id)
      ) WITHOUT ROWID;
      CREATE INDEX bank_households_name ON bank_households(name_key);

      -- every national ID on a copied household (head and members)
      CREATE TABLE bank_national_ids (
        national_id TEXT NOT NULL,
        owner TEXT NOT NULL,
        household_id TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('head','member')),
        PRIMARY KEY (national_id, owner, household_id)
      ) WITHOUT ROWID;

      -- aid recorded on copied households, flattened for "helped elsewhere"
      CREATE TABLE bank_aid (
        owner TEXT NOT NULL,
        household_id TEXT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (owner, household_id, id)
      ) WITHOUT ROWID;

      -- pseudonymous markers: HMAC of a national ID, what help, when, how much
      CREATE TABLE aid_markers (
        owner TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        id_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        value INTEGER NOT NULL,
        PRIMARY KEY (id_hash, owner, kind, date, value)
      ) WITHOUT ROWID;

      -- possible duplicates between a local household and a copy, with the reviewer's verdict
      CREATE TABLE duplicate_pairs (
        id TEXT PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id),
        bank_owner TEXT NOT NULL,
        bank_id TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('nationalId','nameFatherBirthYear')),
        verdict TEXT CHECK (verdict IS NULL OR verdict IN ('same','different')),
        decided_by TEXT REFERENCES users(id),
        decided_at TEXT,
        found_at TEXT NOT NULL,
        UNIQUE (household_id, bank_owner, bank_id)
      );

      -- agency figures received in report files (a province office adds them up by code)
      CREATE TABLE received_figures (
        owner TEXT NOT NULL,
        owner_name TEXT NOT NULL,
        period TEXT NOT NULL,        -- e.g. 1404-Q3, 1404-10, 1404
        code TEXT NOT NULL,
        value INTEGER NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (period, owner, code)
      ) WITHOUT ROWID;

      CREATE TABLE exchange_imports (
        id TEXT PRIMARY KEY,
        file_sha256 TEXT NOT NULL,
        scope TEXT NOT NULL CHECK (scope IN ('bank','report')),
        sender_id TEXT NOT NULL,
        sender_name TEXT NOT NULL,
        file_created_at TEXT NOT NULL,
        summary TEXT NOT NULL,       -- JSON counts: new, newer, unchanged, older, ownSkipped, markers, duplicates
        backup_file TEXT,
        imported_by TEXT REFERENCES users(id),
        imported_at TEXT NOT NULL
      );
    `);
    // An install set up before this version gets its key pair now; a new install gets it at
    // setup (the centre row does not exist yet when an empty database is migrated).
    const centre = db.prepare('SELECT id FROM centre LIMIT 1').get();
    if (centre) {
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      db.prepare('INSERT INTO centre_keys (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)').run(
        publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
        privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
        new Date().toISOString(),
      );
    }
  },
};

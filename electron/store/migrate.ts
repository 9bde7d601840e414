// The migration runner: owns the transaction and the version (PRAGMA user_version, plus a
// readable history in schema_migrations), refuses a database from a newer Hamyar, and takes a
// backup through SQLite's online backup API before touching a database that holds data.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from './database.ts';
import { AppError } from '../../shared/errors.ts';
import { MIGRATIONS, LATEST_VERSION, type Migration } from './migrations/index.ts';

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

export function assertNotNewer(version: number): void {
  if (version > LATEST_VERSION) {
    throw new AppError('NEWER_DATABASE', 'store.newer', { params: { found: version, supported: LATEST_VERSION } });
  }
}

/** Refuses an existing file from a newer Hamyar before any connection with our pragmas opens it:
 *  `journal_mode = WAL` alone rewrites the header of a file in another journal mode. */
export function assertFileNotNewer(file: string): void {
  if (!existsSync(file)) return;
  const probe = new Database(file, { fileMustExist: true });
  try {
    assertNotNewer(schemaVersion(probe));
  } finally {
    probe.close();
  }
}

export function pendingMigrations(db: Db): Migration[] {
  const version = schemaVersion(db);
  assertNotNewer(version);
  return MIGRATIONS.filter((m) => m.version > version);
}

/** Applies pending migrations. `backup` is called first when the database already has a schema. */
export async function migrate(db: Db, backup: (reason: string) => Promise<unknown>, now: () => string): Promise<number[]> {
  const pending = pendingMigrations(db);
  if (pending.length === 0) return [];
  if (schemaVersion(db) > 0) await backup(`before-migration-${pending[0]!.version}`);
  const applied: number[] = [];
  for (const m of pending) {
    const ran = db.transaction(() => {
      // Another connection (a second window or process opening the same folder) may have
      // applied it while this one waited for the write lock.
      if (schemaVersion(db) >= m.version) return false;
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
      db.pragma(`user_version = ${m.version}`);
      return true;
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}

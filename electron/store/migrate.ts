// The migration runner: owns the transaction and the version (PRAGMA user_version, plus a
// readable history in schema_migrations), refuses a database from a newer Hamyar, and takes a
// backup through SQLite's online backup API before touching a database that holds data.
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
    db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}

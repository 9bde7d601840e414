// Backups through SQLite's online backup API: a consistent copy even while the app writes.
// Automatic backups (before migrations, restores, imports) are kept in <data>/backups.
import { mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './database.ts';
import { openDatabase } from './database.ts';
import { AppError } from '../../shared/errors.ts';
import { assertNotNewer, schemaVersion } from './migrate.ts';
import { embedAttachments } from './attachmentBackup.ts';

const KEEP_AUTOMATIC = 30;
const NAME = /^hamyar-(\d{8}-\d{6}(?:-\d+)?)-([a-z0-9-]+)\.sqlite$/;

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function stamp(d: Date): string {
  const iso = d.toISOString(); // 2026-11-24T17:23:16.123Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** Copies the live database to `dest` (overwriting it). With `withFilesFrom` (a data folder) the
 *  attachment files are put inside the copy too: a backup the user carries away must restore
 *  projects with their photos (see attachmentBackup.ts). */
export async function backupTo(db: Db, dest: string, withFilesFrom?: string): Promise<void> {
  await db.backup(dest);
  if (withFilesFrom !== undefined) embedAttachments(dest, withFilesFrom);
}

export async function takeAutomaticBackup(db: Db, dataDir: string, reason: string, now: Date): Promise<string> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let fileName = `hamyar-${stamp(now)}-${reason}.sqlite`;
  for (let i = 1; existsIn(dir, fileName); i++) fileName = `hamyar-${stamp(now)}-${i}-${reason}.sqlite`;
  // Automatic backups stay beside the attachment files, which are never deleted (named by their
  // content): copying every photo into each of the 30 kept copies would multiply their size.
  await backupTo(db, join(dir, fileName));
  prune(dir);
  return fileName;
}

function existsIn(dir: string, name: string): boolean {
  try {
    statSync(join(dir, name));
    return true;
  } catch {
    return false;
  }
}

export interface StoredBackup {
  fileName: string;
  reason: string;
  createdAt: string;
  sizeBytes: number;
}

export function listBackups(dataDir: string): StoredBackup[] {
  let names: string[];
  try {
    names = readdirSync(backupsDir(dataDir));
  } catch {
    return [];
  }
  const out: StoredBackup[] = [];
  for (const fileName of names) {
    const m = NAME.exec(fileName);
    if (!m) continue;
    const st = statSync(join(backupsDir(dataDir), fileName));
    out.push({ fileName, reason: m[2]!, createdAt: st.mtime.toISOString(), sizeBytes: st.size });
  }
  return out.sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
}

function prune(dir: string): void {
  const names = readdirSync(dir).filter((n) => NAME.test(n)).sort().reverse();
  for (const old of names.slice(KEEP_AUTOMATIC)) unlinkSync(join(dir, old));
}

/** Checks that a file is an intact Hamyar database this version can open; returns its schema
 *  version. Throws BAD_FILE / NEWER_DATABASE with a message for the user. */
export function inspectBackupFile(path: string): number {
  let db: Db;
  try {
    db = openDatabase(path, { readonly: true });
  } catch {
    throw new AppError('BAD_FILE', 'backup.notSqlite');
  }
  try {
    let check: unknown;
    try {
      check = db.pragma('quick_check', { simple: true });
    } catch {
      throw new AppError('BAD_FILE', 'backup.notSqlite');
    }
    if (check !== 'ok') throw new AppError('BAD_FILE', 'backup.damaged');
    const hasTables = db
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'centre', 'users')")
      .get() as { n: number };
    if (hasTables.n !== 3) throw new AppError('BAD_FILE', 'backup.notHamyar');
    const version = schemaVersion(db);
    assertNotNewer(version);
    return version;
  } finally {
    db.close();
  }
}

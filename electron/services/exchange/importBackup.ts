// The backup an import is taken after, and when one already taken still serves.
//
// A backup before an import is there to put the database back as it was before the import. Two
// cases need no new copy:
//  - an import that writes no data (every copy, marker and figure already held: the same file
//    again) needs none: it only adds its line to the imports history;
//  - a run of imports (a province office reads its 112 centres' files one after another) shares
//    the backup taken before the first of them, as long as nothing but those imports has written
//    to the database since. Restoring that backup undoes the whole run, and each file of the run
//    can be imported again from the history's list. Without this a province office copied its
//    whole database (over a gigabyte) 112 times in a row and kept 30 such copies on disk.
// "Nothing but those imports has written" is the change stamp: this connection's
// total_changes() and PRAGMA data_version, which moves when any other connection (a second
// process on the same data folder) commits. The importer compares the stamp again inside its
// write transaction; a write that slipped in between sends it back for a fresh backup.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../store/database.ts';
import { backupsDir } from '../../store/backups.ts';

export type ChangeStamp = string;

/** The last import's backup, and the stamp of the database right after that import committed. */
const lastRun = new WeakMap<Db, { backupFile: string; stamp: ChangeStamp }>();

export function changeStamp(db: Db): ChangeStamp {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}`;
}

export interface ImportBackup {
  /** the backup file that holds the database as before this import, or before the run of
   *  imports it belongs to (null: none needed) */
  backupFile: string | null;
  /** the stamp the database must still have when the import's transaction begins */
  stamp: ChangeStamp;
}

/** Takes (or reuses) the backup this import needs. `writesData`: whether the import would write
 *  anything beyond its history line. */
export async function backupForImport(ctx: Ctx, writesData: boolean, fresh = false): Promise<ImportBackup> {
  const db = ctx.db;
  const stamp = changeStamp(db);
  const last = lastRun.get(db);
  const sameRun = !fresh && last !== undefined && last.stamp === stamp && existsSync(join(backupsDir(ctx.core.dataDir), last.backupFile));
  if (sameRun) return { backupFile: last.backupFile, stamp };
  if (!writesData) return { backupFile: null, stamp };
  // the stamp read before the copy starts: a write while it runs (the copy yields to other calls)
  // makes the import's transaction find the stamp moved, and go back for a fresh copy
  const backupFile = await ctx.core.takeBackup('before-import');
  return { backupFile, stamp };
}

/** After the import committed: the run goes on from here with the backup that covers it. */
export function importCommitted(db: Db, backup: ImportBackup): void {
  if (backup.backupFile !== null) lastRun.set(db, { backupFile: backup.backupFile, stamp: changeStamp(db) });
}

/** Runs `write` (a refused import's audit row) without ending the run of imports it falls in:
 *  a province office reading its centres' files one after another, one of them refused, would
 *  otherwise copy its whole database again before the next file. Restoring the run's backup
 *  drops that row along with the run's own history and audit rows. */
export function withinRun(db: Db, write: () => void): void {
  const last = lastRun.get(db);
  const inRun = last !== undefined && last.stamp === changeStamp(db);
  write();
  if (inRun) lastRun.set(db, { backupFile: last.backupFile, stamp: changeStamp(db) });
}

// Opens the SQLite file with the pragmas every connection needs. better-sqlite3 13 ships
// Node-API prebuilds, so the same binary serves Node (tests, browser host) and Electron.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL'); // WAL + NORMAL: durable across application crashes
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000'); // a second window or process waits instead of failing
  return db;
}

/** Runs `fn` in an IMMEDIATE transaction: the write lock is taken up front, so two windows
 *  cannot interleave a read-then-write (receipt numbers, duplicate checks). */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

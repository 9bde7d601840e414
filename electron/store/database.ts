// Opens the SQLite file with the pragmas every connection needs. better-sqlite3 13 ships
// Node-API prebuilds, so the same binary serves Node (tests, browser host) and Electron.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string, opts: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) {
    enableWal(db);
    db.pragma('synchronous = NORMAL'); // WAL + NORMAL: durable across application crashes
    // Checkpoint every 10,000 pages (40 MiB of log) instead of SQLite's 1,000: a batch import's
    // commits dirty many of the same index pages again and again, and each checkpoint copies
    // them to the database file once for all the commits since (payments.import: 38 → 35 µs a
    // row at 5,000 a batch, test/bench). After a checkpoint the log file is cut back to 64 MiB,
    // so one large import does not leave a log of hundreds of MiB on the disk.
    db.pragma('wal_autocheckpoint = 10000');
    db.pragma('journal_size_limit = 67108864');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000'); // a second window or process waits instead of failing
  // 64 MiB page cache (SQLite's default is 2 MiB): with 100,000 households the indexes the
  // matching and list queries walk no longer fit in 2 MiB, and every lookup became a read call
  db.pragma('cache_size = -65536');
  return db;
}

/** Two connections opening a new file at once may both try to switch it to WAL; SQLite refuses
 *  the loser with SQLITE_BUSY at once (waiting could deadlock), so try again shortly. */
function enableWal(db: Db): void {
  for (let attempt = 1; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: unknown }).code !== 'SQLITE_BUSY' || attempt >= 100) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/** Runs `fn` in an IMMEDIATE transaction: the write lock is taken up front, so two windows
 *  cannot interleave a read-then-write (receipt numbers, duplicate checks). */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

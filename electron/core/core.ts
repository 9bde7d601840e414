// The Electron-free heart of Hamyar: opens (and migrates) the data folder's database and binds
// the contract to the services. The Electron window, the browser host, the tests and the
// benchmarks all drive the app through `core.dispatcher`.
import { mkdirSync, copyFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../store/database.ts';
import { assertFileNotNewer, migrate } from '../store/migrate.ts';
import { takeAutomaticBackup } from '../store/backups.ts';
import { extractAttachments } from '../store/attachmentBackup.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';
import { SessionStore } from './sessions.ts';
import { writeAudit } from './audit.ts';
import { systemClock, type Clock, type CoreServices, type Ctx, type Session } from './context.ts';
import { handlers } from '../services/index.ts';
import { AppError } from '../../shared/errors.ts';
import type { PdfPrinter } from '../reports/printer.ts';

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  onInternalError?(channel: string, err: unknown): void;
  /** Prints receipts and reports to PDF; without one those channels answer reports.printerMissing. */
  printer?: PdfPrinter;
}

export interface Core {
  readonly dispatcher: Dispatcher;
  readonly services: CoreServices;
  /** The open database (changes after a restore: do not keep it). */
  db(): Db;
  close(): void;
}

export const DB_FILE_NAME = 'hamyar.sqlite';

async function openAndMigrate(file: string, dataDir: string, clock: Clock): Promise<Db> {
  assertFileNotNewer(file);
  const db = openDatabase(file);
  try {
    await migrate(db, (reason) => takeAutomaticBackup(db, dataDir, reason, clock.now()), () => clock.now().toISOString());
    // A restored backup (or a backup file put in place by hand) carries the attachment files in
    // attachment_blobs: give them back to the data folder and keep the live table empty.
    extractAttachments(db, dataDir);
    // Planner statistics for a long-lived connection (SQLite's advice for opening): without
    // them SQLite guesses that "not archived" is selective and walks the wrong index.
    // analysis_limit keeps the first ANALYZE of a large file short (~80 → ~20 ms at 50,000 donors).
    db.pragma('analysis_limit = 400');
    db.pragma('optimize=0x10002');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function readCentreId(db: Db): string {
  const row = db.prepare('SELECT id FROM centre LIMIT 1').get() as { id: string } | undefined;
  return row?.id ?? '';
}

export async function createCore(opts: CoreOptions): Promise<Core> {
  const clock = opts.clock ?? systemClock;
  mkdirSync(opts.dataDir, { recursive: true });
  const dbFile = join(opts.dataDir, DB_FILE_NAME);
  let db = await openAndMigrate(dbFile, opts.dataDir, clock);
  let centreId = readCentreId(db);
  const sessions = new SessionStore(clock);

  const services: CoreServices = {
    dataDir: opts.dataDir,
    dbFile,
    sessions,
    currentDb: () => db,
    refreshCentre: () => {
      centreId = readCentreId(db);
    },
    takeBackup: (reason) => takeAutomaticBackup(db, opts.dataDir, reason, clock.now()),
    async printPdf(html, printOpts) {
      if (!opts.printer) throw new AppError('INTERNAL', 'reports.printerMissing');
      return opts.printer.print(html, printOpts);
    },
    async replaceDatabase(path: string, fallback: string) {
      // The caller has validated `path` and taken `fallback`, a backup of the current data.
      // Stage the copy beside the live file first, so the swap itself is a rename; drop the old
      // WAL so it cannot be replayed onto the new file. If the new file then fails to open or
      // migrate, put the fallback back: the app is never left without a database.
      const staged = `${dbFile}.incoming`;
      copyFileSync(path, staged);
      const swapIn = async (file: string) => {
        db.close();
        for (const suffix of ['-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
        renameSync(file, dbFile);
        db = await openAndMigrate(dbFile, opts.dataDir, clock);
      };
      try {
        await swapIn(staged);
      } catch (err) {
        copyFileSync(fallback, staged);
        if (db.open) db.close();
        await swapIn(staged);
        throw err;
      } finally {
        centreId = readCentreId(db);
        sessions.clear();
      }
      return Number(db.pragma('user_version', { simple: true }));
    },
  };

  function makeCtx(session: Session | null): Ctx {
    const nowIso = clock.now().toISOString();
    const current = db;
    return {
      db: current,
      session,
      clock,
      core: services,
      nowIso,
      get centreId() {
        if (!centreId) centreId = readCentreId(current);
        return centreId;
      },
      audit(entry) {
        writeAudit(current, session, nowIso, this.centreId, entry);
      },
    };
  }

  const dispatcher = createDispatcher({
    handlers,
    session: (token) => sessions.get(token),
    makeCtx,
    onInternalError: opts.onInternalError ?? ((channel, err) => console.error(`[hamyar] ${channel}:`, err)),
  });

  return {
    dispatcher,
    services,
    db: () => db,
    close: () => db.close(),
  };
}

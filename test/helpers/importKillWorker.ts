// A child process for the kill -9 test (test/service/exchange-kill.test.ts): opens its own core
// on a data folder, says "ready" with a hash of the whole database, then imports the file with
// the exchange.import handler's own function, telling the parent when each phase starts (the
// parent learns from one whole run when COMMIT comes, and kills later runs before it).
//   node test/helpers/importKillWorker.ts <dataDir> <file.hamyar>
import { readFileSync } from 'node:fs';
import { makeTestCore } from './core.ts';
import { tablesHash } from './craftExchange.ts';
import { importUpload, type ImportPhase } from '../../electron/services/exchange/import.ts';
import { systemClock, type Ctx } from '../../electron/core/context.ts';
import { writeAudit } from '../../electron/core/audit.ts';

export type KillWorkerMessage =
  | { type: 'ready'; pre: string }
  | { type: 'phase'; phase: ImportPhase; ms: number }
  | { type: 'done'; ok: boolean; ms: number; error?: string; counts?: unknown };

const [dataDir, filePath] = process.argv.slice(2);
if (!dataDir || !filePath || !process.send) throw new Error('usage: node importKillWorker.ts <dataDir> <file> (with an IPC channel)');
const send = (m: KillWorkerMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

const t = await makeTestCore({ dataDir });
const db = t.core.db();
const user = db.prepare("SELECT id, username, display_name FROM users WHERE role = 'manager' LIMIT 1").get() as { id: string; username: string; display_name: string };
const centreId = (db.prepare('SELECT id FROM centre').get() as { id: string }).id;
// a session made directly: signing in would write an audit row before the import starts
const session = t.core.services.sessions.create({ id: user.id, username: user.username, displayName: user.display_name, role: 'manager', locale: 'fa' });
const nowIso = new Date().toISOString();
const ctx: Ctx = {
  db,
  session,
  clock: systemClock,
  core: t.core.services,
  nowIso,
  centreId,
  audit: (entry) => writeAudit(db, session, nowIso, centreId, entry),
};
const base64 = readFileSync(filePath).toString('base64');
await send({ type: 'ready', pre: tablesHash(db) });
const started = performance.now();
let phase: ImportPhase | null = null;
try {
  const rec = await importUpload(ctx, { base64, trustKey: false }, {
    onProgress: (p) => {
      if (p === phase) return;
      phase = p;
      process.send!({ type: 'phase', phase: p, ms: performance.now() - started } satisfies KillWorkerMessage);
    },
  });
  await send({ type: 'done', ok: true, ms: performance.now() - started, counts: rec.counts });
} catch (err) {
  await send({ type: 'done', ok: false, ms: performance.now() - started, error: String(err) });
}
t.close();
process.exit(0);

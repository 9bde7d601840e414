// The receiving side of the exchange: inspect a file (changes nothing), import it (one
// transaction after a backup), and the history of imports. A refused file changes nothing
// either, but leaves one audit row saying why (refusals.ts). The file format is
// docs/exchange-format.md; the sending side is export.ts.
import { requireSession, type AreaHandlers } from '../../core/context.ts';
import type { ImportCounts, ImportProgress, ImportRecord } from '../../../shared/contract/exchange.ts';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { inspectUpload } from './inspect.ts';
import { zeroCounts } from './classify.ts';
import { importUpload } from './import.ts';
import { auditInspected, auditRefusals } from './refusals.ts';

interface ImportRow {
  id: string;
  file_sha256: string;
  scope: 'bank' | 'report';
  sender_id: string;
  sender_name: string;
  file_created_at: string;
  summary: string;
  backup_file: string | null;
  imported_by: string | null;
  imported_at: string;
}

function countsOf(summary: string): ImportCounts {
  const out = zeroCounts();
  try {
    const parsed = JSON.parse(summary) as Partial<Record<keyof ImportCounts, unknown>>;
    for (const k of Object.keys(out) as (keyof ImportCounts)[]) {
      const v = parsed[k];
      if (typeof v === 'number' && Number.isInteger(v)) out[k] = v;
    }
  } catch {
    // a summary this version cannot read shows as zeros rather than hiding the row
  }
  return out;
}

function toRecord(r: ImportRow): ImportRecord {
  return {
    id: r.id,
    fileSha256: r.file_sha256,
    scope: r.scope,
    senderId: r.sender_id,
    senderName: r.sender_name,
    fileCreatedAt: r.file_created_at,
    counts: countsOf(r.summary),
    backupFile: r.backup_file,
    importedBy: r.imported_by,
    importedAt: r.imported_at,
  };
}

/** The imports running now, per database and user: what exchange.importProgress answers. */
const running = new WeakMap<Db, Map<string, ImportProgress>>();

function progressOf(db: Db): Map<string, ImportProgress> {
  let m = running.get(db);
  if (!m) running.set(db, (m = new Map()));
  return m;
}

export const exchangeImportHandlers: Pick<AreaHandlers<'exchange'>, 'exchange.inspect' | 'exchange.import' | 'exchange.importProgress' | 'exchange.history'> = {
  // both audit a refused file (refusals.ts): picking a file in the app runs inspect, which is
  // where most refusals meet the user
  'exchange.inspect'(ctx, input) {
    return auditRefusals(ctx, async (seen) => {
      const preview = await inspectUpload(ctx, input.base64, { seen });
      auditInspected(ctx, seen);
      return preview;
    });
  },

  async 'exchange.import'(ctx, input) {
    const progress = progressOf(ctx.db);
    const user = requireSession(ctx).userId;
    progress.set(user, { phase: 'verify', done: 0, total: 0 });
    try {
      return await auditRefusals(ctx, (seen) => importUpload(ctx, input, { seen, onProgress: (phase, done, total) => progress.set(user, { phase, done, total }) }));
    } finally {
      progress.delete(user);
    }
  },

  'exchange.importProgress'(ctx) {
    return progressOf(ctx.db).get(requireSession(ctx).userId) ?? null;
  },

  'exchange.history'(ctx, input) {
    const total = stmt<[], { n: number }>(ctx.db, 'SELECT count(*) AS n FROM exchange_imports').get()!.n;
    // newest first; rowid orders imports made within the same millisecond
    const rows = stmt<[number, number], ImportRow>(
      ctx.db,
      `SELECT id, file_sha256, scope, sender_id, sender_name, file_created_at, summary, backup_file, imported_by, imported_at
       FROM exchange_imports ORDER BY imported_at DESC, rowid DESC LIMIT ? OFFSET ?`,
    ).all(input.limit, input.offset);
    return { items: rows.map(toRecord), total };
  },
};

// exchange.import: a verified .hamyar file applied in one transaction after a backup.
//
//  1. The upload goes to <data>/tmp-import-XXXXXX/ and is verified in one streaming pass
//     (manifest, signature, entries, sizes, hashes, counts, every line against its schema); each
//     verified line is staged beside it (a household's owner, id and version in front, so the
//     apply pass parses only what it writes) and classified against the data held (what it
//     would change: classify.ts). The sender must be trusted (or new and trusted now with
//     `trustKey`); a centre's own file and a key other than the trusted one are refused.
//     A file that fails any of this changes nothing: no backup is taken, no row written (but
//     the refusal's own audit row, written by the handler once this has thrown: refusals.ts).
//  2. A backup through SQLite's backup API, unless the import writes no data or continues a
//     run of imports that one backup already covers (importBackup.ts).
//  3. One IMMEDIATE transaction, synchronous from BEGIN to COMMIT (so no other call on this
//     connection can slip into it; it also means the main process answers no other call while
//     it runs): the staged lines are read back one by one and applied
//     (applyBank.ts, applyReport.ts), the sender's key trusted if asked, the history row and the
//     audit rows written. Killed at any moment before COMMIT, SQLite rolls all of it back.
//     If the database changed since step 2 (another window or process wrote), the transaction
//     is abandoned before it writes and the import goes back to step 2 for a fresh backup.
//     An import the classification found to write no data skips the apply pass.
// Nothing holds the file's records at once: lines are read, applied and dropped one by one.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Ctx } from '../../core/context.ts';
import { requireSession } from '../../core/context.ts';
import type { ImportCounts, ImportRecord } from '../../../shared/contract/exchange.ts';
import type { AidMarker, BankHousehold, FigureLine, Manifest } from '../../../shared/contract/exchangeRecords.ts';
import { inTransaction, type Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { duplicatesOf, fateAgainst, HeldVersions, recordDuplicates, writeCopy, writeMarker } from './applyBank.ts';
import { figureFate, periodKey, writeFigure } from './applyReport.ts';
import type { ReadOptions } from './inspect.ts';
import { countFate, LineClassifier, zeroCounts } from './classify.ts';
import { backupForImport, changeStamp, importCommitted } from './importBackup.ts';
import { readSignedManifest, refusalOf, trustOf, verifyParts, type LineVisitor, type PartName, type SignedManifest, type TrustInfo } from './verify.ts';
import { withUpload } from './zipReader.ts';
import { forEachLine, Stager } from './staging.ts';

export type ImportPhase = 'verify' | 'backup' | 'apply' | 'commit' | 'done';

export interface ImportOptions extends ReadOptions {
  /** progress, for a progress bar (and the kill test's timing): bytes verified, lines applied */
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
}

/** Refuses a sender that may not change this centre's data now. */
function assertMayImport(trust: TrustInfo, signed: SignedManifest, trustKey: boolean): void {
  const refusal = refusalOf(trust, signed, trustKey);
  if (refusal) throw refusal;
}

export async function importUpload(ctx: Ctx, input: { base64: string; trustKey: boolean }, opts: ImportOptions = {}): Promise<ImportRecord> {
  const session = requireSession(ctx);
  const db = ctx.db;
  const centreId = ctx.centreId;
  const progress = opts.onProgress ?? (() => {});
  return withUpload(ctx.core.dataDir, input.base64, opts.seen, async (upload, zip) => {
    const signed = await readSignedManifest(zip);
    if (opts.seen) opts.seen.signed = signed;
    const { manifest } = signed;
    // before reading the parts: an untrusted sender is refused at once
    assertMayImport(trustOf(db, centreId, manifest), signed, input.trustKey);
    const staged = new Map<PartName, Stager>();
    const classifier = new LineClassifier(db, centreId, manifest);
    try {
      for (const p of manifest.parts) staged.set(p.name as PartName, new Stager(join(upload.dir, p.name.slice('parts/'.length))));
      await verifyParts(zip, signed, {
        ...(opts.cap !== undefined ? { cap: opts.cap } : {}),
        visit: stageLine(staged, classifier),
        onBytes: (done, total) => progress('verify', done, total),
      });
    } finally {
      for (const s of staged.values()) s.close();
    }
    zip.close();

    const totalLines = manifest.parts.reduce((s, p) => s + p.count, 0);
    const writesData = classifier.changesData || trustOf(db, centreId, manifest).state === 'new';
    progress('backup', 0, 1);
    let backup = await backupForImport(ctx, writesData);
    let applyPass = classifier.changesData;
    for (let attempt = 1; ; attempt++) {
      try {
        const record = inTransaction(db, (): ImportRecord => {
          if (changeStamp(db) !== backup.stamp) throw new StaleBackup();
          // again inside the write lock: another window may have changed the trusted keys meanwhile
          const trust = trustOf(db, centreId, manifest);
          assertMayImport(trust, signed, input.trustKey);
          if (trust.state === 'new') trustSender(ctx, signed);

          progress('apply', 0, totalLines);
          // nothing has changed since the classification (the stamp): a file that writes no
          // data needs no apply pass, and its counts are the classification's
          const counts = applyPass
            ? applyStaged(db, centreId, manifest, staged, ctx.nowIso, (done) => progress('apply', done, totalLines))
            : classifier.counts;
          const rec = writeHistory(ctx, session.userId, upload.sha256, manifest, counts, backup.backupFile);
          progress('commit', totalLines, totalLines);
          return rec;
        });
        importCommitted(db, backup);
        progress('done', totalLines, totalLines);
        return record;
      } catch (e) {
        if (!(e instanceof StaleBackup) || attempt >= 3) throw e;
        // another writer came between the backup and the transaction: a fresh backup holds its
        // change too, and the apply pass runs in full
        backup = await backupForImport(ctx, true, true);
        applyPass = true;
      }
    }
  });
}

/** The database changed between the backup and the import's transaction. */
class StaleBackup extends Error {}

/** The imports history row and its audit row, inside the import's transaction. */
function writeHistory(ctx: Ctx, userId: string, fileSha256: string, manifest: Manifest, counts: ImportCounts, backupFile: string | null): ImportRecord {
  const rec: ImportRecord = {
    id: randomUUID(),
    fileSha256,
    scope: manifest.scope,
    senderId: manifest.centre.id,
    senderName: manifest.centre.name,
    fileCreatedAt: manifest.createdAt,
    counts,
    backupFile,
    importedBy: userId,
    importedAt: ctx.nowIso,
  };
  stmt(
    ctx.db,
    `INSERT INTO exchange_imports (id, file_sha256, scope, sender_id, sender_name, file_created_at, summary, backup_file, imported_by, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(rec.id, rec.fileSha256, rec.scope, rec.senderId, rec.senderName, rec.fileCreatedAt, JSON.stringify(counts), backupFile, userId, ctx.nowIso);
  ctx.audit({
    action: 'import',
    entity: 'exchangeImport',
    entityId: rec.id,
    after: { scope: rec.scope, sender: rec.senderId, senderName: rec.senderName, fileSha256: rec.fileSha256, fileCreatedAt: rec.fileCreatedAt, counts, backupFile },
  });
  return rec;
}

// ---- staging: the verified lines, ready for the apply pass --------------------------------------

const TAB = Buffer.from('\t');
const NL = Buffer.from('\n');

/** The visitor that stages each verified line: a household line prefixed with its owner, id and
 *  version (tab-separated; none of them can hold a tab), so the apply pass decides its fate
 *  without parsing it, and parses only the lines it writes. The classification only has to tell
 *  whether the import writes anything: once it does, the apply pass counts, and the remaining
 *  lines are not looked up twice. */
function stageLine(staged: Map<PartName, Stager>, classifier: LineClassifier): LineVisitor {
  return (part, record, _line, _lineNo, bytes) => {
    const out = staged.get(part)!;
    const classify = !classifier.changesData;
    if (part === 'parts/households.ndjson') {
      const h = record as BankHousehold;
      if (classify) classifier.household(h);
      out.write(Buffer.from(`${h.owner}\t${h.id}\t${h.version}\t`, 'latin1'), bytes, NL);
    } else {
      if (classify) {
        if (part === 'parts/markers.ndjson') classifier.marker(record as AidMarker);
        else classifier.figure(record as FigureLine);
      }
      out.write(bytes, NL);
    }
  };
}

/** A sender seen for the first time, trusted after the manager compared the fingerprint. */
function trustSender(ctx: Ctx, signed: SignedManifest): void {
  const { manifest, fingerprint } = signed;
  stmt(
    ctx.db,
    `INSERT INTO trusted_keys (centre_id, centre_name, public_key, fingerprint, province_office, trusted_at, trusted_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(manifest.centre.id, manifest.centre.name, manifest.publicKey, fingerprint, manifest.provinceOffice ? 1 : 0, ctx.nowIso, ctx.session?.userId ?? null);
  ctx.audit({
    action: 'trust',
    entity: 'trustedKey',
    entityId: manifest.centre.id,
    after: { centreName: manifest.centre.name, fingerprint, provinceOffice: manifest.provinceOffice, publicKey: manifest.publicKey },
  });
}

/** The apply pass over the staged (already verified) parts, inside the caller's transaction. */
function applyStaged(db: Db, centreId: string, manifest: Manifest, staged: Map<PartName, Stager>, nowIso: string, onLines: (done: number) => void): ImportCounts {
  const counts = zeroCounts();
  const period = manifest.period ? periodKey(manifest.period) : '';
  let done = 0;
  const tick = () => {
    done += 1;
    if ((done & 1023) === 0) onLines(done);
  };
  const held = new HeldVersions(db);
  for (const part of manifest.parts) {
    const path = staged.get(part.name as PartName)!.path;
    if (part.name === 'parts/households.ndjson') {
      forEachLine(path, (buf) => {
        const t1 = buf.indexOf(TAB);
        const t2 = buf.indexOf(TAB, t1 + 1);
        const t3 = buf.indexOf(TAB, t2 + 1);
        const owner = buf.toString('latin1', 0, t1);
        const id = buf.toString('latin1', t1 + 1, t2);
        const version = buf.toString('latin1', t2 + 1, t3);
        counts.households += 1;
        const fate = owner === centreId ? 'ownSkipped' : fateAgainst(held.get(owner, id), version);
        countFate(counts, fate);
        if (fate === 'new' || fate === 'newer') {
          const line = buf.toString('utf8', t3 + 1);
          const h = JSON.parse(line) as BankHousehold;
          writeCopy(db, h, line, fate, nowIso);
          held.set(owner, id, version);
          const found = duplicatesOf(db, h);
          counts.duplicates += found.length;
          recordDuplicates(db, h, found, nowIso, fate);
        }
        tick();
      });
    } else if (part.name === 'parts/markers.ndjson') {
      forEachLine(path, (buf) => {
        const m = JSON.parse(buf.toString('utf8')) as AidMarker;
        if (m.owner !== centreId && writeMarker(db, m)) counts.markers += 1;
        tick();
      });
    } else {
      forEachLine(path, (buf) => {
        const f = JSON.parse(buf.toString('utf8')) as FigureLine;
        counts.figures += 1;
        const fate = figureFate(db, centreId, period, f);
        countFate(counts, fate);
        if (fate === 'new' || fate === 'newer') writeFigure(db, period, f, nowIso);
        tick();
      });
    }
  }
  onLines(done);
  return counts;
}

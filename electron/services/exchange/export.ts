// exchange.export: one signed .hamyar file (docs/exchange-format.md) of the centre's bank or of
// its agency figures for a period.
//
// 1. In one read snapshot, the parts are written line by line to temporary files under
//    <data>/tmp/export-*/ while their SHA-256, byte size and line count are taken.
// 2. The manifest is built from those, signed (Ed25519 over its exact bytes), and the ZIP is
//    assembled: manifest.json, manifest.sig, then the parts, deflated (zipWriter.ts).
// 3. The export is audited (scope, counts, whether sensitive data went out), the temporary
//    folder removed, and the file returned as base64 for the renderer to save.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../core/context.ts';
import type { ParsedInputOf } from '../../../shared/contract/index.ts';
import type { FilePayload } from '../../../shared/validation/fields.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { FORMAT, FORMAT_VERSION, type Manifest } from '../../../shared/contract/exchangeRecords.ts';
import { formatJalali, todayIso } from '../../../shared/domain/jalali.ts';
import { loadCentreKey, signBytes } from './keys.ts';
import { isProvinceOffice, readPassphrase } from './markers.ts';
import { needsPassphrase, writeBankParts, type BankCounts, type Centre } from './exportBank.ts';
import { writeReportPart, type ReportCounts } from './exportReport.ts';
import { assembleZip, PartWriter, type ManifestPart } from './zipWriter.ts';

export const EXCHANGE_MIME = 'application/vnd.hamyar.exchange+zip';

type ExportInput = ParsedInputOf<'exchange.export'>;

/** Temporary export folders older than this are left-overs of a crash and are removed. */
const STALE_MS = 6 * 3600_000;
/** The page cache while the parts are read (negative: KiB, as PRAGMA cache_size takes it). */
const EXPORT_CACHE_KIB = -16_384;

export function readCentre(ctx: Ctx): Centre {
  const c = stmt<[], Centre>(ctx.db, 'SELECT id, name, province, city FROM centre LIMIT 1').get();
  if (!c) throw new Error('exchange.export before setup');
  return c;
}

/** A file-name-safe form of the centre's name (Persian letters kept), else of its id. */
export function centreSlug(centre: Centre): string {
  const slug = centre.name
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\u200c]+/gu, '-')
    .replace(/^[-\u200c]+|[-\u200c]+$/g, '')
    .slice(0, 60)
    .replace(/[-\u200c]+$/, '');
  return slug || `centre-${centre.id.slice(0, 8)}`;
}

/** hamyar-bank-1405-09-04-مرکز-نیکوکاری-امید.hamyar: the Jalali date year-month-day in Latin
 *  digits, so a folder of such files sorts by date and the name travels to any machine. The
 *  date comes before the centre's Persian name on purpose: digits right after Persian letters
 *  take their direction (Unicode bidi), and the date then shows as 04-09-1405 wherever the name
 *  is displayed, in the app's notice as in a file manager. */
export function exportFileName(scope: 'bank' | 'report', centre: Centre, now: Date): string {
  const jalali = formatJalali(todayIso(now), { digits: 'latin' }).replaceAll('/', '-');
  return `hamyar-${scope}-${jalali}-${centreSlug(centre)}.hamyar`;
}

function tempFolder(dataDir: string, now: number): string {
  const root = join(dataDir, 'tmp');
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(root)) {
    if (!name.startsWith('export-')) continue;
    const path = join(root, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // another export removed it first
    }
  }
  return mkdtempSync(join(root, 'export-'));
}

interface Written {
  centre: Centre;
  provinceOffice: boolean;
  parts: ManifestPart[];
  counts: BankCounts | ReportCounts;
}

/** Step 1: the parts, in one read snapshot. */
function writeParts(ctx: Ctx, input: ExportInput, dir: string): Written {
  const open: PartWriter[] = [];
  const part = (name: string) => {
    const w = new PartWriter(name, join(dir, name.replace('parts/', '')));
    open.push(w);
    return w;
  };
  // A sequential read of the whole bank needs no big page cache, and filling the connection's
  // 64 MiB one would add that much to the process for one export: 16 MiB while it reads.
  const cacheSize = Number(ctx.db.pragma('cache_size', { simple: true }));
  ctx.db.pragma(`cache_size = ${Math.max(cacheSize, EXPORT_CACHE_KIB)}`);
  try {
    return ctx.db.transaction((): Written => {
      const centre = readCentre(ctx);
      const provinceOffice = isProvinceOffice(ctx.db);
      if (input.scope === 'bank') {
        const passphrase = readPassphrase(ctx.db) || null;
        if (passphrase === null && needsPassphrase(ctx.db, centre.id)) throw new AppError('CONFLICT', 'exchange.noPassphrase');
        const households = part('parts/households.ndjson');
        const markers = part('parts/markers.ndjson');
        const counts = writeBankParts(ctx.db, { centre, includeSensitive: input.includeSensitive, provinceOffice, passphrase }, { households, markers });
        return { centre, provinceOffice, parts: [households.finish(), markers.finish()], counts };
      }
      const figures = part('parts/figures.ndjson');
      const counts = writeReportPart(ctx.db, { centre, period: input.period, provinceOffice, asOf: ctx.nowIso }, figures);
      return { centre, provinceOffice, parts: [figures.finish()], counts };
    })();
  } finally {
    for (const w of open) w.abandon();
    ctx.db.pragma(`cache_size = ${cacheSize}`);
  }
}

export async function exportExchangeFile(ctx: Ctx, input: ExportInput): Promise<FilePayload> {
  const now = ctx.clock.now();
  const dir = tempFolder(ctx.core.dataDir, now.getTime());
  try {
    const key = loadCentreKey(ctx.db);
    const written = writeParts(ctx, input, dir);
    const { centre } = written;
    const includesSensitive = input.scope === 'bank' && input.includeSensitive;
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      scope: input.scope,
      createdAt: ctx.nowIso,
      centre: { id: centre.id, name: centre.name, province: centre.province, city: centre.city },
      provinceOffice: written.provinceOffice,
      publicKey: key.publicKey,
      includesSensitive,
      period: input.scope === 'report' ? input.period : null,
      parts: written.parts,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    const signature = signBytes(key, manifestBytes);
    const zipPath = join(dir, 'out.hamyar');
    await assembleZip(zipPath, {
      manifest: manifestBytes,
      signature,
      parts: written.parts.map((p) => ({ name: p.name, path: join(dir, p.name.replace('parts/', '')) })),
      mtime: now,
    });
    // the parts are no longer needed: free the disk before the file is read into memory
    for (const p of written.parts) rmSync(join(dir, p.name.replace('parts/', '')), { force: true });
    const zip = readFileSync(zipPath);
    const fileName = exportFileName(input.scope, centre, now);
    const fileSha256 = createHash('sha256').update(zip).digest('hex');
    inTransaction(ctx.db, () =>
      ctx.audit({
        action: 'export',
        entity: 'exchange',
        entityId: null,
        after: {
          scope: input.scope,
          fileName,
          fileSha256,
          bytes: zip.length,
          ...(input.scope === 'report' ? { period: input.period } : {}),
          provinceOffice: written.provinceOffice,
          includesSensitive,
          counts: written.counts,
        },
      }),
    );
    return { fileName, mimeType: EXCHANGE_MIME, base64: zip.toString('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

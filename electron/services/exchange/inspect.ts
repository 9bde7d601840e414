// exchange.inspect: verifies an uploaded .hamyar file exactly as the import does and counts what
// importing it would do, without writing anything (no row, no backup; the temporary copy of the
// upload is removed). The counts come from one streaming pass: each verified line is classified
// against the data held now. A file that fails verification gets the same error as on import.
import type { Ctx } from '../../core/context.ts';
import type { ExchangePreview, ImportCounts } from '../../../shared/contract/exchange.ts';
import type { AidMarker, BankHousehold, FigureLine } from '../../../shared/contract/exchangeRecords.ts';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { duplicatesOf, fateAgainst, headName, HeldVersions, markerHeld, type Fate } from './applyBank.ts';
import { figureFate, periodKey } from './applyReport.ts';
import { readSignedManifest, trustOf, verifyParts, type LineVisitor, type SignedManifest } from './verify.ts';
import { withUpload } from './zipReader.ts';

/** How many possible duplicates the preview lists (all are recorded on import). */
export const PREVIEW_DUPLICATES = 20;
/** Markers recorded twice in one file (same ID, kind, date and value) are counted once when
 *  they are this close together (the exporter writes them side by side). */
const RECENT_MARKERS = 50_000;

export interface ReadOptions {
  /** the most any one part may inflate to (tests use a small one) */
  cap?: number;
}

export function zeroCounts(): ImportCounts {
  return { households: 0, new: 0, newer: 0, unchanged: 0, older: 0, ownSkipped: 0, markers: 0, figures: 0, duplicates: 0 };
}

export function countFate(counts: ImportCounts, fate: Fate): void {
  counts[fate] += 1;
}

export function markerKey(m: AidMarker): string {
  return `${m.idHash}|${m.owner}|${m.kind}|${m.date}|${m.value}`;
}

function localName(db: Db, id: string): string {
  return stmt<[string], { display_name: string }>(db, 'SELECT display_name FROM households WHERE id = ?').get(id)?.display_name ?? '';
}

export function sender(signed: SignedManifest): ExchangePreview['sender'] {
  const { centre, provinceOffice } = signed.manifest;
  return { id: centre.id, name: centre.name, province: centre.province, city: centre.city, fingerprint: signed.fingerprint, provinceOffice };
}

export async function inspectUpload(ctx: Ctx, base64: string, opts: ReadOptions = {}): Promise<ExchangePreview> {
  const db = ctx.db;
  const centreId = ctx.centreId;
  return withUpload(ctx.core.dataDir, base64, async (upload, zip) => {
    const signed = await readSignedManifest(zip);
    const { manifest } = signed;
    const counts = zeroCounts();
    const duplicates: ExchangePreview['duplicates'] = [];
    const period = manifest.period ? periodKey(manifest.period) : '';
    let recent = new Set<string>();
    const held = new HeldVersions(db);

    const visit: LineVisitor = (part, record) => {
      if (part === 'parts/households.ndjson') {
        const h = record as BankHousehold;
        counts.households += 1;
        const fate = h.owner === centreId ? 'ownSkipped' : fateAgainst(held.get(h.owner, h.id), h.version);
        countFate(counts, fate);
        if (fate === 'new' || fate === 'newer') {
          const found = duplicatesOf(db, h);
          counts.duplicates += found.length;
          for (const d of found) {
            if (duplicates.length >= PREVIEW_DUPLICATES) break;
            duplicates.push({
              localHouseholdId: d.householdId,
              localName: localName(db, d.householdId),
              owner: h.owner,
              ownerName: h.ownerName,
              bankId: h.id,
              bankName: headName(h),
              reason: d.reason,
            });
          }
        }
      } else if (part === 'parts/markers.ndjson') {
        const m = record as AidMarker;
        if (m.owner === centreId) return;
        const key = markerKey(m);
        if (recent.has(key) || markerHeld(db, m)) return;
        if (recent.size >= RECENT_MARKERS) recent = new Set();
        recent.add(key);
        counts.markers += 1;
      } else {
        const f = record as FigureLine;
        counts.figures += 1;
        countFate(counts, figureFate(db, centreId, period, f));
      }
    };
    await verifyParts(zip, signed, { ...(opts.cap !== undefined ? { cap: opts.cap } : {}), visit });

    const seenBefore = stmt<[string]>(db, 'SELECT 1 FROM exchange_imports WHERE file_sha256 = ? LIMIT 1').get(upload.sha256) !== undefined;
    return {
      fileSha256: upload.sha256,
      sender: sender(signed),
      trust: trustOf(db, centreId, manifest).state,
      scope: manifest.scope,
      formatVersion: manifest.formatVersion,
      createdAt: manifest.createdAt,
      includesSensitive: manifest.includesSensitive,
      period: manifest.period,
      counts,
      duplicates,
      seenBefore,
    };
  });
}

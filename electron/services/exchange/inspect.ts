// exchange.inspect: verifies an uploaded .hamyar file exactly as the import does and counts what
// importing it would do, without writing anything (no row, no backup; the temporary copy of the
// upload is removed; a refused file's audit row is the handler's: refusals.ts). The counts come
// from one streaming pass: each verified line is classified against the data held now. A file
// that fails verification gets the same error as on import.
import type { Ctx } from '../../core/context.ts';
import type { ExchangePreview } from '../../../shared/contract/exchange.ts';
import type { AidMarker, BankHousehold, FigureLine } from '../../../shared/contract/exchangeRecords.ts';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { duplicatesOf, headName } from './applyBank.ts';
import { LineClassifier } from './classify.ts';
import { readSignedManifest, trustOf, verifyParts, type LineVisitor, type SignedManifest } from './verify.ts';
import { withUpload } from './zipReader.ts';
import type { SeenUpload } from './refusals.ts';

/** How many possible duplicates the preview lists (all are recorded on import). */
export const PREVIEW_DUPLICATES = 20;

export interface ReadOptions {
  /** the most any one part may inflate to (tests use a small one) */
  cap?: number;
  /** filled in as the file is read (its hash, then its verified manifest), so that a refusal
   *  can name the file and its sender in the audit log (refusals.ts) */
  seen?: SeenUpload;
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
  return withUpload(ctx.core.dataDir, base64, opts.seen, async (upload, zip) => {
    const signed = await readSignedManifest(zip);
    if (opts.seen) opts.seen.signed = signed;
    const { manifest } = signed;
    const classifier = new LineClassifier(db, centreId, manifest);
    const duplicates: ExchangePreview['duplicates'] = [];

    const visit: LineVisitor = (part, record) => {
      if (part === 'parts/households.ndjson') {
        const h = record as BankHousehold;
        const fate = classifier.household(h);
        if (fate === 'new' || fate === 'newer') {
          const found = duplicatesOf(db, h);
          classifier.counts.duplicates += found.length;
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
        classifier.marker(record as AidMarker);
      } else {
        classifier.figure(record as FigureLine);
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
      counts: classifier.counts,
      duplicates,
      seenBefore,
    };
  });
}

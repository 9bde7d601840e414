// Bulk import of donors (a centre's spreadsheet, sent by the renderer in batches): one
// transaction per batch; each row meets the same duplicate rules as the form, and a row that
// would duplicate a donor — saved before, or earlier in this batch — is skipped and reported
// rather than failing the batch. Every donor created gets its own audit row.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../core/context.ts';
import type { ParsedInputOf, OutputOf } from '../../../shared/contract/index.ts';
import type { ImportSkip } from '../../../shared/contract/donors.ts';
import { inTransaction } from '../../store/database.ts';
import { duplicateVerdict, insertDonor } from './repository.ts';

export function importDonors(ctx: Ctx, input: ParsedInputOf<'donors.import'>): OutputOf<'donors.import'> {
  const acceptMobile = () => input.acceptSharedMobiles;
  const meta = { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null };
  return inTransaction(ctx.db, () => {
    const skipped: ImportSkip[] = [];
    let created = 0;
    input.donors.forEach((d, index) => {
      // Rows saved earlier in this batch are in the table already, so this one look-up also
      // catches duplicates within the batch.
      const verdict = duplicateVerdict(ctx.db, d, null, acceptMobile);
      if (verdict) {
        skipped.push({ index, reason: verdict.reason, matches: verdict.matches });
        return;
      }
      const id = randomUUID();
      // insertDonor returns the donor as donors.get would read it: audited without a re-read.
      const after = insertDonor(ctx.db, id, d, meta);
      ctx.audit({ action: 'import', entity: 'donor', entityId: id, after });
      created++;
    });
    return { created, skipped };
  });
}

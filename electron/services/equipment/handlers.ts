// Equipment lots (محموله‌های تجهیزات) of a project and their handover, one item at a time, to
// households: each handover writes the household's aid history (kind equipment, the lot's unit
// value), meets the need it answers, and prints a receipt for the household to sign.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../../shared/domain/digits.ts';
import { insertAid } from '../aid/handlers.ts';
import { loadNeed, mustHousehold } from '../needs/handlers.ts';
import { mustProject } from '../projects/handlers.ts';
import { renderContextOf } from '../reports/queries.ts';
import { handoverReceiptHtml } from '../../reports/handoverReceipt.ts';
import { PDF_MIME } from '../../reports/render.ts';
import { handoverFacts, insertHandover, insertLot, listHandovers, loadHandover, loadLot, takeOne, type Stamp } from './repository.ts';

function stampOf(ctx: Ctx): Stamp {
  return { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null };
}

export const equipmentHandlers: AreaHandlers<'equipment'> = {
  'equipment.addLot'(ctx, input) {
    return inTransaction(ctx.db, () => {
      mustProject(ctx, input.projectId);
      const id = insertLot(ctx.db, input, stampOf(ctx));
      const after = loadLot(ctx.db, id)!;
      ctx.audit({ action: 'create', entity: 'equipmentLot', entityId: id, after });
      return after;
    });
  },

  'equipment.handOver'(ctx, input) {
    return inTransaction(ctx.db, () => {
      // the centre's today (Tehran), not the machine's: a handover cannot be recorded ahead
      if (input.date > todayIso(ctx.clock.now())) {
        throw new AppError('VALIDATION', 'projects.futureDate', { fieldKeys: { date: { key: 'projects.futureDate' } } });
      }
      const lot = loadLot(ctx.db, input.lotId);
      if (!lot) throw new AppError('NOT_FOUND', 'equipment.lotNotFound');
      mustProject(ctx, lot.projectId); // an archived project hands nothing out
      if (mustHousehold(ctx, input.householdId).archived) throw new AppError('CONFLICT', 'households.archived');

      let needId: string | null = null;
      if (input.needId) {
        const need = loadNeed(ctx.db, input.needId);
        if (!need || need.householdId !== input.householdId || need.status !== 'open') {
          throw new AppError('CONFLICT', 'equipment.needMismatch', { fieldKeys: { needId: { key: 'equipment.needMismatch' } } });
        }
        needId = need.id;
      }

      // The guarded increment decides, not `lot.remaining` read above: two windows (or two
      // processes) handing out the last item cannot both get it.
      const seq = takeOne(ctx.db, lot.id, ctx.nowIso);
      if (seq === null) {
        throw new AppError('CONFLICT', 'equipment.exhausted', { params: { count: toPersianDigits(lot.count), kind: lot.kind } });
      }
      const stamp = stampOf(ctx);
      const aidRecordId = insertAid(
        ctx.db,
        {
          householdId: input.householdId,
          kind: 'equipment',
          date: input.date,
          value: lot.unitValue,
          description: lot.kind,
          source: 'centre',
          sourceName: null,
          offerId: null,
          needId,
        },
        stamp,
      );
      if (needId) {
        // closed the way matching.approve closes a need it meets
        stmt(ctx.db, "UPDATE needs SET status = 'met', closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?").run(input.date, lot.kind, ctx.nowIso, needId);
      }
      const id = insertHandover(ctx.db, { lotId: lot.id, seq, householdId: input.householdId, date: input.date, aidRecordId, notes: input.notes }, stamp);
      const after = loadHandover(ctx.db, id)!;
      ctx.audit({ action: 'handOver', entity: 'equipmentHandover', entityId: id, after: { ...after, needId, unitValue: lot.unitValue } });
      return after;
    });
  },

  'equipment.handovers'(ctx, input) {
    if (!loadLot(ctx.db, input.lotId)) throw new AppError('NOT_FOUND', 'equipment.lotNotFound');
    return listHandovers(ctx.db, input.lotId, input.limit, input.offset);
  },

  async 'equipment.printReceipt'(ctx, input) {
    const facts = handoverFacts(ctx.db, input.handoverId);
    if (!facts) throw new AppError('NOT_FOUND', 'equipment.handoverNotFound');
    const pdf = await ctx.core.printPdf(handoverReceiptHtml(facts, renderContextOf(ctx)), { pageSize: 'A5' });
    // The receipt carries the head's national ID onto paper: every print is on the record.
    inTransaction(ctx.db, () => ctx.audit({ action: 'print', entity: 'equipmentHandover', entityId: input.handoverId, after: { seq: facts.seq } }));
    return { fileName: `equipment-handover-${facts.date}-${facts.seq}.pdf`, mimeType: PDF_MIME, base64: pdf.toString('base64') };
  },
};

// A household's needs (نیازها): recorded by a case worker, met by an approved offer
// (matching.approve) or cancelled with a reason. Volunteers may list them.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import type { Db } from '../../store/database.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import type { Need } from '../../../shared/contract/aid.ts';
import { findHouseholdRow } from '../households/repository.ts';

const NEED_SELECT = `SELECT id, household_id AS householdId, kind, equipment_kind AS equipmentKind, priority, description,
  recorded_on AS recordedOn, status, closed_on AS closedOn, close_reason AS closeReason FROM needs`;

export function loadNeed(db: Db, id: string): Need | undefined {
  return stmt<[string], Need>(db, `${NEED_SELECT} WHERE id = ?`).get(id);
}

export function mustHousehold(ctx: Ctx, id: string): { archived: boolean } {
  const h = findHouseholdRow(ctx.db, id);
  if (!h) throw new AppError('NOT_FOUND', 'households.notFound');
  return { archived: h.archived_at !== null };
}

export const needsHandlers: AreaHandlers<'needs'> = {
  'needs.add'(ctx, input) {
    return inTransaction(ctx.db, () => {
      if (mustHousehold(ctx, input.householdId).archived) throw new AppError('CONFLICT', 'households.archived');
      const id = randomUUID();
      stmt(
        ctx.db,
        `INSERT INTO needs (id, household_id, kind, equipment_kind, priority, description, recorded_on, status, created_by,
           created_at, updated_at, origin_centre_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
      ).run(
        id, input.householdId, input.kind, input.equipmentKind, input.priority, input.description,
        input.recordedOn ?? todayIso(ctx.clock.now()), ctx.session?.userId ?? null, ctx.nowIso, ctx.nowIso, ctx.centreId,
      );
      const after = loadNeed(ctx.db, id)!;
      ctx.audit({ action: 'create', entity: 'need', entityId: id, after });
      return after;
    });
  },

  'needs.list'(ctx, input) {
    mustHousehold(ctx, input.householdId);
    return stmt<[string, number], Need>(
      ctx.db,
      `${NEED_SELECT} WHERE household_id = ? AND (? = 1 OR status = 'open') ORDER BY recorded_on DESC, created_at DESC, id`,
    ).all(input.householdId, input.includeClosed ? 1 : 0);
  },

  'needs.cancel'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = loadNeed(ctx.db, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'needs.notFound');
      if (before.status !== 'open') throw new AppError('CONFLICT', 'needs.closed');
      stmt(ctx.db, "UPDATE needs SET status = 'cancelled', closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?").run(
        todayIso(ctx.clock.now()), input.reason, ctx.nowIso, input.id,
      );
      const after = loadNeed(ctx.db, input.id)!;
      ctx.audit({ action: 'cancel', entity: 'need', entityId: input.id, before, after });
      return after;
    });
  },
};

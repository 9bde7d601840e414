// Pledges (تعهد): a donor's promise to a project or the general fund. Created and cancelled by
// the money roles, each change audited in its transaction; the schedule, what is paid and due,
// and the status are derived from the payments on every read, never stored or typed.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import { isPlausibleDate } from '../../../shared/domain/schedule.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import type { PledgeDetail } from '../../../shared/contract/pledges.ts';
import { projectExists } from '../projects/repository.ts';
import {
  allPledgeRows,
  cancelPledgeRow,
  findPledgeRow,
  insertPledge,
  pagePledgeRows,
  statusCondition,
  toPledge,
  toPledgeDetail,
  type Calendar,
} from './repository.ts';

/** The centre's calendar for derived figures: today, and the day of a stored timestamp. */
export function calendarOf(ctx: Ctx): Calendar {
  return { today: todayIso(ctx.clock.now()), dayOf: (ts) => todayIso(new Date(ts)) };
}

function mustLoad(ctx: Ctx, id: string): PledgeDetail {
  const row = findPledgeRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'pledges.notFound');
  return toPledgeDetail(row, calendarOf(ctx));
}

function checkDonorAndProject(ctx: Ctx, donorId: string, projectId: string | null): void {
  const donor = stmt<[string], { archived_at: string | null }>(ctx.db, 'SELECT archived_at FROM donors WHERE id = ?').get(donorId);
  if (!donor) {
    throw new AppError('NOT_FOUND', 'pledges.donorNotFound', { fieldKeys: { donorId: { key: 'pledges.donorNotFound' } } });
  }
  if (donor.archived_at) {
    throw new AppError('CONFLICT', 'pledges.donorArchived', { fieldKeys: { donorId: { key: 'pledges.donorArchived' } } });
  }
  if (projectId !== null && !projectExists(ctx.db, projectId)) {
    throw new AppError('NOT_FOUND', 'pledges.projectNotFound', { fieldKeys: { projectId: { key: 'pledges.projectNotFound' } } });
  }
}

export const pledgesHandlers: AreaHandlers<'pledges'> = {
  'pledges.create'(ctx, input) {
    if (!isPlausibleDate(input.startDate)) throw fieldError('startDate', 'v.date.invalid');
    return inTransaction(ctx.db, () => {
      checkDonorAndProject(ctx, input.donorId, input.projectId);
      const id = randomUUID();
      insertPledge(ctx.db, id, input, { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null });
      const after = mustLoad(ctx, id);
      ctx.audit({ action: 'create', entity: 'pledge', entityId: id, after });
      return after;
    });
  },

  'pledges.get'(ctx, input) {
    return mustLoad(ctx, input.id);
  },

  'pledges.list'(ctx, input) {
    const cal = calendarOf(ctx);
    const filter = { donorId: input.donorId, projectId: input.projectId };
    if (input.status === 'active' || input.status === 'overdue') {
      // Whether an open pledge is late depends on its Jalali schedule: SQL narrows the rows
      // (open, not paid in full), the schedule decides, and the page is cut from the result.
      const wanted = input.status;
      const matching = allPledgeRows(ctx.db, { ...filter, extra: statusCondition(wanted) })
        .map((r) => toPledge(r, cal))
        .filter((p) => p.figures.status === wanted);
      return { total: matching.length, items: matching.slice(input.offset, input.offset + input.limit) };
    }
    const extra = input.status ? statusCondition(input.status) : [];
    const { rows, total } = pagePledgeRows(ctx.db, { ...filter, extra }, input.limit, input.offset);
    return { total, items: rows.map((r) => toPledge(r, cal)) };
  },

  'pledges.cancel'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = mustLoad(ctx, input.id);
      if (before.cancelledAt) throw new AppError('CONFLICT', 'pledges.cancelled');
      cancelPledgeRow(ctx.db, input.id, input.reason, ctx.session?.userId ?? null, ctx.nowIso);
      const after = mustLoad(ctx, input.id);
      ctx.audit({ action: 'cancel', entity: 'pledge', entityId: input.id, before, after });
      return after;
    });
  },
};

// Funding sources (منابع تأمین مالی) other than the centre's donors: agency grants, bank
// facilities (with the dates that show how long a bank kept a build waiting), company
// social-responsibility budgets, budget-law notes and other. Donors fund a project through
// pledges made for it; both add up in the project's figures (projects/figures.ts).
import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { mustProject, today } from '../projects/handlers.ts';
import { findFunding, toFundingSource } from '../projects/detail.ts';

export const fundingHandlers: AreaHandlers<'funding'> = {
  'funding.add'(ctx, input) {
    return inTransaction(ctx.db, () => {
      mustProject(ctx, input.projectId);
      const f = input.fields;
      const id = randomUUID();
      stmt(
        ctx.db,
        `INSERT INTO funding_sources (id, project_id, kind, source_name, committed, approved, received, requested_on, approved_on,
           received_on, notes, created_by, created_at, updated_at, origin_centre_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, input.projectId, f.kind, f.sourceName, f.committed, f.approved, f.received, f.requestedOn, f.approvedOn, f.receivedOn, f.notes,
        ctx.session?.userId ?? null, ctx.nowIso, ctx.nowIso, ctx.centreId);
      const after = findFunding(ctx.db, id)!;
      ctx.audit({ action: 'create', entity: 'fundingSource', entityId: id, after });
      return toFundingSource(after, today(ctx));
    });
  },

  'funding.update'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = findFunding(ctx.db, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'funding.notFound');
      mustProject(ctx, before.project_id);
      if (input.expectedUpdatedAt && input.expectedUpdatedAt !== before.updated_at) throw new AppError('CONFLICT', 'funding.stale');
      const f = input.fields;
      stmt(
        ctx.db,
        `UPDATE funding_sources SET kind = ?, source_name = ?, committed = ?, approved = ?, received = ?, requested_on = ?,
           approved_on = ?, received_on = ?, notes = ?, updated_at = ? WHERE id = ?`,
      ).run(f.kind, f.sourceName, f.committed, f.approved, f.received, f.requestedOn, f.approvedOn, f.receivedOn, f.notes, ctx.nowIso, input.id);
      const after = findFunding(ctx.db, input.id)!;
      ctx.audit({ action: 'update', entity: 'fundingSource', entityId: input.id, before, after });
      return toFundingSource(after, today(ctx));
    });
  },

  'funding.remove'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = findFunding(ctx.db, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'funding.notFound');
      mustProject(ctx, before.project_id);
      stmt(ctx.db, 'UPDATE funding_sources SET removed_at = ?, remove_reason = ?, updated_at = ? WHERE id = ?').run(ctx.nowIso, input.reason, ctx.nowIso, input.id);
      ctx.audit({ action: 'remove', entity: 'fundingSource', entityId: input.id, before, after: { reason: input.reason } });
      return { id: input.id };
    });
  },
};

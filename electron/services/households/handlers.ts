// Beneficiary households (خانوارهای تحت حمایت): register, edit, archive and restore with the
// duplicate-ID guard; read with sensitive fields only for the roles that may see them, and
// every such read audited.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { markHelpedElsewhere } from '../exchange/elsewhere.ts';
import { contract } from '../../../shared/contract/index.ts';
import { roleAllowed } from '../../../shared/contract/channel.ts';
import { inTransaction } from '../../store/database.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { findHouseholdRow, insertHousehold, loadHousehold, setArchived, updateHouseholdRow, type FullHousehold } from './repository.ts';
import { validateHousehold } from './validate.ts';
import { callerSeesSensitive, redactHousehold } from './redact.ts';
import { searchHouseholds } from './search.ts';
import { exportHouseholds } from './export.ts';

export function mustLoadHousehold(ctx: Ctx, id: string): FullHousehold {
  const h = loadHousehold(ctx.db, id);
  if (!h) throw new AppError('NOT_FOUND', 'households.notFound');
  return h;
}

export const householdsHandlers: AreaHandlers<'households'> = {
  'households.create'(ctx, input) {
    return inTransaction(ctx.db, () => {
      validateHousehold(ctx, input.household, null);
      const id = randomUUID();
      insertHousehold(ctx.db, id, input.household, { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null });
      const after = mustLoadHousehold(ctx, id);
      ctx.audit({ action: 'create', entity: 'household', entityId: id, after });
      return redactHousehold(after, callerSeesSensitive(ctx));
    });
  },

  'households.update'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = mustLoadHousehold(ctx, input.id);
      if (before.archivedAt) throw new AppError('CONFLICT', 'households.archived');
      if (input.expectedUpdatedAt && input.expectedUpdatedAt !== before.updatedAt) throw new AppError('CONFLICT', 'households.stale');
      validateHousehold(ctx, input.household, input.id);
      updateHouseholdRow(ctx.db, input.id, input.household, ctx.nowIso, ctx.centreId);
      const after = mustLoadHousehold(ctx, input.id);
      ctx.audit({ action: 'update', entity: 'household', entityId: input.id, before, after });
      return redactHousehold(after, callerSeesSensitive(ctx));
    });
  },

  'households.get'(ctx, input) {
    const sensitive = callerSeesSensitive(ctx);
    if (!sensitive) return redactHousehold(mustLoadHousehold(ctx, input.id), false);
    // who opened a page with health, disability and income on it is on record
    return inTransaction(ctx.db, () => {
      const h = mustLoadHousehold(ctx, input.id);
      ctx.audit({ action: 'read', entity: 'household', entityId: input.id });
      return redactHousehold(h, true);
    });
  },

  'households.search'(ctx, input) {
    const page = searchHouseholds(ctx.db, input, todayIso(ctx.clock.now()), callerSeesSensitive(ctx));
    // aid at other centres, for the page's rows only (nothing to look up while the bank is
    // empty), to the roles that may read it (bank.helpedElsewhere's)
    if (!roleAllowed(contract['bank.helpedElsewhere'].access, ctx.session?.role ?? null)) return page;
    return { ...page, items: markHelpedElsewhere(ctx.db, page.items) };
  },

  'households.archive'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = mustLoadHousehold(ctx, input.id);
      if (before.archivedAt) throw new AppError('CONFLICT', 'households.archived');
      setArchived(ctx.db, input.id, ctx.nowIso, ctx.nowIso);
      const after = mustLoadHousehold(ctx, input.id);
      ctx.audit({ action: 'archive', entity: 'household', entityId: input.id, before, after });
      return redactHousehold(after, callerSeesSensitive(ctx));
    });
  },

  'households.restore'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = mustLoadHousehold(ctx, input.id);
      if (!findHouseholdRow(ctx.db, input.id)?.archived_at) throw new AppError('CONFLICT', 'households.notArchived');
      setArchived(ctx.db, input.id, null, ctx.nowIso);
      const after = mustLoadHousehold(ctx, input.id);
      ctx.audit({ action: 'restore', entity: 'household', entityId: input.id, before, after });
      return redactHousehold(after, callerSeesSensitive(ctx));
    });
  },

  'households.export'(ctx, input) {
    return exportHouseholds(ctx, input);
  },
};

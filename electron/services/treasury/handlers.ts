// The treasury's overview channels: the dashboard and the list of donors to call.
import type { AreaHandlers } from '../../core/context.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { dashboard } from './dashboard.ts';
import { reminders } from './reminders.ts';

export const treasuryHandlers: AreaHandlers<'treasury'> = {
  'treasury.dashboard'(ctx) {
    // one read transaction: every figure comes from the same snapshot
    return ctx.db.transaction(() => dashboard(ctx.db, todayIso(ctx.clock.now())))();
  },

  'treasury.reminders'(ctx, input) {
    return reminders(ctx.db, todayIso(ctx.clock.now()), input.days);
  },
};

import type { AreaHandlers } from '../../core/context.ts';
import { inTransaction } from '../../store/database.ts';
import { readCentreSettings, setSetting } from './repository.ts';

export const settingsHandlers: AreaHandlers<'settings'> = {
  'settings.get'(ctx) {
    return readCentreSettings(ctx.db);
  },

  'settings.update'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = readCentreSettings(ctx.db);
      if (input.moneyUnit) setSetting(ctx.db, 'money.unit', input.moneyUnit, ctx.nowIso);
      if (input.centre) {
        ctx.db
          .prepare('UPDATE centre SET name = ?, province = ?, city = ?, updated_at = ? WHERE id = ?')
          .run(input.centre.name, input.centre.province, input.centre.city, ctx.nowIso, before.centre.id);
      }
      const after = readCentreSettings(ctx.db);
      ctx.audit({ action: 'update', entity: 'settings', entityId: null, before, after });
      return after;
    });
  },
};

// First run: the centre, its administrator, and optionally a realistic sample centre.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../core/context.ts';
import { ensureCentreKey } from '../exchange/keys.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { donorFields } from '../../../shared/contract/donors.ts';
import { hashPassword } from '../auth/passwords.ts';
import { insertUser } from '../users/repository.ts';
import { insertDonor } from '../donors/repository.ts';
import { setSetting } from '../settings/repository.ts';
import { citiesFor, generateDonors } from './sampleData.ts';

const SAMPLE_DONORS = 300;

function centreRow(db: import('../../store/database.ts').Db) {
  return db.prepare('SELECT id, name, province, city FROM centre LIMIT 1').get() as
    | { id: string; name: string; province: string; city: string }
    | undefined;
}

export const setupHandlers: AreaHandlers<'setup'> = {
  'setup.status'(ctx) {
    const centre = centreRow(ctx.db) ?? null;
    return { initialized: centre !== null, centre };
  },

  async 'setup.init'(ctx, input) {
    if (centreRow(ctx.db)) throw new AppError('CONFLICT', 'setup.already');
    const passwordHash = await hashPassword(input.admin.password);
    const samples = input.sampleData
      ? generateDonors(SAMPLE_DONORS, { seed: Date.now() % 100000, cities: citiesFor(input.centre.province, input.centre.city) })
      : [];
    const result = inTransaction(ctx.db, () => {
      // Checked again inside the write lock: two first-run windows cannot both set up.
      if (centreRow(ctx.db)) throw new AppError('CONFLICT', 'setup.already');
      const centreId = randomUUID();
      ctx.db
        .prepare('INSERT INTO centre (id, name, province, city, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(centreId, input.centre.name, input.centre.province, input.centre.city, ctx.nowIso, ctx.nowIso);
      setSetting(ctx.db, 'money.unit', 'rial', ctx.nowIso);
      // the key this centre signs its exchange files with (docs/exchange-format.md)
      ensureCentreKey(ctx.db, ctx.nowIso);
      const admin = insertUser(ctx.db, { ...input.admin, role: 'admin', passwordHash }, ctx.nowIso, centreId);
      for (const raw of samples) {
        insertDonor(ctx.db, randomUUID(), donorFields.parse(raw), { nowIso: ctx.nowIso, centreId, userId: admin.id });
      }
      return { centreId, adminId: admin.id };
    });
    ctx.core.refreshCentre();
    inTransaction(ctx.db, () =>
      ctx.audit({
        action: 'setup',
        entity: 'centre',
        entityId: result.centreId,
        after: { centre: input.centre, admin: input.admin.username, sampleDonors: samples.length },
      }),
    );
    return { centreId: result.centreId, sampleDonors: samples.length };
  },
};

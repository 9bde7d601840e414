// Offers of help (پیشنهادهای کمک): a number of units of one kind of aid (ten bread ovens, five
// food baskets) handed out one unit per household through matching.approve.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../core/context.ts';
import type { Db } from '../../store/database.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { Offer } from '../../../shared/contract/aid.ts';

const OFFER_SELECT = `SELECT id, title, kind, need_kind AS needKind, equipment_kind AS equipmentKind, quantity, allocated,
  quantity - allocated AS remaining, unit_value AS unitValue, city, created_at AS createdAt FROM offers`;

export function loadOffer(db: Db, id: string): Offer | undefined {
  return stmt<[string], Offer>(db, `${OFFER_SELECT} WHERE id = ?`).get(id);
}

export const offersHandlers: AreaHandlers<'offers'> = {
  'offers.create'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const id = randomUUID();
      stmt(
        ctx.db,
        `INSERT INTO offers (id, title, kind, need_kind, equipment_kind, quantity, allocated, unit_value, city, created_by,
           created_at, updated_at, origin_centre_id) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
      ).run(id, input.title, input.kind, input.needKind, input.equipmentKind, input.quantity, input.unitValue, input.city, ctx.session?.userId ?? null, ctx.nowIso, ctx.nowIso, ctx.centreId);
      const after = loadOffer(ctx.db, id)!;
      ctx.audit({ action: 'create', entity: 'offer', entityId: id, after });
      return after;
    });
  },

  'offers.list'(ctx, input) {
    return stmt<[number], Offer>(ctx.db, `${OFFER_SELECT} WHERE (? = 1 OR allocated < quantity) ORDER BY created_at DESC, id`).all(input.includeUsedUp ? 1 : 0);
  },
};

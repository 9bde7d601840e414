// Aid history (سوابق کمک): help given by this centre (also written by matching.approve) or
// recorded from another centre or agency, so the centre sees who is already helped elsewhere.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../core/context.ts';
import type { Db } from '../../store/database.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { AidRecord } from '../../../shared/contract/aid.ts';
import { mustHousehold } from '../needs/handlers.ts';

const AID_SELECT = `SELECT id, household_id AS householdId, kind, date, value, description, source, source_name AS sourceName,
  offer_id AS offerId, need_id AS needId, created_at AS createdAt FROM aid_records`;

export function loadAid(db: Db, id: string): AidRecord | undefined {
  return stmt<[string], AidRecord>(db, `${AID_SELECT} WHERE id = ?`).get(id);
}

export interface AidInsert {
  householdId: string;
  kind: AidRecord['kind'];
  date: string;
  value: number;
  description: string | null;
  source: AidRecord['source'];
  sourceName: string | null;
  offerId: string | null;
  needId: string | null;
}

export function insertAid(db: Db, a: AidInsert, meta: { nowIso: string; centreId: string; userId: string | null }): string {
  const id = randomUUID();
  stmt(
    db,
    `INSERT INTO aid_records (id, household_id, kind, date, value, description, source, source_name, offer_id, need_id,
       created_by, created_at, updated_at, origin_centre_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, a.householdId, a.kind, a.date, a.value, a.description, a.source, a.sourceName, a.offerId, a.needId, meta.userId, meta.nowIso, meta.nowIso, meta.centreId);
  return id;
}

export const aidHandlers: AreaHandlers<'aid'> = {
  'aid.record'(ctx, input) {
    return inTransaction(ctx.db, () => {
      mustHousehold(ctx, input.householdId);
      const id = insertAid(
        ctx.db,
        {
          householdId: input.householdId,
          kind: input.kind,
          date: input.date,
          value: input.value,
          description: input.description,
          source: input.source,
          sourceName: input.source === 'centre' ? null : input.sourceName,
          offerId: null,
          needId: null,
        },
        { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null },
      );
      const after = loadAid(ctx.db, id)!;
      ctx.audit({ action: 'create', entity: 'aid', entityId: id, after });
      return after;
    });
  },

  'aid.list'(ctx, input) {
    mustHousehold(ctx, input.householdId);
    return stmt<[string], AidRecord>(ctx.db, `${AID_SELECT} WHERE household_id = ? ORDER BY date DESC, created_at DESC, id`).all(input.householdId);
  },
};

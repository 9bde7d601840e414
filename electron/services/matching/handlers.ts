// Matching offers of help to households: a ranked, explained list of candidates
// (shared/domain/matching.ts) and the approval that gives one unit, all in one transaction.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../../shared/domain/digits.ts';
import { AID_KIND_FOR_NEED, DEFAULT_WEIGHTS, rankCandidates } from '../../../shared/domain/matching.ts';
import { matchingWeights, type MatchingWeights } from '../../../shared/contract/matching.ts';
import { getSetting, setSetting } from '../settings/repository.ts';
import { loadOffer } from '../offers/handlers.ts';
import { insertAid, loadAid } from '../aid/handlers.ts';
import { loadNeed, mustHousehold } from '../needs/handlers.ts';
import { loadCandidates } from './load.ts';

export const WEIGHTS_KEY = 'matching.weights';

export function readWeights(ctx: Ctx): MatchingWeights {
  const raw = getSetting(ctx.db, WEIGHTS_KEY);
  if (!raw) return { ...DEFAULT_WEIGHTS };
  try {
    const parsed = matchingWeights.safeParse({ ...DEFAULT_WEIGHTS, ...(JSON.parse(raw) as object) });
    return parsed.success ? parsed.data : { ...DEFAULT_WEIGHTS };
  } catch {
    return { ...DEFAULT_WEIGHTS };
  }
}

export const matchingHandlers: AreaHandlers<'matching'> = {
  'matching.suggest'(ctx, input) {
    return ctx.db.transaction(() => {
      const weights = readWeights(ctx);
      const offer = input.offerId ? loadOffer(ctx.db, input.offerId) : null;
      if (input.offerId && !offer) throw new AppError('NOT_FOUND', 'offers.notFound');
      const needKind = offer ? offer.needKind : input.needKind!;
      const aidKind = offer ? offer.kind : AID_KIND_FOR_NEED[needKind];
      const today = todayIso(ctx.clock.now());
      const households = loadCandidates(ctx.db, { needKind, aidKind, today, recentAidMonths: weights.recentAidMonths, excludeOfferId: offer?.id ?? null });
      const target = { needKind, aidKind, equipmentKind: offer?.equipmentKind ?? null, city: input.city ?? offer?.city ?? null, today };
      return { offer: offer ?? null, weights, candidates: rankCandidates(households, target, weights, input.limit) };
    })();
  },

  'matching.approve'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = loadOffer(ctx.db, input.offerId);
      if (!before) throw new AppError('NOT_FOUND', 'offers.notFound');
      if (before.remaining <= 0) throw new AppError('CONFLICT', 'offers.usedUp', { params: { quantity: toPersianDigits(before.quantity) } });
      if (mustHousehold(ctx, input.householdId).archived) throw new AppError('CONFLICT', 'households.archived');
      const given = stmt<[string, string], { id: string }>(ctx.db, 'SELECT id FROM aid_records WHERE offer_id = ? AND household_id = ? LIMIT 1').get(input.offerId, input.householdId);
      if (given) throw new AppError('CONFLICT', 'offers.alreadyGiven');

      let needId: string | null = null;
      if (input.needId) {
        const need = loadNeed(ctx.db, input.needId);
        if (!need || need.householdId !== input.householdId) throw new AppError('NOT_FOUND', 'needs.notFound');
        if (need.status !== 'open') throw new AppError('CONFLICT', 'needs.closed');
        needId = need.id;
      } else {
        needId =
          stmt<[string, string], { id: string }>(
            ctx.db,
            "SELECT id FROM needs WHERE household_id = ? AND kind = ? AND status = 'open' ORDER BY recorded_on, created_at, id LIMIT 1",
          ).get(input.householdId, before.needKind)?.id ?? null;
      }

      const date = input.date ?? todayIso(ctx.clock.now());
      const taken = stmt<[string, string], unknown>(ctx.db, 'UPDATE offers SET allocated = allocated + 1, updated_at = ? WHERE id = ? AND allocated < quantity').run(ctx.nowIso, input.offerId);
      if (taken.changes !== 1) throw new AppError('CONFLICT', 'offers.usedUp', { params: { quantity: toPersianDigits(before.quantity) } });
      const aidId = insertAid(
        ctx.db,
        { householdId: input.householdId, kind: before.kind, date, value: before.unitValue, description: input.note ?? before.title, source: 'centre', sourceName: null, offerId: input.offerId, needId },
        { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null },
      );
      if (needId) {
        stmt(ctx.db, "UPDATE needs SET status = 'met', closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?").run(date, before.title, ctx.nowIso, needId);
      }
      const offer = loadOffer(ctx.db, input.offerId)!;
      const aid = loadAid(ctx.db, aidId)!;
      ctx.audit({ action: 'approve', entity: 'offer', entityId: input.offerId, before, after: { offer, aid, needId } });
      return { offer, aid };
    });
  },

  'matching.getWeights'(ctx) {
    return readWeights(ctx);
  },

  'matching.setWeights'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = readWeights(ctx);
      setSetting(ctx.db, WEIGHTS_KEY, JSON.stringify(input), ctx.nowIso);
      ctx.audit({ action: 'update', entity: 'settings', entityId: WEIGHTS_KEY, before, after: input });
      return readWeights(ctx);
    });
  },
};

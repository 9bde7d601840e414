import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, isoDate, optionalText, uuid } from '../validation/fields.ts';
import { aidKind, aidRecord, needKind, offer } from './aid.ts';
import { CASE_ROLES } from './households.ts';

/** How much each part of the score counts (0 = ignored); set by a manager in Settings. */
export const matchingWeights = z
  .object({
    needPriority: z.number().min(0).max(10),
    vulnerability: z.number().min(0).max(10),
    waiting: z.number().min(0).max(10),
    priorAid: z.number().min(0).max(10),
    dependants: z.number().min(0).max(10),
    income: z.number().min(0).max(10),
    sameCity: z.number().min(0).max(10),
    /** a household helped with the same kind of aid within this many months is flagged */
    recentAidMonths: z.number().int().min(0).max(120),
  })
  .strict();
export type MatchingWeights = z.infer<typeof matchingWeights>;

export const scoreFactor = z.enum(['needPriority', 'vulnerability', 'waiting', 'priorAid', 'dependants', 'income', 'sameCity']);

/** One part of a candidate's score, with what it was computed from, so the screen can say it
 *  in words ("waiting 143 days: +18"). */
export const scorePart = z.object({
  factor: scoreFactor,
  points: z.number(),
  /** the input behind the points: days, rials, counts, priority, group names … */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])),
});

export const candidate = z.object({
  householdId: z.string(),
  displayName: z.string(),
  city: z.string(),
  needId: z.string(),
  score: z.number(),
  parts: z.array(scorePart),
  /** reasons to look twice; a flagged household is listed, not silently ranked away */
  flags: z.array(z.object({ kind: z.enum(['recentSameAid']), date: z.string(), months: z.number().int() })),
  /** aid this household had at other centres (the province's bank: their copies of it, or
   *  pseudonymous markers of its national IDs): where, when and what, latest first, at most
   *  ELSEWHERE_LISTED of them; it counts as prior aid in the score */
  elsewhere: z.array(z.object({ ownerName: z.string(), kind: aidKind, date: z.string(), value: z.number().int(), via: z.enum(['record', 'marker']) })),
});
export type Candidate = z.infer<typeof candidate>;

export const matchingContract = {
  'matching.suggest': channel({
    input: z
      .object({
        /** rank for an offer … */
        offerId: uuid.optional(),
        /** … or for a kind of need */
        needKind: needKind.optional(),
        city: optionalText(60),
        limit: z.number().int().min(1).max(100).default(20),
      })
      .strict()
      .superRefine((s, ctx) => {
        if (!s.offerId && !s.needKind) ctx.addIssue({ code: 'custom', path: ['offerId'], message: 'v.matching.target' });
      }),
    output: z.object({ offer: offer.nullable(), weights: matchingWeights, candidates: z.array(candidate) }),
    access: CASE_ROLES,
  }),
  /** Gives one unit of an offer to a household: writes its aid history, meets its need and
   *  uses up the unit, in one transaction; an offer is never given beyond its quantity. */
  'matching.approve': channel({
    input: z.object({ offerId: uuid, householdId: uuid, needId: uuid.optional(), date: isoDate.optional(), note: optionalText(500) }).strict(),
    output: z.object({ offer, aid: aidRecord }),
    access: CASE_ROLES,
  }),
  'matching.getWeights': channel({ input: empty, output: matchingWeights, access: CASE_ROLES }),
  'matching.setWeights': channel({ input: matchingWeights, output: matchingWeights, access: ['admin', 'manager'] }),
};

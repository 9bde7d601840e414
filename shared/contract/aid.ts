import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { isoDate, optionalText, uuid } from '../validation/fields.ts';
import { rials, rialsOrZero } from '../validation/money.ts';
import { CASE_ROLES } from './households.ts';

export const needKind = z.enum(['housing', 'equipment', 'jobTraining', 'medical', 'education', 'foodCash']);
export type NeedKind = z.infer<typeof needKind>;
export const needStatus = z.enum(['open', 'met', 'cancelled']);
export const aidKind = z.enum(['cash', 'goods', 'equipment', 'housing', 'employmentLoan']);
export type AidKind = z.infer<typeof aidKind>;
export const aidSource = z.enum(['centre', 'otherCentre', 'agency']);

/** 1 (can wait) … 5 (urgent) */
export const priority = z.number().int().min(1).max(5);

export const need = z.object({
  id: z.string(),
  householdId: z.string(),
  kind: needKind,
  /** for equipment: what kind (e.g. a bread oven) */
  equipmentKind: z.string().nullable(),
  priority,
  description: z.string().nullable(),
  recordedOn: z.string(),
  status: needStatus,
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
});
export type Need = z.infer<typeof need>;

export const aidRecord = z.object({
  id: z.string(),
  householdId: z.string(),
  kind: aidKind,
  date: z.string(),
  value: z.number().int(),
  description: z.string().nullable(),
  source: aidSource,
  /** the other centre or agency, when not this centre */
  sourceName: z.string().nullable(),
  offerId: z.string().nullable(),
  needId: z.string().nullable(),
  createdAt: z.string(),
});
export type AidRecord = z.infer<typeof aidRecord>;

export const offer = z.object({
  id: z.string(),
  title: z.string(),
  kind: aidKind,
  /** the need it answers */
  needKind,
  equipmentKind: z.string().nullable(),
  quantity: z.number().int(),
  allocated: z.number().int(),
  remaining: z.number().int(),
  unitValue: z.number().int(),
  city: z.string().nullable(),
  createdAt: z.string(),
});
export type Offer = z.infer<typeof offer>;

export const aidContract = {
  'needs.add': channel({
    input: z
      .object({
        householdId: uuid,
        kind: needKind,
        equipmentKind: optionalText(80),
        priority,
        description: optionalText(500),
        /** defaults to today */
        recordedOn: isoDate.optional(),
      })
      .strict(),
    output: need,
    access: CASE_ROLES,
  }),
  /** Needs are what volunteers may see of a household, besides its name. */
  'needs.list': channel({
    input: z.object({ householdId: uuid, includeClosed: z.boolean().default(true) }).strict(),
    output: z.array(need),
    access: EVERY_ROLE,
  }),
  'needs.cancel': channel({
    input: z.object({ id: uuid, reason: z.string().trim().min(3, { error: 'v.reasonRequired' }).max(500) }).strict(),
    output: need,
    access: CASE_ROLES,
  }),
  /** Help given, by this centre or recorded from another centre or agency. */
  'aid.record': channel({
    input: z
      .object({
        householdId: uuid,
        kind: aidKind,
        date: isoDate,
        value: rialsOrZero,
        description: optionalText(500),
        source: aidSource,
        sourceName: optionalText(120),
      })
      .strict()
      .superRefine((a, ctx) => {
        if (a.source !== 'centre' && !a.sourceName) ctx.addIssue({ code: 'custom', path: ['sourceName'], message: 'v.aid.sourceName' });
      }),
    output: aidRecord,
    access: CASE_ROLES,
  }),
  'aid.list': channel({ input: z.object({ householdId: uuid }).strict(), output: z.array(aidRecord), access: CASE_ROLES }),
  'offers.create': channel({
    input: z
      .object({
        title: z.string().trim().min(1).max(120),
        kind: aidKind,
        needKind,
        equipmentKind: optionalText(80),
        quantity: z.number().int().min(1).max(10_000),
        unitValue: rials,
        city: optionalText(60),
      })
      .strict(),
    output: offer,
    access: CASE_ROLES,
  }),
  'offers.list': channel({
    input: z.object({ includeUsedUp: z.boolean().default(false) }).strict(),
    output: z.array(offer),
    access: CASE_ROLES,
  }),
};

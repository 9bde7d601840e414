import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { isoDate, optionalText, page, pageOf, recordMeta, uuid } from '../validation/fields.ts';
import { rials, rialsOrZero } from '../validation/money.ts';

export const MONEY_ROLES = ['admin', 'manager', 'treasurer'] as const;

/** oneOff: `amount` once on `startDate`. monthly: `amount` every Jalali month from `startDate`
 *  (same day of month, clamped to the month's length) for `months` months, or open-ended when
 *  `months` is null. installments: the total `amount` in `installments` monthly parts. */
export const pledgeKind = z.enum(['oneOff', 'monthly', 'installments']);
export type PledgeKind = z.infer<typeof pledgeKind>;
export const pledgeStatus = z.enum(['active', 'overdue', 'fulfilled', 'cancelled']);
export type PledgeStatus = z.infer<typeof pledgeStatus>;

export const pledgeFields = z
  .object({
    donorId: uuid,
    /** null: the centre's general fund */
    projectId: uuid.nullish().transform((v) => v ?? null),
    kind: pledgeKind,
    amount: rials,
    startDate: isoDate,
    months: z.number().int().min(1).max(600).nullish().transform((v) => v ?? null),
    installments: z.number().int().min(2).max(120).nullish().transform((v) => v ?? null),
    notes: optionalText(1000),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.kind === 'installments' && p.installments === null) {
      ctx.addIssue({ code: 'custom', path: ['installments'], message: 'v.pledge.installmentsRequired' });
    }
    if (p.kind === 'installments' && p.installments !== null && p.amount < p.installments) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'v.pledge.totalTooSmall' });
    }
  })
  .transform((p) => ({
    ...p,
    months: p.kind === 'monthly' ? p.months : null,
    installments: p.kind === 'installments' ? p.installments : null,
  }));
export type PledgeFieldsInput = z.input<typeof pledgeFields>;

/** One due instalment of a pledge, with what the payments so far cover (oldest due first). */
export const scheduleRow = z.object({
  seq: z.number().int(),
  dueDate: z.string(),
  amount: z.number().int(),
  paid: z.number().int(),
  state: z.enum(['paid', 'partial', 'overdue', 'due', 'upcoming']),
});
export type ScheduleRow = z.infer<typeof scheduleRow>;

/** Figures derived from the schedule and the pledge's payments; never stored, never typed. */
export const pledgeFigures = z.object({
  /** null for an open-ended monthly pledge */
  total: z.number().int().nullable(),
  paid: rialsOrZero,
  /** sum of instalments due up to today */
  dueToDate: rialsOrZero,
  /** due to date but not paid */
  overdue: rialsOrZero,
  /** days since the oldest unpaid due date (0 when nothing is overdue) */
  daysOverdue: z.number().int().min(0),
  nextDue: z.object({ date: z.string(), amount: z.number().int() }).nullable(),
  status: pledgeStatus,
});
export type PledgeFigures = z.infer<typeof pledgeFigures>;

export const pledge = z.object({
  ...recordMeta,
  donorId: z.string(),
  donorName: z.string(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  kind: pledgeKind,
  amount: z.number().int(),
  startDate: z.string(),
  months: z.number().int().nullable(),
  installments: z.number().int().nullable(),
  notes: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  figures: pledgeFigures,
});
export type Pledge = z.infer<typeof pledge>;

export const pledgeDetail = pledge.extend({ schedule: z.array(scheduleRow) });
export type PledgeDetail = z.infer<typeof pledgeDetail>;

export const pledgesContract = {
  'pledges.create': channel({ input: pledgeFields, output: pledgeDetail, access: MONEY_ROLES }),
  'pledges.get': channel({ input: z.object({ id: uuid }).strict(), output: pledgeDetail, access: EVERY_ROLE }),
  'pledges.list': channel({
    input: z
      .object({
        donorId: uuid.optional(),
        projectId: uuid.optional(),
        status: pledgeStatus.optional(),
        ...page,
      })
      .strict(),
    output: pageOf(pledge),
    access: EVERY_ROLE,
  }),
  'pledges.cancel': channel({
    input: z.object({ id: uuid, reason: z.string().trim().min(3, { error: 'v.reasonRequired' }).max(500) }).strict(),
    output: pledgeDetail,
    access: MONEY_ROLES,
  }),
};

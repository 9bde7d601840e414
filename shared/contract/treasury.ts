import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, filePayload, isoDate, uuid } from '../validation/fields.ts';
import { MONEY_ROLES } from './pledges.ts';

export const reportFormat = z.enum(['pdf', 'xlsx', 'csv']);
export type ReportFormat = z.infer<typeof reportFormat>;

const period = { from: isoDate, to: isoDate };
const checkPeriod = <T extends { from: string; to: string }>(p: T, ctx: z.RefinementCtx) => {
  if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'v.period.order' });
};

export const monthTotal = z.object({ jy: z.number().int(), jm: z.number().int(), total: z.number().int(), count: z.number().int() });

export const treasuryDashboard = z.object({
  today: z.string(),
  thisMonth: monthTotal,
  lastMonth: monthTotal,
  sameMonthLastYear: monthTotal,
  /** the last 12 Jalali months, oldest first */
  months: z.array(monthTotal),
  overdueTotal: z.number().int(),
  overduePledges: z.number().int(),
  topProjects: z.array(z.object({ projectId: z.string().nullable(), name: z.string().nullable(), total: z.number().int() })),
  byMethod: z.array(z.object({ method: z.string(), total: z.number().int(), count: z.number().int() })),
});
export type TreasuryDashboard = z.infer<typeof treasuryDashboard>;

export const reminder = z.object({
  donorId: z.string(),
  donorName: z.string(),
  mobile: z.string().nullable(),
  phone: z.string().nullable(),
  pledgeId: z.string(),
  /** the latest unpaid instalment falling due within the window */
  dueDate: z.string(),
  /** the oldest unpaid instalment (equals dueDate when only one is owed) */
  oldestDueDate: z.string(),
  /** what is due on or before dueDate and not yet paid */
  amount: z.number().int(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
});
export type Reminder = z.infer<typeof reminder>;

export const treasuryContract = {
  'treasury.dashboard': channel({ input: empty, output: treasuryDashboard, access: MONEY_ROLES }),
  /** Who to call: instalments due within `days` days, and everything overdue. */
  'treasury.reminders': channel({
    input: z.object({ days: z.number().int().min(0).max(60).default(7) }).strict(),
    output: z.array(reminder),
    access: [...MONEY_ROLES, 'volunteer'],
  }),
  'reports.donorStatement': channel({
    input: z.object({ donorId: uuid, ...period, format: reportFormat }).strict().superRefine(checkPeriod),
    output: filePayload,
    access: MONEY_ROLES,
  }),
  'reports.overduePledges': channel({
    input: z.object({ asOf: isoDate.optional(), format: reportFormat }).strict(),
    output: filePayload,
    access: MONEY_ROLES,
  }),
  'reports.collections': channel({
    input: z
      .object({ ...period, groupBy: z.enum(['month', 'project', 'method']), format: reportFormat })
      .strict()
      .superRefine(checkPeriod),
    output: filePayload,
    access: MONEY_ROLES,
  }),
  'reports.dailyCash': channel({
    input: z.object({ date: isoDate, format: reportFormat }).strict(),
    output: filePayload,
    access: MONEY_ROLES,
  }),
};

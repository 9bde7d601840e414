// A pledge's schedule and figures, derived from its terms and what has been paid against it.
// Pure: no SQL, no Node, no clock (today is passed in). Dates are ISO; the months are Jalali.
//
// - oneOff: the whole amount on the start date.
// - monthly: the amount every Jalali month on the start's day of month, clamped to the month's
//   length (31 Shahrivar → 30 Mehr → … → 29 Esfand, or 30 in a leap year → 31 Farvardin), for
//   `months` months, or open-ended (rows up to a horizon, by default today + 3 Jalali months).
// - installments: the total in `installments` monthly parts of equal whole rials, the remainder
//   on the last part, so the parts add up to the total exactly.
// Payments cover the rows oldest due first. A row is 'paid' when covered; otherwise 'overdue'
// once its date has passed, 'due' on its date, and before that 'partial' (paid in part ahead of
// time) or 'upcoming'. "Overdue" means due before today and not paid: an instalment due today
// is due, not late.
import { addJalaliMonths, isoToJalali, jalaliMonthLength, jalaliToIso } from './jalali.ts';
import { daysBetween } from './days.ts';
export { addDays, daysBetween } from './days.ts';

export type PledgeKind = 'oneOff' | 'monthly' | 'installments';
export type RowState = 'paid' | 'partial' | 'overdue' | 'due' | 'upcoming';
export type PledgeStatus = 'active' | 'overdue' | 'fulfilled' | 'cancelled';

export interface PledgeTerms {
  kind: PledgeKind;
  /** rials: the monthly amount for 'monthly', the total otherwise */
  amount: number;
  startDate: string;
  /** monthly only; null = open-ended */
  months: number | null;
  /** installments only */
  installments: number | null;
}

export interface ScheduleOptions {
  /** the pledge's cancellation date (ISO); rows due after it with nothing paid are dropped */
  cancelledOn?: string | null;
  /** open-ended pledges: list rows due up to this date (default: today + 3 Jalali months) */
  horizon?: string;
}

export interface ScheduleRow {
  seq: number;
  dueDate: string;
  amount: number;
  paid: number;
  state: RowState;
}

export interface PledgeFigures {
  total: number | null;
  paid: number;
  dueToDate: number;
  overdue: number;
  daysOverdue: number;
  nextDue: { date: string; amount: number } | null;
  status: PledgeStatus;
}

export interface PledgeSchedule {
  rows: ScheduleRow[];
  figures: PledgeFigures;
}

/** Past the horizon, an open-ended pledge paid far ahead lists at most this many rows in all. */
const MAX_ROWS_PAID_AHEAD = 600;

/** Jalali years a pledge or payment may fall in: those a person can type (see parseJalali);
 *  an ISO date far outside them is a typo, and the calendar code is not meant for it. */
export function isPlausibleDate(iso: string): boolean {
  const y = Number(iso.slice(0, 4));
  return y >= 1822 && y <= 2220; // 1200-1600 AP
}

/** The day `n` Jalali months after `startDate`, keeping its day of month where the month has it. */
export function monthlyDueDate(startDate: string, n: number): string {
  const s = isoToJalali(startDate);
  const { jy, jm } = addJalaliMonths(s.jy, s.jm, n);
  return jalaliToIso(jy, jm, Math.min(s.jd, jalaliMonthLength(jy, jm)));
}

/** The promised total; null for an open-ended monthly pledge. */
export function pledgeTotal(t: PledgeTerms): number | null {
  if (t.kind === 'monthly') return t.months === null ? null : t.amount * t.months;
  return t.amount;
}

/** Due dates and amounts, before payments. */
function plannedRows(t: PledgeTerms, paid: number, horizon: string): { dueDate: string; amount: number }[] {
  if (t.kind === 'oneOff') return [{ dueDate: t.startDate, amount: t.amount }];
  if (t.kind === 'installments') {
    const n = t.installments ?? 1;
    const part = Math.floor(t.amount / n);
    return Array.from({ length: n }, (_, i) => ({
      dueDate: monthlyDueDate(t.startDate, i),
      amount: i === n - 1 ? t.amount - part * (n - 1) : part,
    }));
  }
  if (t.months !== null) {
    return Array.from({ length: t.months }, (_, i) => ({ dueDate: monthlyDueDate(t.startDate, i), amount: t.amount }));
  }
  // Open-ended: every month up to the horizon (at least the first), and on past it while the
  // payments so far cover the rows before, so a donor who paid ahead sees what is next.
  const rows: { dueDate: string; amount: number }[] = [];
  for (let i = 0; ; i++) {
    const dueDate = monthlyDueDate(t.startDate, i);
    if (i > 0 && dueDate > horizon) {
      const coveredBefore = i * t.amount <= paid;
      if (!coveredBefore || i >= MAX_ROWS_PAID_AHEAD) break;
    }
    rows.push({ dueDate, amount: t.amount });
  }
  return rows;
}

function stateOf(amount: number, paid: number, dueDate: string, today: string): RowState {
  if (paid >= amount) return 'paid';
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'due';
  return paid > 0 ? 'partial' : 'upcoming';
}

/** Today plus three Jalali months (day clamped): how far an open-ended schedule is listed. */
export function defaultHorizon(today: string): string {
  return monthlyDueDate(today, 3);
}

export function pledgeSchedule(terms: PledgeTerms, paid: number, today: string, opts: ScheduleOptions = {}): PledgeSchedule {
  const cancelledOn = opts.cancelledOn ?? null;
  let horizon = opts.horizon ?? defaultHorizon(today);
  if (cancelledOn !== null && cancelledOn < horizon) horizon = cancelledOn;

  let left = paid;
  let rows: ScheduleRow[] = plannedRows(terms, paid, horizon).map((r, i) => {
    const covered = Math.min(r.amount, left);
    left -= covered;
    return { seq: i + 1, dueDate: r.dueDate, amount: r.amount, paid: covered, state: stateOf(r.amount, covered, r.dueDate, today) };
  });
  if (cancelledOn !== null) rows = rows.filter((r, i) => i === 0 || r.dueDate <= cancelledOn || r.paid > 0);

  const total = pledgeTotal(terms);
  const dueToDate = rows.filter((r) => r.dueDate <= today).reduce((s, r) => s + r.amount, 0);
  const late = rows.filter((r) => r.dueDate < today && r.paid < r.amount);
  let overdue = late.reduce((s, r) => s + r.amount - r.paid, 0);
  let daysOverdue = late.length > 0 ? daysBetween(late[0]!.dueDate, today) : 0;
  const next = rows.find((r) => r.dueDate >= today && r.paid < r.amount);
  let nextDue = next ? { date: next.dueDate, amount: next.amount - next.paid } : null;

  let status: PledgeStatus;
  if (cancelledOn !== null) status = 'cancelled';
  else if (total !== null && paid >= total) status = 'fulfilled';
  else if (overdue > 0) status = 'overdue';
  else status = 'active';
  if (status === 'cancelled' || status === 'fulfilled') {
    // nothing more is owed: a cancelled pledge is not chased, a fulfilled one is done
    overdue = 0;
    daysOverdue = 0;
    nextDue = null;
  }
  return { rows, figures: { total, paid, dueToDate, overdue, daysOverdue, nextDue, status } };
}

// Pledge schedules and figures. Every expected date below was read off a Jalali calendar
// (checked against ICU's Persian calendar, not against shared/domain/jalali.ts); every amount
// is worked out by hand in the comment beside it.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isPlausibleDate, monthlyDueDate, pledgeSchedule, pledgeTotal, type PledgeTerms } from '../../shared/domain/schedule.ts';

const monthly = (amount: number, startDate: string, months: number | null): PledgeTerms => ({
  kind: 'monthly', amount, startDate, months, installments: null,
});
const installments = (amount: number, startDate: string, n: number): PledgeTerms => ({
  kind: 'installments', amount, startDate, months: null, installments: n,
});
const oneOff = (amount: number, startDate: string): PledgeTerms => ({ kind: 'oneOff', amount, startDate, months: null, installments: null });

describe('due dates across Jalali month ends', () => {
  it('31 Shahrivar 1404 → 30 Mehr … 30 Bahman → 29 Esfand 1404 (not leap) → 31 Farvardin 1405', () => {
    const s = pledgeSchedule(monthly(1_000_000, '2025-09-22', 8), 0, '2025-09-01'); // 1404/06/31
    expect(s.rows.map((r) => r.dueDate)).toEqual([
      '2025-09-22', // 1404/06/31
      '2025-10-22', // 1404/07/30
      '2025-11-21', // 1404/08/30
      '2025-12-21', // 1404/09/30
      '2026-01-20', // 1404/10/30
      '2026-02-19', // 1404/11/30
      '2026-03-20', // 1404/12/29: Esfand 1404 has 29 days
      '2026-04-20', // 1405/01/31: back to the 31st
    ]);
    expect(s.rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('30 Dey 1403 → 30 Bahman → 30 Esfand 1403 (leap year) → 30 Farvardin 1404', () => {
    const s = pledgeSchedule(monthly(500_000, '2025-01-19', 4), 0, '2025-01-01'); // 1403/10/30
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2025-01-19', '2025-02-18', '2025-03-20', '2025-04-19']);
  });

  it('30 Dey 1404 → 30 Bahman → 29 Esfand 1404 → 30 Farvardin 1405', () => {
    const s = pledgeSchedule(monthly(500_000, '2026-01-20', 4), 0, '2026-01-01'); // 1404/10/30
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2026-01-20', '2026-02-19', '2026-03-20', '2026-04-19']);
  });

  it('monthlyDueDate keeps the day of month where it exists', () => {
    expect(monthlyDueDate('2026-11-24', 0)).toBe('2026-11-24'); // 1405/09/03
    expect(monthlyDueDate('2026-11-24', 1)).toBe('2026-12-24'); // 1405/10/03
    expect(monthlyDueDate('2026-11-24', -1)).toBe('2026-10-25'); // 1405/08/03
    expect(monthlyDueDate('2026-11-24', 3)).toBe('2027-02-22'); // 1405/12/03
  });

  it('addDays crosses month and year ends', () => {
    expect(addDays('2026-11-24', 7)).toBe('2026-12-01');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('plausible dates are those of Jalali years 1200-1600', () => {
    expect(isPlausibleDate('2026-11-24')).toBe(true);
    expect(isPlausibleDate('1925-03-21')).toBe(true);
    expect(isPlausibleDate('1025-01-01')).toBe(false);
    expect(isPlausibleDate('9999-12-31')).toBe(false);
  });

  it('daysBetween counts calendar days', () => {
    expect(daysBetween('2026-03-20', '2026-03-21')).toBe(1);
    expect(daysBetween('2025-02-18', '2025-03-20')).toBe(30); // 28 days of February 2025 + 2
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // 2024 is a Gregorian leap year
    expect(daysBetween('2026-11-24', '2026-11-24')).toBe(0);
  });
});

describe('amounts', () => {
  it('installments: equal whole parts, the remainder on the last, the sum is the total', () => {
    // 10,000,001 in 3: 3,333,333 × 2 and 3,333,335 (3,333,333 × 3 = 9,999,999; 2 left over)
    const s = pledgeSchedule(installments(10_000_001, '2026-11-24', 3), 0, '2026-11-24');
    expect(s.rows.map((r) => r.amount)).toEqual([3_333_333, 3_333_333, 3_333_335]);
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2026-11-24', '2026-12-24', '2027-01-23']); // 1405/09/03, 10/03, 11/03
    expect(s.figures.total).toBe(10_000_001);
  });

  it('installments that divide evenly and the smallest total allowed', () => {
    expect(pledgeSchedule(installments(12_000_000, '2026-11-24', 4), 0, '2026-11-24').rows.map((r) => r.amount)).toEqual([
      3_000_000, 3_000_000, 3_000_000, 3_000_000,
    ]);
    expect(pledgeSchedule(installments(7, '2026-11-24', 7), 0, '2026-11-24').rows.map((r) => r.amount)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // 9 in 4: 2, 2, 2, 3
    expect(pledgeSchedule(installments(9, '2026-11-24', 4), 0, '2026-11-24').rows.map((r) => r.amount)).toEqual([2, 2, 2, 3]);
  });

  it('totals: one-off and installments are the amount, monthly amount × months, open-ended none', () => {
    expect(pledgeTotal(oneOff(5_000_000, '2026-11-24'))).toBe(5_000_000);
    expect(pledgeTotal(installments(9_000_000, '2026-11-24', 3))).toBe(9_000_000);
    expect(pledgeTotal(monthly(2_000_000, '2026-11-24', 12))).toBe(24_000_000);
    expect(pledgeTotal(monthly(2_000_000, '2026-11-24', null))).toBeNull();
  });
});

describe('open-ended monthly pledges', () => {
  it('list rows up to today + 3 Jalali months', () => {
    // from 1405/06/03; today 1405/09/03 → horizon 1405/12/03
    const s = pledgeSchedule(monthly(1_000_000, '2026-08-25', null), 0, '2026-11-24');
    expect(s.rows.map((r) => r.dueDate)).toEqual([
      '2026-08-25', // 06/03
      '2026-09-25', // 07/03
      '2026-10-25', // 08/03
      '2026-11-24', // 09/03: today
      '2026-12-24', // 10/03
      '2027-01-23', // 11/03
      '2027-02-22', // 12/03: the horizon itself
    ]);
    expect(s.figures.total).toBeNull();
    // due to date: 4 × 1,000,000 (today's included); overdue: the 3 before today
    expect(s.figures).toMatchObject({ paid: 0, dueToDate: 4_000_000, overdue: 3_000_000, status: 'overdue' });
    expect(s.figures.daysOverdue).toBe(91); // 2026-08-25 → 2026-11-24: 6 + 30 + 31 + 24
    expect(s.figures.nextDue).toEqual({ date: '2026-11-24', amount: 1_000_000 });
    expect(s.rows.map((r) => r.state)).toEqual(['overdue', 'overdue', 'overdue', 'due', 'upcoming', 'upcoming', 'upcoming']);
  });

  it('a horizon can be given', () => {
    const s = pledgeSchedule(monthly(1_000_000, '2026-08-25', null), 0, '2026-11-24', { horizon: '2026-12-01' });
    expect(s.rows).toHaveLength(4);
  });

  it('a pledge starting after the horizon still shows its first month', () => {
    const s = pledgeSchedule(monthly(1_000_000, '2027-08-25', null), 0, '2026-11-24');
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2027-08-25']);
    expect(s.figures).toMatchObject({ dueToDate: 0, overdue: 0, status: 'active', nextDue: { date: '2027-08-25', amount: 1_000_000 } });
  });

  it('paid far ahead: the rows covered and the next one are listed past the horizon', () => {
    // 10 months paid from 1405/09/03: rows through 1406/06/03 paid, 1406/07/03 next
    const s = pledgeSchedule(monthly(1_000_000, '2026-11-24', null), 10_000_000, '2026-11-24');
    expect(s.rows).toHaveLength(11);
    expect(s.rows.slice(0, 10).every((r) => r.state === 'paid')).toBe(true);
    expect(s.rows[10]).toMatchObject({ seq: 11, paid: 0, state: 'upcoming' });
    expect(s.figures).toMatchObject({ status: 'active', overdue: 0, nextDue: { date: s.rows[10]!.dueDate, amount: 1_000_000 } });
  });

  it('never fulfilled, however much is paid', () => {
    const s = pledgeSchedule(monthly(1_000_000, '2026-08-25', null), 4_000_000, '2026-11-24');
    expect(s.figures.status).toBe('active');
  });
});

describe('payments cover the oldest due first', () => {
  it('partial payments fill rows in due order and leave the rest overdue', () => {
    // 4 × 2,000,000 from 1405/06/03; today 1405/09/10; paid 3,500,000:
    // row 1 paid 2,000,000, row 2 paid 1,500,000 (500,000 short), rows 3-4 nothing
    const s = pledgeSchedule(monthly(2_000_000, '2026-08-25', 4), 3_500_000, '2026-12-01');
    expect(s.rows.map((r) => [r.paid, r.state])).toEqual([
      [2_000_000, 'paid'],
      [1_500_000, 'overdue'], // 1405/07/03 has passed: what is missing is late
      [0, 'overdue'], // 1405/08/03
      [0, 'overdue'], // 1405/09/03
    ]);
    // due to date 8,000,000; overdue 8,000,000 − 3,500,000 = 4,500,000; oldest unpaid 2026-09-25
    expect(s.figures).toMatchObject({ total: 8_000_000, paid: 3_500_000, dueToDate: 8_000_000, overdue: 4_500_000, status: 'overdue' });
    expect(s.figures.daysOverdue).toBe(67); // 2026-09-25 → 2026-12-01: 5 + 31 + 30 + 1
    expect(s.figures.nextDue).toBeNull(); // nothing left that falls due today or later
  });

  it('a payment ahead of time shows as partial on a future row', () => {
    // 3 × 1,000,000 from 1405/09/03, today 1405/09/03, paid 1,400,000
    const s = pledgeSchedule(monthly(1_000_000, '2026-11-24', 3), 1_400_000, '2026-11-24');
    expect(s.rows.map((r) => [r.paid, r.state])).toEqual([
      [1_000_000, 'paid'],
      [400_000, 'partial'],
      [0, 'upcoming'],
    ]);
    expect(s.figures).toMatchObject({ dueToDate: 1_000_000, overdue: 0, daysOverdue: 0, status: 'active' });
    expect(s.figures.nextDue).toEqual({ date: '2026-12-24', amount: 600_000 });
  });

  it('an instalment due today is due, not overdue', () => {
    const s = pledgeSchedule(oneOff(5_000_000, '2026-11-24'), 0, '2026-11-24');
    expect(s.rows).toEqual([{ seq: 1, dueDate: '2026-11-24', amount: 5_000_000, paid: 0, state: 'due' }]);
    expect(s.figures).toMatchObject({ dueToDate: 5_000_000, overdue: 0, daysOverdue: 0, status: 'active', nextDue: { date: '2026-11-24', amount: 5_000_000 } });
  });
});

describe('status transitions', () => {
  const terms = installments(9_000_000, '2026-10-25', 3); // 1405/08/03, 09/03, 10/03: 3,000,000 each

  it('active before anything is due', () => {
    expect(pledgeSchedule(terms, 0, '2026-10-24').figures).toMatchObject({ status: 'active', dueToDate: 0, overdue: 0 });
  });
  it('overdue the day after an unpaid due date, for one day', () => {
    const f = pledgeSchedule(terms, 0, '2026-10-26').figures;
    expect(f).toMatchObject({ status: 'overdue', overdue: 3_000_000, daysOverdue: 1 });
  });
  it('active again once the arrears are paid', () => {
    expect(pledgeSchedule(terms, 3_000_000, '2026-10-26').figures).toMatchObject({ status: 'active', overdue: 0, daysOverdue: 0 });
  });
  it('overdue again when the next one is missed; days counted from the oldest unpaid date', () => {
    // today 1405/09/10: the second part (1405/09/03) is 7 days late
    const f = pledgeSchedule(terms, 3_000_000, '2026-12-01').figures;
    expect(f).toMatchObject({ status: 'overdue', overdue: 3_000_000, daysOverdue: 7, dueToDate: 6_000_000 });
    expect(f.nextDue).toEqual({ date: '2026-12-24', amount: 3_000_000 });
  });
  it('fulfilled when the total is paid, even early; nothing then owed or next', () => {
    const f = pledgeSchedule(terms, 9_000_000, '2026-10-26').figures;
    expect(f).toMatchObject({ status: 'fulfilled', overdue: 0, daysOverdue: 0, nextDue: null, paid: 9_000_000 });
  });
  it('fulfilled when overpaid', () => {
    expect(pledgeSchedule(terms, 9_500_000, '2027-06-01').figures.status).toBe('fulfilled');
  });
  it('cancelled wins over everything; rows after the cancellation with nothing paid are dropped', () => {
    const s = pledgeSchedule(terms, 3_000_000, '2027-06-01', { cancelledOn: '2026-11-30' });
    expect(s.figures).toMatchObject({ status: 'cancelled', overdue: 0, daysOverdue: 0, nextDue: null, total: 9_000_000 });
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2026-10-25', '2026-11-24']);
    const paidUp = pledgeSchedule(terms, 9_000_000, '2027-06-01', { cancelledOn: '2026-11-30' });
    expect(paidUp.figures.status).toBe('cancelled');
    expect(paidUp.rows).toHaveLength(3); // the third row was paid, so it stays
  });
  it('an open-ended pledge stops at its cancellation', () => {
    const s = pledgeSchedule(monthly(1_000_000, '2026-08-25', null), 0, '2027-06-01', { cancelledOn: '2026-10-01' });
    expect(s.rows.map((r) => r.dueDate)).toEqual(['2026-08-25', '2026-09-25']);
    expect(s.figures.status).toBe('cancelled');
  });
});

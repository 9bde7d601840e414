// Pledges through the dispatcher on a real SQLite file: schedules across Jalali month ends and
// leap years, figures and statuses derived from the payments (voids excluded), cancellation,
// the list's filters, roles, and refused input that changes nothing. Expected dates are
// hand-checked Jalali dates (ICU's Persian calendar, see helpers/treasury.ts).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, PERSIAN_LETTERS, userIdOf } from '../helpers/fixtures.ts';
import { addDonor, cash, insertProject, isoOfJalali, signInAll, type PledgeInput } from '../helpers/treasury.ts';

let t: TestCore;
let tokens: Record<Role, string>;
let clock: ReturnType<typeof manualClock>;
let donorId: string;

/** Sets the centre's "now" to 09:30 Tehran time on the given Jalali day (and signs in again). */
async function today(jy: number, jm: number, jd: number): Promise<void> {
  clock.set(`${isoOfJalali(jy, jm, jd)}T06:00:00Z`);
  tokens = await signInAll(t);
}

beforeEach(async () => {
  clock = manualClock('2026-11-24T06:00:00Z'); // 1405/09/03
  t = await makeTestCore({ clock });
  tokens = await setUpCentre(t);
  donorId = await addDonor(t, tokens.treasurer, 'زهرا', 'احمدی', { mobile: '09121234567' });
});
afterEach(() => t.close());

const create = (input: PledgeInput, role: Role = 'treasurer') => t.call('pledges.create', input, tokens[role]);
const pay = (pledgeId: string, amount: number, date: string) =>
  t.call('payments.record', { payment: cash(donorId, amount, date, { pledgeId }) }, tokens.treasurer);

describe('schedules', () => {
  test('monthly from 31 Shahrivar: 30 in the autumn months, 29 Esfand in 1404, 31 again in Farvardin', async () => {
    await today(1404, 6, 1);
    const p = await create({ donorId, kind: 'monthly', amount: 2_000_000, startDate: isoOfJalali(1404, 6, 31), months: 8 });
    expect(p.schedule.map((r) => r.dueDate)).toEqual([
      isoOfJalali(1404, 6, 31),
      isoOfJalali(1404, 7, 30),
      isoOfJalali(1404, 8, 30),
      isoOfJalali(1404, 9, 30),
      isoOfJalali(1404, 10, 30),
      isoOfJalali(1404, 11, 30),
      isoOfJalali(1404, 12, 29),
      isoOfJalali(1405, 1, 31),
    ]);
    expect(p.schedule.every((r) => r.amount === 2_000_000 && r.paid === 0 && r.state === 'upcoming')).toBe(true);
    expect(p.figures).toEqual({ total: 16_000_000, paid: 0, dueToDate: 0, overdue: 0, daysOverdue: 0, nextDue: { date: '2025-09-22', amount: 2_000_000 }, status: 'active' });
  });

  test('Esfand 30 in the leap year 1403, Esfand 29 in 1404', async () => {
    await today(1403, 10, 1);
    const leap = await create({ donorId, kind: 'monthly', amount: 1_000_000, startDate: isoOfJalali(1403, 10, 30), months: 4 });
    expect(leap.schedule.map((r) => r.dueDate)).toEqual([
      isoOfJalali(1403, 10, 30),
      isoOfJalali(1403, 11, 30),
      isoOfJalali(1403, 12, 30), // 2025-03-20
      isoOfJalali(1404, 1, 30),
    ]);
    expect(leap.schedule[2]!.dueDate).toBe('2025-03-20');
    await today(1404, 10, 1);
    const plain = await create({ donorId, kind: 'installments', amount: 3_000_000, startDate: isoOfJalali(1404, 10, 30), installments: 3 });
    expect(plain.schedule.map((r) => r.dueDate)).toEqual([isoOfJalali(1404, 10, 30), isoOfJalali(1404, 11, 30), isoOfJalali(1404, 12, 29)]);
    expect(plain.schedule[2]!.dueDate).toBe('2026-03-20');
  });

  test('installments: equal parts, the remainder on the last, summing to the total', async () => {
    const p = await create({ donorId, kind: 'installments', amount: 10_000_001, startDate: '2026-11-24', installments: 3 });
    expect(p.schedule.map((r) => r.amount)).toEqual([3_333_333, 3_333_333, 3_333_335]);
    expect(p.schedule.reduce((s, r) => s + r.amount, 0)).toBe(10_000_001);
    expect(p.figures.total).toBe(10_000_001);
    expect(p.months).toBeNull();
    expect(p.installments).toBe(3);
  });

  test('open-ended monthly: rows up to today + 3 months, no total, never fulfilled', async () => {
    const p = await create({ donorId, kind: 'monthly', amount: 500_000, startDate: isoOfJalali(1405, 8, 3) });
    // today 1405/09/03: 08/03 (late), 09/03 (due today), 10/03, 11/03, 12/03
    expect(p.schedule.map((r) => [r.dueDate, r.state])).toEqual([
      [isoOfJalali(1405, 8, 3), 'overdue'],
      [isoOfJalali(1405, 9, 3), 'due'],
      [isoOfJalali(1405, 10, 3), 'upcoming'],
      [isoOfJalali(1405, 11, 3), 'upcoming'],
      [isoOfJalali(1405, 12, 3), 'upcoming'],
    ]);
    expect(p.months).toBeNull();
    expect(p.figures).toMatchObject({ total: null, dueToDate: 1_000_000, overdue: 500_000, daysOverdue: 30, status: 'overdue' });
    await pay(p.id, 5_000_000, '2026-11-24');
    const after = await t.call('pledges.get', { id: p.id }, tokens.volunteer);
    expect(after.figures).toMatchObject({ paid: 5_000_000, overdue: 0, status: 'active' });
  });

  test('one-off: one row on the start date', async () => {
    const p = await create({ donorId, kind: 'oneOff', amount: 50_000_000, startDate: '2026-12-01', months: 5, installments: 4 });
    expect(p.schedule).toEqual([{ seq: 1, dueDate: '2026-12-01', amount: 50_000_000, paid: 0, state: 'upcoming' }]);
    expect(p.months).toBeNull(); // terms of other kinds are dropped
    expect(p.installments).toBeNull();
  });
});

describe('figures and status from payments', () => {
  test('payments cover the oldest instalment first; partial and overdue rows', async () => {
    // 4 × 3,000,000 from 1405/06/03; today 1405/09/03
    const p = await create({ donorId, kind: 'monthly', amount: 3_000_000, startDate: isoOfJalali(1405, 6, 3), months: 4 });
    await pay(p.id, 2_000_000, isoOfJalali(1405, 6, 10));
    await pay(p.id, 2_500_000, isoOfJalali(1405, 8, 1));
    // paid 4,500,000: row 1 full, row 2 1,500,000, rows 3-4 nothing
    const got = await t.call('pledges.get', { id: p.id }, tokens.caseworker);
    expect(got.schedule.map((r) => [r.paid, r.state])).toEqual([
      [3_000_000, 'paid'],
      [1_500_000, 'overdue'],
      [0, 'overdue'],
      [0, 'due'],
    ]);
    // due to date 12,000,000; overdue = the three before today (9,000,000) − 4,500,000
    expect(got.figures).toMatchObject({ paid: 4_500_000, dueToDate: 12_000_000, overdue: 4_500_000, status: 'overdue' });
    // oldest unpaid: 1405/07/03 = 2026-09-25 → 2026-11-24 is 60 days
    expect(got.figures.daysOverdue).toBe(60);
    expect(got.figures.nextDue).toEqual({ date: '2026-11-24', amount: 3_000_000 });
  });

  test('active → overdue → active → fulfilled as days pass and money arrives; a void undoes a payment', async () => {
    await today(1405, 8, 1);
    const p = await create({ donorId, kind: 'installments', amount: 9_000_000, startDate: isoOfJalali(1405, 8, 3), installments: 3 });
    const status = async () => (await t.call('pledges.get', { id: p.id }, tokens.treasurer)).figures;
    expect((await status()).status).toBe('active');
    await today(1405, 8, 3);
    expect(await status()).toMatchObject({ status: 'active', dueToDate: 3_000_000, overdue: 0 }); // due today is not late
    await today(1405, 8, 4);
    expect(await status()).toMatchObject({ status: 'overdue', overdue: 3_000_000, daysOverdue: 1 });
    const first = await pay(p.id, 3_000_000, isoOfJalali(1405, 8, 4));
    expect(await status()).toMatchObject({ status: 'active', overdue: 0, paid: 3_000_000 });
    await t.call('payments.void', { id: first.id, reason: 'مبلغ اشتباه وارد شد' }, tokens.treasurer);
    expect(await status()).toMatchObject({ status: 'overdue', overdue: 3_000_000, paid: 0 });
    await pay(p.id, 3_000_000, isoOfJalali(1405, 8, 4));
    await pay(p.id, 6_000_000, isoOfJalali(1405, 8, 4));
    expect(await status()).toEqual({ total: 9_000_000, paid: 9_000_000, dueToDate: 3_000_000, overdue: 0, daysOverdue: 0, nextDue: null, status: 'fulfilled' });
    // paid is the sum of non-voided payments in SQL
    const sql = t.core.db().prepare('SELECT SUM(amount) AS s FROM payments WHERE pledge_id = ? AND voided_at IS NULL').get(p.id) as { s: number };
    expect(sql.s).toBe(9_000_000);
  });
});

describe('cancel', () => {
  test('with a reason: cancelled status, audited before and after; payments then refused', async () => {
    const p = await create({ donorId, kind: 'monthly', amount: 1_000_000, startDate: isoOfJalali(1405, 7, 3), months: 12 });
    const c = await t.call('pledges.cancel', { id: p.id, reason: '  خیّر از شهر رفت  ' }, tokens.manager);
    expect(c).toMatchObject({ cancelReason: 'خیّر از شهر رفت', figures: { status: 'cancelled', overdue: 0, nextDue: null } });
    expect(c.cancelledAt).toBe(clock.now().toISOString());
    // rows due after the cancellation with nothing paid are gone: 07/03, 08/03, 09/03 remain
    expect(c.schedule.map((r) => r.dueDate)).toEqual([isoOfJalali(1405, 7, 3), isoOfJalali(1405, 8, 3), isoOfJalali(1405, 9, 3)]);
    const row = t.core.db().prepare('SELECT cancelled_by FROM pledges WHERE id = ?').get(p.id) as { cancelled_by: string };
    expect(row.cancelled_by).toBe(userIdOf(t, 'manager1'));
    const audit = await t.call('audit.list', { entity: 'pledge', entityId: p.id }, tokens.admin);
    expect(audit.items.map((a) => a.action).sort()).toEqual(['cancel', 'create']);

    const before = fingerprint(t);
    const again = await t.fail('pledges.cancel', { id: p.id, reason: 'دوباره' }, tokens.manager);
    expect(again).toMatchObject({ code: 'CONFLICT', key: 'pledges.cancelled' });
    const paid = await t.fail('payments.record', { payment: cash(donorId, 1_000_000, '2026-11-24', { pledgeId: p.id }) }, tokens.treasurer);
    expect(paid).toMatchObject({ code: 'CONFLICT', key: 'payments.pledgeCancelled' });
    expect(paid.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });

  test('without a reason: refused in Persian, nothing changed', async () => {
    const p = await create({ donorId, kind: 'oneOff', amount: 1_000_000, startDate: '2026-11-24' });
    const before = fingerprint(t);
    for (const reason of ['', '   ', 'نه']) {
      const err = await t.fail('pledges.cancel', { id: p.id, reason }, tokens.treasurer);
      expect(err.code).toBe('VALIDATION');
      expect(err.fieldKeys?.reason?.key).toBe('v.reasonRequired');
      expect(err.fields?.reason).toMatch(PERSIAN_LETTERS);
    }
    expect((await t.fail('pledges.cancel', { id: p.id }, tokens.treasurer)).code).toBe('VALIDATION');
    expect((await t.fail('pledges.cancel', { id: randomUUID(), reason: 'علت کافی' }, tokens.treasurer)).key).toBe('pledges.notFound');
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('list', () => {
  test('filters by donor, project and derived status, with totals and paging', async () => {
    const other = await addDonor(t, tokens.treasurer, 'رضا', 'کریمی');
    const housing = insertProject(t, 'مسکن مددجویان محله اسلام‌آباد');
    const make = async (input: PledgeInput) => {
      clock.advance(1000); // distinct created_at: the list is newest first
      return (await create(input)).id;
    };
    const active = await make({ donorId, projectId: housing, kind: 'oneOff', amount: 5_000_000, startDate: '2026-12-20' });
    const overdue = await make({ donorId, kind: 'installments', amount: 6_000_000, startDate: isoOfJalali(1405, 7, 1), installments: 2 });
    const fulfilled = await make({ donorId: other, projectId: housing, kind: 'oneOff', amount: 2_000_000, startDate: '2026-11-01' });
    await t.call('payments.record', { payment: cash(other, 2_000_000, '2026-11-20', { pledgeId: fulfilled }) }, tokens.treasurer);
    const cancelled = await make({ donorId: other, kind: 'monthly', amount: 1_000_000, startDate: '2026-11-24' });
    await t.call('pledges.cancel', { id: cancelled, reason: 'انصراف خیّر' }, tokens.treasurer);

    const ids = async (input: Record<string, unknown>) => {
      const page = await t.call('pledges.list', input, tokens.volunteer);
      return { total: page.total, ids: page.items.map((p) => p.id) };
    };
    expect(await ids({})).toEqual({ total: 4, ids: [cancelled, fulfilled, overdue, active] });
    expect(await ids({ donorId })).toEqual({ total: 2, ids: [overdue, active] });
    expect(await ids({ projectId: housing })).toEqual({ total: 2, ids: [fulfilled, active] });
    expect(await ids({ status: 'active' })).toEqual({ total: 1, ids: [active] });
    expect(await ids({ status: 'overdue' })).toEqual({ total: 1, ids: [overdue] });
    expect(await ids({ status: 'fulfilled' })).toEqual({ total: 1, ids: [fulfilled] });
    expect(await ids({ status: 'cancelled' })).toEqual({ total: 1, ids: [cancelled] });
    expect(await ids({ limit: 2, offset: 1 })).toEqual({ total: 4, ids: [fulfilled, overdue] });
    expect(await ids({ donorId: other, status: 'overdue' })).toEqual({ total: 0, ids: [] });

    const page = await t.call('pledges.list', { projectId: housing }, tokens.volunteer);
    expect(page.items.find((p) => p.id === fulfilled)).toMatchObject({ donorName: 'رضا کریمی', projectName: 'مسکن مددجویان محله اسلام‌آباد', figures: { paid: 2_000_000, status: 'fulfilled' } });
  });
});

describe('refused', () => {
  test.each<[string, Record<string, unknown>, string, string]>([
    ['a zero amount', { amount: 0 }, 'amount', 'v.money.positive'],
    ['a negative amount', { amount: -1_000 }, 'amount', 'v.money.positive'],
    ['a fractional amount', { amount: 10.5 }, 'amount', 'v.money.integer'],
    ['installments without their number', { kind: 'installments', installments: null }, 'installments', 'v.pledge.installmentsRequired'],
    ['a total smaller than its installments', { kind: 'installments', amount: 3, installments: 4 }, 'amount', 'v.pledge.totalTooSmall'],
    ['a bad start date', { startDate: '1405/09/03' }, 'startDate', 'v.date.format'],
    ['a start date a thousand years ago', { startDate: '1025-01-01' }, 'startDate', 'v.date.invalid'],
    ['a month count of zero', { kind: 'monthly', months: 0 }, 'months', 'v.tooSmall'],
  ])('%s: VALIDATION with a Persian message, nothing saved', async (_label, change, field, key) => {
    const before = fingerprint(t);
    const err = await t.fail('pledges.create', { donorId, kind: 'oneOff', amount: 1_000_000, startDate: '2026-11-24', ...change }, tokens.treasurer);
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldKeys?.[field]?.key).toBe(key);
    expect(err.fields?.[field]).toMatch(PERSIAN_LETTERS);
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });

  test('an unknown or archived donor, an unknown or archived project', async () => {
    const archivedDonor = await addDonor(t, tokens.treasurer, 'حسن', 'بایگانی');
    await t.call('donors.archive', { id: archivedDonor }, tokens.treasurer);
    const archivedProject = insertProject(t, 'طرح قدیمی', { archived: true });
    const base = { kind: 'oneOff', amount: 1_000_000, startDate: '2026-11-24' } as const;
    const before = fingerprint(t);
    const cases: [PledgeInput, string, string][] = [
      [{ ...base, donorId: randomUUID() }, 'NOT_FOUND', 'pledges.donorNotFound'],
      [{ ...base, donorId: archivedDonor }, 'CONFLICT', 'pledges.donorArchived'],
      [{ ...base, donorId, projectId: randomUUID() }, 'NOT_FOUND', 'pledges.projectNotFound'],
      [{ ...base, donorId, projectId: archivedProject }, 'NOT_FOUND', 'pledges.projectNotFound'],
    ];
    for (const [input, code, key] of cases) {
      const err = await t.fail('pledges.create', input, tokens.treasurer);
      expect(err).toMatchObject({ code, key });
      expect(err.message).toMatch(PERSIAN_LETTERS);
    }
    expect(fingerprint(t)).toEqual(before);
  });

  test('roles: only treasurer, manager and admin create or cancel; everyone reads', async () => {
    const input: PledgeInput = { donorId, kind: 'oneOff', amount: 1_000_000, startDate: '2026-11-24' };
    const before = fingerprint(t);
    for (const role of ['volunteer', 'caseworker'] as const) {
      expect((await t.fail('pledges.create', input, tokens[role])).code).toBe('FORBIDDEN');
    }
    expect(fingerprint(t)).toEqual(before);
    for (const role of ['treasurer', 'manager', 'admin'] as const) {
      const p = await create(input, role);
      expect(p.figures.status).toBe('active');
      for (const reader of ['volunteer', 'caseworker'] as const) {
        expect((await t.call('pledges.get', { id: p.id }, tokens[reader])).id).toBe(p.id);
        expect((await t.fail('pledges.cancel', { id: p.id, reason: 'علت کافی' }, tokens[reader])).code).toBe('FORBIDDEN');
      }
      expect((await t.call('pledges.cancel', { id: p.id, reason: 'علت کافی' }, tokens[role])).figures.status).toBe('cancelled');
    }
  });
});

test('create is audited with the derived figures, and created_by is the caller', async () => {
  const p = await create({ donorId, kind: 'monthly', amount: 1_000_000, startDate: '2026-11-24', months: 6, notes: 'پرداخت اول هر ماه' });
  const row = t.core.db().prepare('SELECT created_by, origin_centre_id FROM pledges WHERE id = ?').get(p.id) as { created_by: string; origin_centre_id: string };
  expect(row.created_by).toBe(userIdOf(t, 'treasurer1'));
  expect(row.origin_centre_id).toBe(p.originCentreId);
  const audit = await t.call('audit.list', { entity: 'pledge', entityId: p.id }, tokens.admin);
  expect(audit.items).toHaveLength(1);
  expect(audit.items[0]).toMatchObject({ action: 'create', username: 'treasurer1' });
});

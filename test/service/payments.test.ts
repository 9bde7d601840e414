// Payments through the dispatcher on a real SQLite file: every method, receipt numbers (gapless,
// per Jalali fiscal year, never reused after a void), voids, cheque clearing, roles, the
// overpayment confirmation, and refused input that changes nothing.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, PERSIAN_LETTERS, userIdOf } from '../helpers/fixtures.ts';
import { addDonor, cash, insertProject, isoOfJalali, receiptSeqs, signInAll, type PaymentInput } from '../helpers/treasury.ts';

let t: TestCore;
let tokens: Record<Role, string>;
let clock: ReturnType<typeof manualClock>;
let donorId: string;

beforeEach(async () => {
  clock = manualClock('2026-11-24T06:00:00Z'); // 09:30 in Tehran on 1405/09/03
  t = await makeTestCore({ clock });
  tokens = await setUpCentre(t);
  donorId = await addDonor(t, tokens.treasurer, 'مریم', 'نوری');
});
afterEach(() => t.close());

const record = (payment: PaymentInput, role: Role = 'treasurer', confirmOverpayment?: boolean) =>
  t.call('payments.record', confirmOverpayment === undefined ? { payment } : { payment, confirmOverpayment }, tokens[role]);

describe('recording', () => {
  test('cash: receipt number, Jalali year and month stored, audited, created by the caller', async () => {
    const p = await record(cash(donorId, 3_950_000, '2026-11-24', { notes: 'صندوق مسجد' }), 'volunteer');
    expect(p).toMatchObject({
      donorId,
      donorName: 'مریم نوری',
      pledgeId: null,
      projectId: null,
      amount: 3_950_000,
      date: '2026-11-24',
      method: 'cash',
      receiptNo: '1405-000001',
      chequeStatus: null,
      voidedAt: null,
      createdBy: userIdOf(t, 'volunteer1'),
      notes: 'صندوق مسجد',
    });
    const row = t.core.db().prepare('SELECT jy, jm, receipt_fiscal_year, receipt_seq FROM payments WHERE id = ?').get(p.id);
    expect(row).toEqual({ jy: 1405, jm: 9, receipt_fiscal_year: 1405, receipt_seq: 1 });
    const audit = await t.call('audit.list', { entity: 'payment', entityId: p.id }, tokens.admin);
    expect(audit.items.map((a) => [a.action, a.username])).toEqual([['create', 'volunteer1']]);
    expect(await t.call('payments.get', { id: p.id }, tokens.caseworker)).toEqual(p);
  });

  test('every method keeps its own details and drops the others', async () => {
    const card = await record(cash(donorId, 1_000_000, '2026-11-20', { method: 'card', cardLast4: '۶۰۳۷', trackingNo: '123456' }));
    expect(card).toMatchObject({ method: 'card', cardLast4: '6037', trackingNo: '123456' });
    const transfer = await record(cash(donorId, 2_000_000, '2026-11-20', { method: 'transfer', trackingNo: '98-7654-3210', cardLast4: '1111' }));
    expect(transfer).toMatchObject({ method: 'transfer', trackingNo: '9876543210', cardLast4: null });
    const pos = await record(cash(donorId, 3_000_000, '2026-11-20', { method: 'pos' }));
    expect(pos.method).toBe('pos');
    const cheque = await record(
      cash(donorId, 40_000_000, '2026-11-20', { method: 'cheque', chequeNo: '۱۲۳۴۵۶', chequeBank: 'ملی', chequeDueDate: '2027-01-10' }),
    );
    expect(cheque).toMatchObject({ chequeNo: '123456', chequeBank: 'ملی', chequeDueDate: '2027-01-10', chequeStatus: 'pending', chequeStatusDate: null });
    const goods = await record(cash(null, 15_000_000, '2026-11-20', { method: 'inKind', inKindDescription: 'دو دستگاه چرخ خیاطی', chequeNo: '9999' }));
    expect(goods).toMatchObject({ donorId: null, donorName: null, inKindDescription: 'دو دستگاه چرخ خیاطی', chequeNo: null, chequeStatus: null });
    expect([card, transfer, pos, cheque, goods].map((p) => p.receiptNo)).toEqual(['1405-000001', '1405-000002', '1405-000003', '1405-000004', '1405-000005']);
  });

  test('a payment for a pledge takes its project; an explicit project wins; a project without pledge', async () => {
    const housing = insertProject(t, 'مسکن خانوار رحیمی');
    const jobs = insertProject(t, 'اشتغال بانوان سرپرست خانوار', { kind: 'employment' });
    const pledge = await t.call('pledges.create', { donorId, projectId: housing, kind: 'oneOff', amount: 10_000_000, startDate: '2026-11-24' }, tokens.treasurer);
    expect(await record(cash(donorId, 1_000_000, '2026-11-24', { pledgeId: pledge.id }))).toMatchObject({ projectId: housing, projectName: 'مسکن خانوار رحیمی' });
    expect((await record(cash(donorId, 1_000_000, '2026-11-24', { pledgeId: pledge.id, projectId: jobs }))).projectId).toBe(jobs);
    expect((await record(cash(null, 1_000_000, '2026-11-24', { projectId: jobs }))).projectName).toBe('اشتغال بانوان سرپرست خانوار');
  });
});

describe('receipt numbers', () => {
  test('gapless; a voided payment keeps its number and the next one is not reused', async () => {
    const made = [];
    for (let i = 1; i <= 5; i++) made.push(await record(cash(donorId, i * 100_000, '2026-11-24')));
    await t.call('payments.void', { id: made[4]!.id, reason: 'ثبت تکراری' }, tokens.treasurer);
    await t.call('payments.void', { id: made[2]!.id, reason: 'مبلغ اشتباه' }, tokens.manager);
    const next = await record(cash(donorId, 300_000, '2026-11-24'));
    expect(next.receiptNo).toBe('1405-000006');
    expect(receiptSeqs(t, 1405)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await t.call('payments.get', { id: made[4]!.id }, tokens.treasurer)).receiptNo).toBe('1405-000005');
    expect(t.core.db().prepare('SELECT * FROM receipt_counters').all()).toEqual([{ fiscal_year: 1405, last_seq: 6 }]);
  });

  test('the fiscal year is the Jalali year of the payment date: 29 Esfand 1404 and 1 Farvardin 1405', async () => {
    const esfand29 = isoOfJalali(1404, 12, 29); // 2026-03-20
    const farvardin1 = isoOfJalali(1405, 1, 1); // 2026-03-21
    expect([esfand29, farvardin1]).toEqual(['2026-03-20', '2026-03-21']);
    const a = await record(cash(donorId, 1_000_000, esfand29));
    const b = await record(cash(donorId, 1_000_000, esfand29));
    const c = await record(cash(donorId, 1_000_000, farvardin1));
    const d = await record(cash(donorId, 1_000_000, esfand29)); // entered late, still in 1404's book
    const e = await record(cash(donorId, 1_000_000, '2026-11-24'));
    expect([a, b, c, d, e].map((p) => p.receiptNo)).toEqual(['1404-000001', '1404-000002', '1405-000001', '1404-000003', '1405-000002']);
    const rows = t.core.db().prepare('SELECT jy, jm FROM payments WHERE id IN (?, ?)').all(a.id, c.id) as { jy: number; jm: number }[];
    expect(rows.sort((x, y) => x.jy - y.jy)).toEqual([{ jy: 1404, jm: 12 }, { jy: 1405, jm: 1 }]);
  });

  test('a refused payment takes no number', async () => {
    await record(cash(donorId, 1_000_000, '2026-11-24'));
    await t.fail('payments.record', { payment: cash(donorId, 1_000_000, '2026-11-25') }, tokens.treasurer);
    await t.fail('payments.record', { payment: cash(randomUUID(), 1_000_000, '2026-11-24') }, tokens.treasurer);
    expect((await record(cash(donorId, 1_000_000, '2026-11-24'))).receiptNo).toBe('1405-000002');
  });
});

describe('void', () => {
  test('with a reason: audited, excluded from paid and from the list without voided; a second void refused', async () => {
    const pledge = await t.call('pledges.create', { donorId, kind: 'oneOff', amount: 5_000_000, startDate: '2026-11-24' }, tokens.treasurer);
    const p = await record(cash(donorId, 5_000_000, '2026-11-24', { pledgeId: pledge.id }));
    const v = await t.call('payments.void', { id: p.id, reason: '  چک برگشت خورد  ' }, tokens.treasurer);
    expect(v).toMatchObject({ voidedAt: clock.now().toISOString(), voidReason: 'چک برگشت خورد', amount: 5_000_000, receiptNo: p.receiptNo });
    const row = t.core.db().prepare('SELECT voided_by FROM payments WHERE id = ?').get(p.id) as { voided_by: string };
    expect(row.voided_by).toBe(userIdOf(t, 'treasurer1'));
    const audit = await t.call('audit.list', { entity: 'payment', entityId: p.id }, tokens.admin);
    const voidEntry = audit.items.find((a) => a.action === 'void')!;
    expect(voidEntry.before).toMatchObject({ voidedAt: null });
    expect(voidEntry.after).toMatchObject({ voidReason: 'چک برگشت خورد' });

    expect((await t.call('pledges.get', { id: pledge.id }, tokens.treasurer)).figures).toMatchObject({ paid: 0, status: 'active' });
    expect((await t.call('payments.list', { donorId }, tokens.treasurer)).items.map((x) => x.id)).toEqual([p.id]);
    expect(await t.call('payments.list', { donorId, includeVoided: false }, tokens.treasurer)).toEqual({ items: [], total: 0 });

    const before = fingerprint(t);
    expect(await t.fail('payments.void', { id: p.id, reason: 'بار دوم' }, tokens.treasurer)).toMatchObject({ code: 'CONFLICT', key: 'payments.alreadyVoided' });
    expect(fingerprint(t)).toEqual(before);
  });

  test('without a reason: refused in Persian, nothing changed', async () => {
    const p = await record(cash(donorId, 1_000_000, '2026-11-24'));
    const before = fingerprint(t);
    for (const input of [{ id: p.id, reason: '' }, { id: p.id, reason: '  ' }, { id: p.id }]) {
      const err = await t.fail('payments.void', input, tokens.treasurer);
      expect(err.code).toBe('VALIDATION');
      expect(err.fields?.reason).toMatch(PERSIAN_LETTERS);
    }
    expect((await t.fail('payments.void', { id: randomUUID(), reason: 'علت کافی' }, tokens.treasurer)).key).toBe('payments.notFound');
    expect(fingerprint(t)).toEqual(before);
  });

  test('roles: a volunteer records but may not void or clear a cheque; the money roles may', async () => {
    const p = await record(cash(donorId, 1_000_000, '2026-11-24', { method: 'cheque', chequeNo: '445566', chequeBank: 'ملت', chequeDueDate: '2026-12-01' }), 'volunteer');
    const before = fingerprint(t);
    for (const role of ['volunteer', 'caseworker'] as const) {
      expect((await t.fail('payments.void', { id: p.id, reason: 'اشتباه' }, tokens[role])).code).toBe('FORBIDDEN');
      expect((await t.fail('payments.setChequeStatus', { id: p.id, status: 'cleared', date: '2026-11-24' }, tokens[role])).code).toBe('FORBIDDEN');
    }
    expect(fingerprint(t)).toEqual(before);
    for (const role of ['treasurer', 'manager', 'admin'] as const) {
      const q = await record(cash(donorId, 1_000_000, '2026-11-24'), 'volunteer');
      expect((await t.call('payments.void', { id: q.id, reason: 'ثبت اشتباه' }, tokens[role])).voidedAt).not.toBeNull();
    }
  });
});

describe('cheques', () => {
  test('pending, then cleared or bounced with a date; audited; not for other methods or voided cheques', async () => {
    const chq = (no: string) => cash(donorId, 20_000_000, '2026-11-01', { method: 'cheque', chequeNo: no, chequeBank: 'صادرات', chequeDueDate: '2026-11-20' });
    const a = await record(chq('100200'));
    const cleared = await t.call('payments.setChequeStatus', { id: a.id, status: 'cleared', date: '2026-11-22' }, tokens.treasurer);
    expect(cleared).toMatchObject({ chequeStatus: 'cleared', chequeStatusDate: '2026-11-22' });
    const b = await record(chq('100201'));
    expect(await t.call('payments.setChequeStatus', { id: b.id, status: 'bounced', date: '2026-11-21' }, tokens.manager)).toMatchObject({ chequeStatus: 'bounced' });
    const audit = await t.call('audit.list', { entity: 'payment', entityId: b.id }, tokens.admin);
    expect(audit.items.map((x) => x.action).sort()).toEqual(['chequeStatus', 'create']);

    const c = await record(cash(donorId, 1_000_000, '2026-11-24'));
    const d = await record(chq('100202'));
    await t.call('payments.void', { id: d.id, reason: 'چک اشتباه ثبت شد' }, tokens.treasurer);
    const before = fingerprint(t);
    expect(await t.fail('payments.setChequeStatus', { id: c.id, status: 'cleared', date: '2026-11-24' }, tokens.treasurer)).toMatchObject({ code: 'CONFLICT', key: 'payments.notCheque' });
    expect(await t.fail('payments.setChequeStatus', { id: d.id, status: 'cleared', date: '2026-11-24' }, tokens.treasurer)).toMatchObject({ code: 'CONFLICT', key: 'payments.voided' });
    const future = await t.fail('payments.setChequeStatus', { id: b.id, status: 'cleared', date: '2026-11-25' }, tokens.treasurer);
    expect(future.code).toBe('VALIDATION');
    expect(future.fields?.date).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('overpayment', () => {
  test('above the remaining total: refused with both amounts in Persian digits, accepted when confirmed', async () => {
    const pledge = await t.call('pledges.create', { donorId, kind: 'installments', amount: 10_000_000, startDate: '2026-11-24', installments: 2 }, tokens.treasurer);
    await record(cash(donorId, 7_000_000, '2026-11-24', { pledgeId: pledge.id }));
    const before = fingerprint(t);
    const err = await t.fail('payments.record', { payment: cash(donorId, 3_500_000, '2026-11-24', { pledgeId: pledge.id }) }, tokens.treasurer);
    expect(err).toMatchObject({ code: 'CONFLICT', key: 'payments.overpayment', details: { amount: 3_500_000, remaining: 3_000_000 } });
    expect(err.message).toContain('۳٬۵۰۰٬۰۰۰ ریال');
    expect(err.message).toContain('۳٬۰۰۰٬۰۰۰ ریال');
    expect(fingerprint(t)).toEqual(before);
    // exactly the remainder is fine; then anything more needs confirmation
    const ok = await record(cash(donorId, 3_500_000, '2026-11-24', { pledgeId: pledge.id }), 'treasurer', true);
    expect(ok.amount).toBe(3_500_000);
    expect((await t.call('pledges.get', { id: pledge.id }, tokens.treasurer)).figures).toMatchObject({ paid: 10_500_000, status: 'fulfilled' });
    expect((await t.fail('payments.record', { payment: cash(donorId, 1, '2026-11-24', { pledgeId: pledge.id }) }, tokens.treasurer)).details).toEqual({ amount: 1, remaining: 0 });
  });

  test('in tomans when the centre shows tomans; open-ended pledges have no ceiling', async () => {
    await t.call('settings.update', { moneyUnit: 'toman' }, tokens.admin);
    const pledge = await t.call('pledges.create', { donorId, kind: 'oneOff', amount: 2_000_000, startDate: '2026-11-24' }, tokens.treasurer);
    const err = await t.fail('payments.record', { payment: cash(donorId, 2_500_000, '2026-11-24', { pledgeId: pledge.id }) }, tokens.treasurer);
    expect(err.params).toEqual({ amount: '۲۵۰٬۰۰۰ تومان', remaining: '۲۰۰٬۰۰۰ تومان' });
    const open = await t.call('pledges.create', { donorId, kind: 'monthly', amount: 1_000_000, startDate: '2026-11-24' }, tokens.treasurer);
    expect((await record(cash(donorId, 50_000_000, '2026-11-24', { pledgeId: open.id }))).amount).toBe(50_000_000);
  });

  test('exactly the remainder is not an overpayment', async () => {
    const pledge = await t.call('pledges.create', { donorId, kind: 'monthly', amount: 1_000_000, startDate: '2026-11-24', months: 3 }, tokens.treasurer);
    await record(cash(donorId, 3_000_000, '2026-11-24', { pledgeId: pledge.id }));
    expect((await t.call('pledges.get', { id: pledge.id }, tokens.treasurer)).figures.status).toBe('fulfilled');
  });
});

describe('refused input: a Persian message and nothing saved', () => {
  const valid = () => cash(donorId, 1_000_000, '2026-11-24');
  test.each<[string, (p: PaymentInput) => PaymentInput, string, string]>([
    ['a zero amount', (p) => ({ ...p, amount: 0 }), 'payment.amount', 'v.money.positive'],
    ['a negative amount', (p) => ({ ...p, amount: -5_000 }), 'payment.amount', 'v.money.positive'],
    ['a fractional amount', (p) => ({ ...p, amount: 1.5 }), 'payment.amount', 'v.money.integer'],
    ['a date tomorrow', (p) => ({ ...p, date: '2026-11-25' }), 'payment.date', 'v.payment.futureDate'],
    ['a date that does not exist', (p) => ({ ...p, date: '2026-02-30' }), 'payment.date', 'v.date.format'],
    ['a date a thousand years ago', (p) => ({ ...p, date: '1025-01-01' }), 'payment.date', 'v.date.invalid'],
    ['a cheque without its number', (p) => ({ ...p, method: 'cheque', chequeBank: 'ملی', chequeDueDate: '2026-12-01' }), 'payment.chequeNo', 'v.payment.chequeNo'],
    ['a cheque without its bank', (p) => ({ ...p, method: 'cheque', chequeNo: '123456', chequeDueDate: '2026-12-01' }), 'payment.chequeBank', 'v.payment.chequeBank'],
    ['a card payment without the last 4 digits', (p) => ({ ...p, method: 'card' }), 'payment.cardLast4', 'v.payment.cardLast4'],
    ['a card number of 3 digits', (p) => ({ ...p, method: 'card', cardLast4: '123' }), 'payment.cardLast4', 'v.payment.cardLast4'],
    ['a transfer without tracking number', (p) => ({ ...p, method: 'transfer' }), 'payment.trackingNo', 'v.payment.trackingNo'],
    ['goods without a description', (p) => ({ ...p, method: 'inKind' }), 'payment.inKindDescription', 'v.payment.inKindDescription'],
    ['a pledge without its donor', (p) => ({ ...p, donorId: null, pledgeId: randomUUID() }), 'payment.donorId', 'v.payment.pledgeNeedsDonor'],
    ['an unknown method', (p) => ({ ...p, method: 'bitcoin' as never }), 'payment.method', 'v.choice'],
  ])('%s', async (_label, change, field, key) => {
    const before = fingerprint(t);
    const err = await t.fail('payments.record', { payment: change(valid()) }, tokens.volunteer);
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldKeys?.[field]?.key).toBe(key);
    expect(err.fields?.[field]).toMatch(PERSIAN_LETTERS);
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });

  test('a date later today in Tehran but still today is fine; tomorrow in Tehran is not, even if UTC is still today', async () => {
    clock.set('2026-11-24T21:00:00Z'); // 00:30 on 2026-11-25 in Tehran
    tokens = await signInAll(t); // sessions idle out after 12 hours of the clock
    expect((await record(cash(donorId, 1_000_000, '2026-11-25'))).date).toBe('2026-11-25');
    clock.set('2026-11-24T20:00:00Z'); // 23:30 on 2026-11-24 in Tehran
    expect((await t.fail('payments.record', { payment: cash(donorId, 1_000_000, '2026-11-25') }, tokens.treasurer)).fieldKeys?.['payment.date']?.key).toBe(
      'v.payment.futureDate',
    );
  });

  test("another donor's pledge, an unknown pledge, donor or project", async () => {
    const other = await addDonor(t, tokens.treasurer, 'علی', 'رضایی');
    const pledge = await t.call('pledges.create', { donorId: other, kind: 'oneOff', amount: 5_000_000, startDate: '2026-11-24' }, tokens.treasurer);
    const before = fingerprint(t);
    const cases: [PaymentInput, string, string][] = [
      [cash(donorId, 1_000_000, '2026-11-24', { pledgeId: pledge.id }), 'CONFLICT', 'payments.pledgeMismatch'],
      [cash(donorId, 1_000_000, '2026-11-24', { pledgeId: randomUUID() }), 'NOT_FOUND', 'pledges.notFound'],
      [cash(randomUUID(), 1_000_000, '2026-11-24'), 'NOT_FOUND', 'pledges.donorNotFound'],
      [cash(donorId, 1_000_000, '2026-11-24', { projectId: randomUUID() }), 'NOT_FOUND', 'pledges.projectNotFound'],
    ];
    for (const [payment, code, key] of cases) {
      const err = await t.fail('payments.record', { payment }, tokens.treasurer);
      expect(err).toMatchObject({ code, key });
      expect(err.message).toMatch(PERSIAN_LETTERS);
    }
    expect(fingerprint(t)).toEqual(before);
  });
});

test('list: filters by donor, pledge, period and method; newest first; paged', async () => {
  const other = await addDonor(t, tokens.treasurer, 'علی', 'رضایی');
  const pledge = await t.call('pledges.create', { donorId, kind: 'monthly', amount: 1_000_000, startDate: '2026-09-01' }, tokens.treasurer);
  const a = await record(cash(donorId, 1_000_000, '2026-10-01', { pledgeId: pledge.id }));
  const b = await record(cash(other, 2_000_000, '2026-10-15', { method: 'pos' }));
  const c = await record(cash(donorId, 3_000_000, '2026-11-01', { method: 'pos' }));
  const d = await record(cash(donorId, 4_000_000, '2026-10-15'));
  const ids = async (input: Record<string, unknown>) => {
    const page = await t.call('payments.list', input, tokens.volunteer);
    return [page.total, page.items.map((p) => p.id)];
  };
  expect(await ids({})).toEqual([4, [c.id, d.id, b.id, a.id]]);
  expect(await ids({ donorId })).toEqual([3, [c.id, d.id, a.id]]);
  expect(await ids({ pledgeId: pledge.id })).toEqual([1, [a.id]]);
  expect(await ids({ from: '2026-10-15', to: '2026-10-31' })).toEqual([2, [d.id, b.id]]);
  expect(await ids({ method: 'pos' })).toEqual([2, [c.id, b.id]]);
  expect(await ids({ limit: 2, offset: 1 })).toEqual([4, [d.id, b.id]]);
});

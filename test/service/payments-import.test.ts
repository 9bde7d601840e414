// payments.import through the dispatcher on a real SQLite file: a batch takes consecutive
// receipt numbers per fiscal year and one audit row naming them; donors named by national ID,
// legal-entity ID or mobile (any digits); every row gets the checks of payments.record, earlier
// rows of the batch counting against a pledge; a batch with any problem, or a dry run, saves
// nothing; only money roles may import; the contract caps the size of a batch.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import { PAYMENT_IMPORT_BATCH_MAX } from '../../shared/contract/payments.ts';
import { MAX_RIALS } from '../../shared/domain/money.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, independentLegalIdOk, manualClock, nextNationalId, PERSIAN_LETTERS, person, userIdOf } from '../helpers/fixtures.ts';
import { addDonor, cash, insertProject, isoOfJalali, receiptSeqs } from '../helpers/treasury.ts';

type Row = InputOf<'payments.import'>['payments'][number];

let t: TestCore;
let tokens: Record<Role, string>;
let maryam: string;
let maryamNationalId: string;

beforeEach(async () => {
  t = await makeTestCore({ clock: manualClock('2026-11-24T06:00:00Z') }); // 1405/09/03 in Tehran
  tokens = await setUpCentre(t);
  maryamNationalId = nextNationalId();
  maryam = await addDonor(t, tokens.treasurer, 'مریم', 'نوری', { nationalId: maryamNationalId, mobile: '09121234567' });
});
afterEach(() => t.close());

const importRows = (payments: Row[], extra: Omit<InputOf<'payments.import'>, 'payments'> = {}, role: Role = 'treasurer') =>
  t.call('payments.import', { payments, ...extra }, tokens[role]);

/** Every row the check refused, as [index, field, key]. */
const problemsOf = (r: { problems: { index: number; field: string; key: string }[] }) => r.problems.map((p) => [p.index, p.field, p.key]);

/** A valid legal-entity ID (11 digits), its check digit found with the test's own algorithm. */
function legalId(first10: string): string {
  for (let d = 0; d <= 9; d++) if (independentLegalIdOk(first10 + d)) return first10 + d;
  throw new Error('no check digit');
}

const toPersian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

describe('a batch', () => {
  test('is recorded with consecutive receipt numbers after the desk’s, under one audit row that names them', async () => {
    const housing = insertProject(t, 'مسکن خانوار رحیمی');
    const before = await t.call('payments.record', { payment: cash(maryam, 1_000_000, '2026-11-20') }, tokens.volunteer);
    expect(before.receiptNo).toBe('1405-000001');
    const r = await importRows([
      cash(maryam, 2_500_000, '2026-04-10', { notes: 'دفتر صندوق' }),
      { donorRef: maryamNationalId, amount: 3_000_000, date: '2026-05-01', method: 'card', cardLast4: '۶۰۳۷', projectId: housing },
      cash(null, 15_000_000, '2026-06-01', { method: 'inKind', inKindDescription: 'دو کیسه برنج' }),
      cash(maryam, 40_000_000, '2026-07-01', { method: 'cheque', chequeNo: '۱۲۳۴۵۶', chequeBank: 'ملی', chequeDueDate: '2026-08-01' }),
    ]);
    expect(r).toEqual({
      recorded: 4,
      firstReceiptNo: '1405-000002',
      lastReceiptNo: '1405-000005',
      receiptRanges: [{ fiscalYear: 1405, first: '1405-000002', last: '1405-000005', count: 4 }],
      problems: [],
      addedToPledges: {},
    });
    expect(receiptSeqs(t, 1405)).toEqual([1, 2, 3, 4, 5]);

    const list = await t.call('payments.list', { limit: 10 }, tokens.treasurer);
    const byReceipt = new Map(list.items.map((p) => [p.receiptNo, p]));
    expect(byReceipt.get('1405-000003')).toMatchObject({ donorId: maryam, donorName: 'مریم نوری', method: 'card', cardLast4: '6037', projectName: 'مسکن خانوار رحیمی' });
    expect(byReceipt.get('1405-000004')).toMatchObject({ donorId: null, inKindDescription: 'دو کیسه برنج' });
    expect(byReceipt.get('1405-000005')).toMatchObject({ chequeNo: '123456', chequeStatus: 'pending' });

    // one audit row for the batch, by the treasurer: how many, their total, the receipt
    // numbers taken and the dates they span; each payment's own row records who and when
    const audit = await t.call('audit.list', { limit: 50 }, tokens.admin);
    const imports = audit.items.filter((a) => a.action === 'import');
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({
      entity: 'paymentImport',
      username: 'treasurer1',
      after: { payments: 4, totalRials: 60_500_000, receipts: ['1405-000002 - 1405-000005'], firstDate: '2026-04-10', lastDate: '2026-07-01' },
    });
    expect(audit.items.filter((a) => a.entity === 'payment').map((a) => a.action)).toEqual(['create']); // the desk's payment
    for (const no of ['1405-000002', '1405-000003', '1405-000004', '1405-000005']) {
      expect(byReceipt.get(no)).toMatchObject({ createdBy: userIdOf(t, 'treasurer1') });
    }
    const createdAt = t.core.db().prepare('SELECT DISTINCT created_at FROM payments WHERE receipt_seq > 1').pluck().all();
    expect(createdAt).toEqual([imports[0]!.at]);
  });

  test('a pledge’s project is taken as payments.record takes it; a payment against a pledge may name its donor by reference', async () => {
    const housing = insertProject(t, 'مسکن خانوار رحیمی');
    const pledge = await t.call('pledges.create', { donorId: maryam, projectId: housing, kind: 'oneOff', amount: 10_000_000, startDate: '2026-01-01' }, tokens.treasurer);
    const r = await importRows([{ donorRef: '09121234567', pledgeId: pledge.id, amount: 4_000_000, date: '2026-02-01', method: 'cash' }]);
    expect(r.recorded).toBe(1);
    const [p] = (await t.call('payments.list', { pledgeId: pledge.id }, tokens.treasurer)).items;
    expect(p).toMatchObject({ donorId: maryam, pledgeId: pledge.id, projectId: housing, projectName: 'مسکن خانوار رحیمی' });
  });
});

describe('donor references', () => {
  test('by national ID, legal-entity ID, or mobile in Persian digits with spaces; donorId wins over a reference', async () => {
    const ali = await addDonor(t, tokens.treasurer, 'علی', 'کریمی', { nationalId: nextNationalId() });
    const orgLegalId = legalId('1010123456');
    const org = (await t.call('donors.create', { donor: { kind: 'organisation', orgName: 'شرکت فولاد درخشان', nationalId: orgLegalId } }, tokens.treasurer)).id;
    const r = await importRows([
      { donorRef: toPersian(maryamNationalId), amount: 1_000_000, date: '2026-11-01', method: 'cash' },
      { donorRef: '۰۹۱۲ ۱۲۳ ۴۵۶۷', amount: 2_000_000, date: '2026-11-02', method: 'pos' },
      { donorRef: '+98 912-123-4567', amount: 3_000_000, date: '2026-11-03', method: 'pos' },
      { donorRef: orgLegalId, amount: 4_000_000, date: '2026-11-04', method: 'transfer', trackingNo: '123456789' },
      { donorId: ali, donorRef: maryamNationalId, amount: 5_000_000, date: '2026-11-05', method: 'cash' },
    ]);
    expect(r.problems).toEqual([]);
    const items = (await t.call('payments.list', { limit: 10 }, tokens.treasurer)).items.sort((a, b) => a.receiptNo.localeCompare(b.receiptNo));
    expect(items.map((p) => p.donorId)).toEqual([maryam, maryam, maryam, org, ali]);
  });

  test('an unknown reference and one that names two donors are problems of their rows; nothing is saved', async () => {
    const shared = await t.call('donors.create', { donor: person('زهرا', 'نوری', { mobile: '09121234567' }), acceptSharedMobileWith: [maryam] }, tokens.treasurer);
    expect(shared.mobile).toBe('09121234567');
    const before = fingerprint(t);
    const r = await importRows([
      { donorRef: maryamNationalId, amount: 1_000_000, date: '2026-11-01', method: 'cash' },
      { donorRef: '0012345679', amount: 1_000_000, date: '2026-11-01', method: 'cash' },
      { donorRef: '۰۹۱۲۱۲۳۴۵۶۷', amount: 1_000_000, date: '2026-11-01', method: 'cash' },
    ]);
    expect(r).toMatchObject({ recorded: 0, firstReceiptNo: null, lastReceiptNo: null, receiptRanges: [] });
    expect(r.problems).toEqual([
      { index: 1, field: 'donorRef', key: 'payments.import.donorNotFound', params: { ref: '0012345679' } },
      { index: 2, field: 'donorRef', key: 'payments.import.donorAmbiguous', params: { ref: '۰۹۱۲۱۲۳۴۵۶۷', count: 2 } },
    ]);
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('project references', () => {
  test('by name, whatever the ی/ي, half-spaces or spacing; empty is the general fund; projectId wins over a name', async () => {
    const housing = insertProject(t, 'مسکن خانوار رحیمی');
    const school = insertProject(t, 'لوازم‌التحریر دانش‌آموزان');
    const r = await importRows([
      { ...cash(maryam, 1_000_000, '2026-11-01'), projectRef: 'مسکن خانوار رحيمي' }, // Arabic yeh, as some keyboards type it
      { ...cash(maryam, 2_000_000, '2026-11-02'), projectRef: '  مسکن‌خانوار   رحیمی ' },
      { ...cash(maryam, 3_000_000, '2026-11-03'), projectRef: 'لوازم التحریر دانش آموزان' },
      { ...cash(maryam, 4_000_000, '2026-11-04'), projectRef: '' },
      { ...cash(maryam, 5_000_000, '2026-11-05', { projectId: school }), projectRef: 'مسکن خانوار رحیمی' },
    ]);
    expect(r.problems).toEqual([]);
    const items = (await t.call('payments.list', { limit: 10 }, tokens.treasurer)).items.sort((a, b) => a.amount - b.amount);
    expect(items.map((p) => p.projectId)).toEqual([housing, housing, school, null, school]);
    expect(items[0]!.projectName).toBe('مسکن خانوار رحیمی');
  });

  test('an unknown name, an archived project’s and one two active projects share are problems of their rows; nothing is saved', async () => {
    insertProject(t, 'طرح بسته‌شده', { archived: true });
    insertProject(t, 'کمک هزینهٔ درمان');
    insertProject(t, 'کمک هزینه درمان');
    const before = fingerprint(t);
    const r = await importRows([
      { ...cash(maryam, 1_000_000, '2026-11-01'), projectRef: 'طرحی که نیست' },
      { ...cash(maryam, 1_000_000, '2026-11-01'), projectRef: 'طرح بسته‌شده' },
      { ...cash(maryam, 1_000_000, '2026-11-01'), projectRef: 'کمک هزینه درمان' },
    ]);
    expect(r.problems).toEqual([
      { index: 0, field: 'projectRef', key: 'payments.import.projectNotFound', params: { ref: 'طرحی که نیست' } },
      { index: 1, field: 'projectRef', key: 'payments.import.projectNotFound', params: { ref: 'طرح بسته‌شده' } },
      { index: 2, field: 'projectRef', key: 'payments.import.projectAmbiguous', params: { ref: 'کمک هزینه درمان', count: 2 } },
    ]);
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('all or nothing', () => {
  test('every bad row among good ones is listed with its field; nothing is saved, the receipt counter and the audit are untouched', async () => {
    await t.call('payments.record', { payment: cash(maryam, 1_000_000, '2026-11-20') }, tokens.treasurer);
    const archived = insertProject(t, 'طرح بسته‌شده', { archived: true });
    const other = await addDonor(t, tokens.treasurer, 'علی', 'کریمی');
    const othersPledge = await t.call('pledges.create', { donorId: other, kind: 'oneOff', amount: 5_000_000, startDate: '2026-01-01' }, tokens.treasurer);
    const cancelled = await t.call('pledges.create', { donorId: maryam, kind: 'oneOff', amount: 5_000_000, startDate: '2026-01-01' }, tokens.treasurer);
    await t.call('pledges.cancel', { id: cancelled.id, reason: 'انصراف خیّر' }, tokens.treasurer);
    const before = fingerprint(t);
    const r = await importRows([
      cash(maryam, 1_000_000, '2026-11-01'),
      cash(maryam, 1_000_000, '2026-11-25'), // tomorrow
      cash(maryam, 1_000_000, '2026-11-02'),
      cash(randomUUID(), 1_000_000, '2026-11-02'),
      cash(null, 1_000_000, '2026-11-02', { projectId: archived }),
      cash(maryam, 1_000_000, '2026-11-02', { pledgeId: othersPledge.id }),
      cash(maryam, 1_000_000, '2026-11-02', { pledgeId: cancelled.id }),
      cash(maryam, 1_000_000, '2026-11-02', { pledgeId: randomUUID() }),
      cash(maryam, 1_000_000, '1700-01-01'),
      cash(maryam, 1_000_000, '2026-11-02', { method: 'cheque', chequeNo: '123456', chequeBank: 'ملت', chequeDueDate: '2999-01-01' }),
      cash(maryam, 1_000_000, '2030-01-01', { projectId: randomUUID() }), // two problems in one row
    ]);
    expect(r.recorded).toBe(0);
    expect(problemsOf(r)).toEqual([
      [1, 'payment.date', 'v.payment.futureDate'],
      [3, 'payment.donorId', 'pledges.donorNotFound'],
      [4, 'payment.projectId', 'pledges.projectNotFound'],
      [5, 'payment.pledgeId', 'payments.pledgeMismatch'],
      [6, 'payment.pledgeId', 'payments.pledgeCancelled'],
      [7, 'payment.pledgeId', 'pledges.notFound'],
      [8, 'payment.date', 'v.date.invalid'],
      [9, 'payment.chequeDueDate', 'v.date.invalid'],
      [10, 'payment.date', 'v.payment.futureDate'],
      [10, 'payment.projectId', 'pledges.projectNotFound'],
    ]);
    expect(fingerprint(t)).toEqual(before);
    // the next payment takes the next number: nothing was taken by the refused batch
    expect((await t.call('payments.record', { payment: cash(maryam, 1_000_000, '2026-11-21') }, tokens.treasurer)).receiptNo).toBe('1405-000002');
  });

  test('payments.record refuses the same rows with the same errors (one check for both paths)', async () => {
    const tomorrow = await t.fail('payments.record', { payment: cash(maryam, 1_000_000, '2026-11-25') }, tokens.treasurer);
    expect(tomorrow).toMatchObject({ code: 'VALIDATION', fieldKeys: { 'payment.date': { key: 'v.payment.futureDate' } } });
    const unknown = await t.fail('payments.record', { payment: cash(randomUUID(), 1_000_000, '2026-11-01') }, tokens.treasurer);
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', key: 'pledges.donorNotFound', fieldKeys: { 'payment.donorId': { key: 'pledges.donorNotFound' } } });
  });

  test('a row the contract refuses refuses the call, with the row in the field path', async () => {
    const before = fingerprint(t);
    const err = await t.fail('payments.import', { payments: [cash(maryam, 1_000_000, '2026-11-01'), cash(maryam, 1_000_000, '2026-11-01', { method: 'card' })] }, tokens.treasurer);
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldKeys).toEqual({ 'payments.1.cardLast4': { key: 'v.payment.cardLast4' } });
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });

  test('a dry run saves nothing and reports what the real run would', async () => {
    const before = fingerprint(t);
    const good = await importRows([cash(maryam, 1_000_000, '2026-11-01'), { donorRef: maryamNationalId, amount: 2_000_000, date: '2026-11-02', method: 'pos' }], { dryRun: true });
    expect(good).toEqual({ recorded: 0, firstReceiptNo: null, lastReceiptNo: null, receiptRanges: [], problems: [], addedToPledges: {} });
    const bad = await importRows([cash(maryam, 1_000_000, '2026-11-01'), cash(maryam, 1_000_000, '2026-12-01')], { dryRun: true });
    expect(problemsOf(bad)).toEqual([[1, 'payment.date', 'v.payment.futureDate']]);
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('overpayment', () => {
  test('two rows against one pledge are checked together: refused unless confirmed', async () => {
    await t.call('settings.update', { moneyUnit: 'toman' }, tokens.admin);
    const pledge = await t.call('pledges.create', { donorId: maryam, kind: 'oneOff', amount: 10_000_000, startDate: '2026-04-01' }, tokens.treasurer);
    await t.call('payments.record', { payment: cash(maryam, 2_000_000, '2026-05-01', { pledgeId: pledge.id }) }, tokens.treasurer);
    const rows = [
      cash(maryam, 5_000_000, '2026-06-01', { pledgeId: pledge.id }),
      cash(maryam, 1_000_000, '2026-06-02'),
      cash(maryam, 5_000_000, '2026-07-01', { pledgeId: pledge.id }),
    ];
    const before = fingerprint(t);
    const refused = await importRows(rows);
    expect(refused.recorded).toBe(0);
    expect(refused.problems).toEqual([
      { index: 2, field: 'payment.amount', key: 'payments.overpayment', params: { amount: expect.stringMatching(/^۵۰۰٬۰۰۰ تومان$/), remaining: expect.stringMatching(/^۳۰۰٬۰۰۰ تومان$/) } },
    ]);
    expect(fingerprint(t)).toEqual(before);
    const confirmed = await importRows(rows, { confirmOverpayment: true });
    expect(confirmed).toMatchObject({ recorded: 3, firstReceiptNo: '1405-000002', lastReceiptNo: '1405-000004' });
    const figures = await t.call('pledges.get', { id: pledge.id }, tokens.treasurer);
    expect(figures.figures.paid).toBe(12_000_000);
  });

  test('a file checked in batches counts the earlier batches’ rows on a pledge (dry run)', async () => {
    const pledge = await t.call('pledges.create', { donorId: maryam, kind: 'oneOff', amount: 10_000_000, startDate: '2026-04-01' }, tokens.treasurer);
    const first = await importRows([cash(maryam, 6_000_000, '2026-06-01', { pledgeId: pledge.id }), cash(maryam, 1_000_000, '2026-06-02')], { dryRun: true });
    expect(first).toMatchObject({ recorded: 0, problems: [], addedToPledges: { [pledge.id]: 6_000_000 } });
    const second = [cash(maryam, 6_000_000, '2026-07-01', { pledgeId: pledge.id })];
    // on its own the second batch fits the pledge; after the first it does not
    expect((await importRows(second, { dryRun: true })).problems).toEqual([]);
    const checked = await importRows(second, { dryRun: true, pendingOnPledges: first.addedToPledges });
    expect(checked.problems).toEqual([
      { index: 0, field: 'payment.amount', key: 'payments.overpayment', params: { amount: expect.stringMatching(/^۶٬۰۰۰٬۰۰۰ ریال$/), remaining: expect.stringMatching(/^۴٬۰۰۰٬۰۰۰ ریال$/) } },
    ]);
    expect(checked.addedToPledges).toEqual({ [pledge.id]: 6_000_000 });
    // nothing was recorded by the dry runs
    expect((await t.call('pledges.get', { id: pledge.id }, tokens.treasurer)).figures.paid).toBe(0);
  });
});

describe('fiscal years', () => {
  test('a batch across 1 Farvardin numbers each year on its own, in row order', async () => {
    const esfand = isoOfJalali(1404, 12, 29);
    const farvardin = isoOfJalali(1405, 1, 1);
    await t.call('payments.record', { payment: cash(maryam, 1_000_000, isoOfJalali(1404, 12, 1)) }, tokens.treasurer);
    await t.call('payments.record', { payment: cash(maryam, 1_000_000, isoOfJalali(1405, 2, 1)) }, tokens.treasurer);
    await t.call('payments.record', { payment: cash(maryam, 1_000_000, isoOfJalali(1405, 2, 2)) }, tokens.treasurer);
    const r = await importRows([cash(maryam, 1_000_001, esfand), cash(maryam, 1_000_002, farvardin), cash(maryam, 1_000_003, esfand), cash(maryam, 1_000_004, farvardin)]);
    expect(r).toMatchObject({
      recorded: 4,
      firstReceiptNo: '1404-000002',
      lastReceiptNo: '1405-000004',
      receiptRanges: [
        { fiscalYear: 1404, first: '1404-000002', last: '1404-000003', count: 2 },
        { fiscalYear: 1405, first: '1405-000003', last: '1405-000004', count: 2 },
      ],
    });
    const numbers = t.core.db().prepare("SELECT amount, receipt_fiscal_year || '-' || receipt_seq AS no FROM payments WHERE amount > 1000000 ORDER BY amount").all();
    expect(numbers).toEqual([
      { amount: 1_000_001, no: '1404-2' },
      { amount: 1_000_002, no: '1405-3' },
      { amount: 1_000_003, no: '1404-3' },
      { amount: 1_000_004, no: '1405-4' },
    ]);
    expect(receiptSeqs(t, 1404)).toEqual([1, 2, 3]);
    expect(receiptSeqs(t, 1405)).toEqual([1, 2, 3, 4]);

    // first and last are the first and last rows' numbers, whatever order the years come in;
    // the audit row names each year's block
    const back = await importRows([cash(maryam, 2_000_000, farvardin), cash(maryam, 3_000_000, esfand)]);
    expect(back).toMatchObject({ firstReceiptNo: '1405-000005', lastReceiptNo: '1404-000004' });
    const audit = await t.call('audit.list', { entity: 'paymentImport', limit: 1 }, tokens.admin);
    expect(audit.items[0]!.after).toEqual({
      payments: 2,
      totalRials: 5_000_000,
      receipts: ['1405-000005 - 1405-000005', '1404-000004 - 1404-000004'],
      firstDate: esfand,
      lastDate: farvardin,
    });
  });
});

describe('the audit row', () => {
  test('keeps a batch’s total exact past 2^53 rials (as digits)', async () => {
    const r = await importRows(Array.from({ length: 10 }, () => cash(maryam, MAX_RIALS, '2026-10-01')));
    expect(r.recorded).toBe(10);
    const [entry] = (await t.call('audit.list', { entity: 'paymentImport', limit: 1 }, tokens.admin)).items;
    expect((entry!.after as { totalRials: unknown }).totalRials).toBe('10000000000000000');
  });
});

describe('access and size', () => {
  test.each(['volunteer', 'caseworker'] as const)('%s may not import: FORBIDDEN, nothing changed', async (role) => {
    const before = fingerprint(t);
    const err = await t.fail('payments.import', { payments: [cash(maryam, 1_000_000, '2026-11-01')] }, tokens[role]);
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);
  });

  test(`a batch of ${PAYMENT_IMPORT_BATCH_MAX} is taken; one more row is refused by the contract; an empty one too`, async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => cash(i % 2 ? maryam : null, 10_000 * (i + 1), '2026-10-01'));
    const before = fingerprint(t);
    for (const payments of [rows(PAYMENT_IMPORT_BATCH_MAX + 1), []]) {
      const err = await t.fail('payments.import', { payments }, tokens.manager);
      expect(err.code).toBe('VALIDATION');
    }
    expect(fingerprint(t)).toEqual(before);
    const r = await importRows(rows(PAYMENT_IMPORT_BATCH_MAX), {}, 'manager');
    expect(r).toMatchObject({ recorded: PAYMENT_IMPORT_BATCH_MAX, firstReceiptNo: '1405-000001', lastReceiptNo: `1405-${String(PAYMENT_IMPORT_BATCH_MAX).padStart(6, '0')}` });
    expect(receiptSeqs(t, 1405)).toEqual(Array.from({ length: PAYMENT_IMPORT_BATCH_MAX }, (_, i) => i + 1));
    // imported ids are time-ordered UUIDs (version 7): in receipt order, and sorted
    const ids = t.core.db().prepare('SELECT id FROM payments ORDER BY receipt_seq').pluck().all() as string[];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect((await t.call('audit.list', { entity: 'paymentImport', limit: 1 }, tokens.admin)).items.map((a) => a.after)).toEqual([
      expect.objectContaining({ payments: PAYMENT_IMPORT_BATCH_MAX, receipts: [`1405-000001 - 1405-${String(PAYMENT_IMPORT_BATCH_MAX).padStart(6, '0')}`] }),
    ]);
    expect((await t.call('audit.list', { entity: 'payment', limit: 1 }, tokens.admin)).total).toBe(0);
  });
});

// The treasurer's reports through the contract, on a centre whose pledges and payments were
// entered through the public channels: each report as PDF (read back with pdftotext, rendered
// to PNG in test/artifacts/), XLSX (read back with exceljs) and CSV (parsed by an RFC 4180
// parser), all through test/helpers/reportFiles.ts. Every total is
// checked against sums this file computes from the payments it recorded.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, OutputOf, Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { manualClock } from '../helpers/fixtures.ts';
import { ARTIFACTS, col, csvTable, fa, n, readCsv, readPdf, readXlsx, sheetTable } from '../helpers/reportFiles.ts';
import { addDonor, insertProject, isoOfJalali, type PaymentInput } from '../helpers/treasury.ts';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';

// ---- reading the files back (test/helpers/reportFiles.ts) ----------------------------------

let scratch: string;

function pdfText(file: OutputOf<'reports.dailyCash'>, artifact: string): { text: string; pages: number } {
  const { text, pages } = readPdf(file, scratch, artifact);
  return { text, pages };
}

// ---- the centre's books --------------------------------------------------------------------

const J = (m: number, d: number) => isoOfJalali(1405, m, d);
const TODAY = J(9, 3); // the clock below: 24 Nov 2026, 11:30 in Tehran

let t: TestCore;
let tokens: Record<Role, string>;
let printer: ChromiumPrinter;

interface Recorded {
  id: string;
  donor: 'A' | 'B' | 'C' | null;
  amount: number;
  date: string;
  method: PaymentInput['method'];
  project: 'P' | 'Q' | null;
  voided: boolean;
  receiptNo: string;
}
const recorded: Recorded[] = [];
const donors: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
const pledges: Record<'A1' | 'A2' | 'B1', string> = { A1: '', A2: '', B1: '' };

async function pay(
  donor: Recorded['donor'],
  amount: number,
  date: string,
  method: PaymentInput['method'],
  extra: Partial<PaymentInput> & { project?: 'P' | 'Q' | null } = {},
  token = tokens.volunteer,
): Promise<Recorded> {
  const { project = null, ...fields } = extra;
  const p = await t.call(
    'payments.record',
    { payment: { donorId: donor ? donors[donor] : null, amount, date, method, ...fields } },
    token,
  );
  const r: Recorded = { id: p.id, donor, amount, date, method, project, voided: false, receiptNo: p.receiptNo };
  recorded.push(r);
  return r;
}

async function voidIt(r: Recorded, reason: string): Promise<void> {
  await t.call('payments.void', { id: r.id, reason }, tokens.treasurer);
  r.voided = true;
}

const valid = () => recorded.filter((r) => !r.voided);
const sum = (rs: Recorded[]) => rs.reduce((s, r) => s + r.amount, 0);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'hamyar-reports-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  printer = createChromiumPrinter();
  t = await makeTestCore({ clock: manualClock('2026-11-24T08:00:00Z'), printer });
  tokens = await setUpCentre(t);
  const tr = tokens.treasurer;
  donors.A = await addDonor(t, tr, 'علی', 'کریمی', { mobile: '09121234567' });
  donors.B = await addDonor(t, tr, 'زهرا', 'رضایی', { mobile: '09351112233' });
  donors.C = await addDonor(t, tr, 'حسن', 'موسوی');
  const P = insertProject(t, 'مسکن مددجویان زنجان');
  const Q = insertProject(t, 'کارگاه خیاطی', { kind: 'employment' });
  const pledge = async (input: InputOf<'pledges.create'>) => (await t.call('pledges.create', input, tr)).id;
  pledges.A1 = await pledge({ donorId: donors.A, projectId: P, kind: 'monthly', amount: 5_000_000, startDate: J(6, 1), months: 12 });
  pledges.A2 = await pledge({ donorId: donors.A, kind: 'oneOff', amount: 10_000_000, startDate: J(8, 10) });
  pledges.B1 = await pledge({ donorId: donors.B, projectId: Q, kind: 'installments', amount: 30_000_000, startDate: J(7, 15), installments: 3 });

  await pay('A', 5_000_000, J(6, 1), 'cash', { pledgeId: pledges.A1, project: 'P' });
  await pay('A', 5_000_000, J(7, 1), 'card', { pledgeId: pledges.A1, cardLast4: '1234', project: 'P' });
  const duplicate = await pay('A', 2_000_000, J(8, 2), 'transfer', { pledgeId: pledges.A1, trackingNo: '55667788', project: 'P' });
  await pay('B', 10_000_000, J(7, 15), 'cheque', {
    pledgeId: pledges.B1,
    chequeNo: '445566',
    chequeBank: 'ملی',
    chequeDueDate: J(7, 30),
    project: 'Q',
  });
  await pay(null, 750_000, TODAY, 'cash');
  await pay('A', 3_000_000, TODAY, 'pos', { pledgeId: pledges.A2, trackingNo: '112233' });
  await pay('B', 1_250_000, TODAY, 'card', { projectId: Q, cardLast4: '9876', project: 'Q' });
  await pay('C', 500_000, TODAY, 'inKind', { inKindDescription: 'ده تخته پتو، نو' });
  const mistake = await pay('A', 1_000_000, TODAY, 'cash');
  await voidIt(duplicate, 'واریز تکراری ثبت شده بود');
  await voidIt(mistake, 'مبلغ اشتباه');
}, 60_000);

afterAll(async () => {
  t.close();
  await printer.close();
  rmSync(scratch, { recursive: true, force: true });
});

// ---- the reports ---------------------------------------------------------------------------

describe('reports.donorStatement', () => {
  const input = () => ({ donorId: donors.A, from: J(6, 1), to: TODAY });
  const mine = () => recorded.filter((r) => r.donor === 'A' && r.date >= J(6, 1) && r.date <= TODAY);

  test('PDF: the donor, every payment with its receipt number, voids listed but not totalled', async () => {
    const file = await t.call('reports.donorStatement', { ...input(), format: 'pdf' }, tokens.treasurer);
    expect(file.fileName).toBe('donor-statement-1405-06-01-1405-09-03.pdf');
    const { text } = pdfText(file, 'print-report-donor-statement');
    expect(text).toContain(n('صورت‌حساب خیّر'));
    expect(text).toContain(n('علی کریمی'));
    expect(text).toContain(n('۰۹۱۲۱۲۳۴۵۶۷'));
    expect(text).toContain(n('۱۴۰۵/۰۶/۰۱'));
    for (const r of mine()) expect(text).toContain(n(r.receiptNo.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.charAt(Number(d)))));
    expect(text).toContain(n('باطل'));
    expect(text).toContain(n(fa(sum(mine().filter((r) => !r.voided))))); // 13,000,000: the voided 3,000,000 left out
    expect(sum(mine().filter((r) => !r.voided))).toBe(13_000_000);
    expect(text).toContain(n('تعهدها'));
    expect(text).toContain(n('ماهانه'));
    expect(text).toContain(n('معوق'));
    expect(text).toContain(n('صفحه ۱ از ۱'));
  });

  test('XLSX: right to left, Persian sheet name, money as numbers, Jalali and ISO dates, totals', async () => {
    const file = await t.call('reports.donorStatement', { ...input(), format: 'xlsx' }, tokens.treasurer);
    const ws = await readXlsx(file);
    expect(ws.name).toBe('صورت‌حساب خیّر');
    const payments = sheetTable(ws, 'تاریخ', /^جمع/);
    const amount = col(payments.headers, 'مبلغ (ریال)');
    const iso = col(payments.headers, 'تاریخ (میلادی)');
    expect(payments.rows).toHaveLength(mine().length);
    expect(payments.rows.map((r) => r[iso])).toEqual(mine().map((r) => r.date).sort());
    expect(payments.rows[0]![0]).toBe('۱۴۰۵/۰۶/۰۱');
    for (const r of payments.rows) expect(typeof r[amount]).toBe('number');
    expect(payments.numFmts[amount]).toBe('#,##0');
    const status = col(payments.headers, 'وضعیت');
    expect(payments.rows.filter((r) => r[status] === 'باطل')).toHaveLength(mine().filter((r) => r.voided).length);
    expect(payments.totals?.[amount]).toBe(sum(mine().filter((r) => !r.voided)));

    const pledgeTable = sheetTable(ws, 'نوع تعهد', /^جمع/);
    expect(pledgeTable.rows).toHaveLength(2);
    const paid = col(pledgeTable.headers, 'پرداخت‌شده (ریال)');
    const overdue = col(pledgeTable.headers, 'معوق (ریال)');
    // A1: 5,000,000 a month from 1405/06/01; four months due by 09/03, 10,000,000 paid (the
    // 2,000,000 transfer was voided). A2: 10,000,000 on 08/10, 3,000,000 paid.
    expect(pledgeTable.rows.map((r) => [r[paid], r[overdue]])).toEqual([
      [10_000_000, 10_000_000],
      [3_000_000, 7_000_000],
    ]);
  });

  test('CSV: BOM, RFC 4180, Jalali and ISO dates, plain integer money, the same totals', async () => {
    const file = await t.call('reports.donorStatement', { ...input(), format: 'csv' }, tokens.treasurer);
    const lines = readCsv(file);
    const table = csvTable(lines, 'تاریخ', /^جمع/);
    const amount = col(table.headers, 'مبلغ (ریال)');
    expect(table.rows).toHaveLength(mine().length);
    for (const r of table.rows) expect(r[amount]).toMatch(/^\d+$/);
    expect(table.rows[0]![0]).toBe('1405/06/01');
    expect(table.rows[0]![1]).toBe(J(6, 1));
    expect(Number(table.totals?.[amount])).toBe(sum(mine().filter((r) => !r.voided)));
    // the in-sheet sum of the valid rows agrees with the totals line
    const status = col(table.headers, 'وضعیت');
    expect(table.rows.filter((r) => r[status] !== 'باطل').reduce((s, r) => s + Number(r[amount]), 0)).toBe(Number(table.totals?.[amount]));
  });

  test('unknown donor, bad period, wrong role', async () => {
    expect((await t.fail('reports.donorStatement', { ...input(), donorId: '00000000-0000-4000-8000-000000000000', format: 'pdf' }, tokens.treasurer)).code).toBe(
      'NOT_FOUND',
    );
    const bad = await t.fail('reports.donorStatement', { ...input(), from: TODAY, to: J(6, 1), format: 'csv' }, tokens.treasurer);
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fieldKeys?.to?.key).toBe('v.period.order');
    expect((await t.fail('reports.donorStatement', { ...input(), format: 'csv' }, tokens.volunteer)).code).toBe('FORBIDDEN');
    expect((await t.fail('reports.donorStatement', { ...input(), format: 'csv' }, tokens.caseworker)).code).toBe('FORBIDDEN');
  });
});

describe('reports.overduePledges', () => {
  // Worked out by hand from the pledges above, as of 1405/09/03:
  //  A1 monthly 5,000,000 from 06/01: 06/01, 07/01, 08/01, 09/01 due = 20,000,000; paid 10,000,000;
  //     the oldest unpaid instalment is 08/01.
  //  A2 one-off 10,000,000 on 08/10: paid 3,000,000, 7,000,000 late since 08/10.
  //  B1 30,000,000 in three parts from 07/15: 07/15 and 08/15 due, 10,000,000 paid; late since 08/15.
  const days = (from: string) => Math.round((Date.parse(TODAY) - Date.parse(from)) / 86_400_000);
  const expected = () => [
    { donor: 'علی کریمی', overdue: 10_000_000, oldest: J(8, 1), days: days(J(8, 1)) },
    { donor: 'علی کریمی', overdue: 7_000_000, oldest: J(8, 10), days: days(J(8, 10)) },
    { donor: 'زهرا رضایی', overdue: 10_000_000, oldest: J(8, 15), days: days(J(8, 15)) },
  ];

  test('XLSX: one row per late pledge, longest overdue first, total', async () => {
    expect(expected().map((e) => e.days)).toEqual([32, 23, 18]);
    const ws = await readXlsx(await t.call('reports.overduePledges', { format: 'xlsx' }, tokens.treasurer));
    expect(ws.name).toBe('تعهدهای معوق');
    const table = sheetTable(ws, 'خیّر', /^جمع/);
    const [overdue, daysCol, oldest, mobile] = ['مبلغ معوق (ریال)', 'روز تأخیر', 'قدیمی‌ترین سررسید پرداخت‌نشده (میلادی)', 'تلفن همراه'].map((h) =>
      col(table.headers, h),
    ) as [number, number, number, number];
    expect(table.rows.map((r) => ({ donor: r[0], overdue: r[overdue], oldest: r[oldest], days: r[daysCol] }))).toEqual(expected());
    expect(table.rows[0]![mobile]).toBe('09121234567');
    expect(table.totals?.[overdue]).toBe(27_000_000);
  });

  test('PDF and CSV agree; an earlier date sees less overdue', async () => {
    const { text } = pdfText(await t.call('reports.overduePledges', { format: 'pdf' }, tokens.treasurer), 'print-report-overdue');
    expect(text).toContain(n('تعهدهای معوق'));
    expect(text).toContain(n('زهرا رضایی'));
    expect(text).toContain(n(fa(27_000_000)));
    expect(text).toContain(n('۳۲'));
    const csv = csvTable(readCsv(await t.call('reports.overduePledges', { format: 'csv' }, tokens.manager)), 'خیّر', /^جمع/);
    expect(Number(csv.totals?.[col(csv.headers, 'مبلغ معوق (ریال)')])).toBe(27_000_000);

    // On 1405/08/05 only A1's 08/01 instalment was late (07/01 and 06/01 were paid), B1's 07/15
    // part was paid by cheque, A2 was not due yet.
    const earlier = await t.call('reports.overduePledges', { asOf: J(8, 5), format: 'csv' }, tokens.treasurer);
    expect(earlier.fileName).toBe('overdue-pledges-1405-08-05.csv');
    const e = csvTable(readCsv(earlier), 'خیّر', /^جمع/);
    expect(e.rows).toHaveLength(1);
    expect(Number(e.rows[0]![col(e.headers, 'مبلغ معوق (ریال)')])).toBe(5_000_000);
    expect(Number(e.rows[0]![col(e.headers, 'روز تأخیر')])).toBe(4);
  });
});

describe('reports.collections', () => {
  const period = () => ({ from: J(6, 1), to: J(9, 30) });

  test('by month: every Jalali month of the period, voids left out, totals', async () => {
    const ws = await readXlsx(await t.call('reports.collections', { ...period(), groupBy: 'month', format: 'xlsx' }, tokens.treasurer));
    expect(ws.name).toBe('دریافتی‌ها');
    const table = sheetTable(ws, 'سال', /^جمع/);
    const amount = col(table.headers, 'مبلغ (ریال)');
    const count = col(table.headers, 'تعداد');
    const byMonth = (m: number) => valid().filter((r) => r.date >= J(m, 1) && r.date <= J(m, m <= 6 ? 31 : 30));
    expect(table.rows.map((r) => [r[0], r[1], r[count], r[amount]])).toEqual(
      [6, 7, 8, 9].map((m) => [1405, ['شهریور', 'مهر', 'آبان', 'آذر'][m - 6], byMonth(m).length, sum(byMonth(m))]),
    );
    expect(table.totals?.[amount]).toBe(sum(valid()));
    expect(table.totals?.[count]).toBe(valid().length);
    expect(sum(valid())).toBe(25_500_000);
  });

  test('by project and by method, in CSV and PDF', async () => {
    const byProject = csvTable(
      readCsv(await t.call('reports.collections', { ...period(), groupBy: 'project', format: 'csv' }, tokens.treasurer)),
      'طرح',
      /^جمع/,
    );
    const amount = col(byProject.headers, 'مبلغ (ریال)');
    const names: Record<string, Recorded['project']> = { 'مسکن مددجویان زنجان': 'P', 'کارگاه خیاطی': 'Q', 'صندوق عمومی': null };
    expect(byProject.rows).toHaveLength(3);
    for (const r of byProject.rows) expect(Number(r[amount])).toBe(sum(valid().filter((v) => v.project === names[r[0]!])));
    expect(Number(byProject.totals?.[amount])).toBe(sum(valid()));

    const byMethodFile = await t.call('reports.collections', { ...period(), groupBy: 'method', format: 'xlsx' }, tokens.treasurer);
    expect(byMethodFile.fileName).toBe('collections-by-method-1405-06-01-1405-09-30.xlsx');
    const byMethod = sheetTable(await readXlsx(byMethodFile), 'روش پرداخت', /^جمع/);
    const labels: Record<string, Recorded['method']> = {
      نقدی: 'cash',
      'کارت به کارت': 'card',
      'واریز به حساب (شبا)': 'transfer',
      کارتخوان: 'pos',
      چک: 'cheque',
      'غیرنقدی (کالا)': 'inKind',
    };
    const m = col(byMethod.headers, 'مبلغ (ریال)');
    expect(byMethod.rows.map((r) => labels[String(r[0])]).sort()).toEqual(['card', 'cash', 'cheque', 'inKind', 'pos']); // the only transfer was voided
    for (const r of byMethod.rows) expect(r[m]).toBe(sum(valid().filter((v) => v.method === labels[String(r[0])])));

    const { text } = pdfText(await t.call('reports.collections', { ...period(), groupBy: 'month', format: 'pdf' }, tokens.treasurer), 'print-report-collections-month');
    expect(text).toContain(n('به تفکیک ماه'));
    expect(text).toContain(n('آبان'));
    expect(text).toContain(n(fa(25_500_000)));
  });
});

describe('reports.dailyCash', () => {
  const today = () => valid().filter((r) => r.date === TODAY);

  test('XLSX: one table per method with its subtotal, a summary with the grand total, voids apart', async () => {
    const file = await t.call('reports.dailyCash', { date: TODAY, format: 'xlsx' }, tokens.treasurer);
    expect(file.fileName).toBe('daily-cash-1405-09-03.xlsx');
    const ws = await readXlsx(file);
    expect(ws.name).toBe('صندوق روزانه');
    const methods: Recorded['method'][] = ['cash', 'card', 'pos', 'inKind'];
    for (const [i, method] of methods.entries()) {
      const table = sheetTable(ws, 'شمارهٔ رسید', /^جمع /, i);
      const amount = col(table.headers, 'مبلغ (ریال)');
      const mine = today().filter((r) => r.method === method);
      expect(table.rows.map((r) => r[0])).toEqual(mine.map((r) => r.receiptNo));
      expect(table.totals?.[amount]).toBe(sum(mine));
    }
    const summary = sheetTable(ws, 'روش پرداخت', /^جمع کل/);
    expect(summary.totals?.[col(summary.headers, 'مبلغ (ریال)')]).toBe(sum(today()));
    expect(summary.totals?.[col(summary.headers, 'تعداد')]).toBe(today().length);
    expect(sum(today())).toBe(5_500_000);
    // voids: today's voided payment, and the older one voided today
    const voids = sheetTable(ws, 'شمارهٔ رسید', /^$/, methods.length);
    const voided = recorded.filter((r) => r.voided).map((r) => r.receiptNo).sort();
    expect(voids.rows.map((r) => r[0]).sort()).toEqual(voided);
    expect(voids.rows.map((r) => r[col(voids.headers, 'علت')]).sort()).toEqual(['مبلغ اشتباه', 'واریز تکراری ثبت شده بود']);
  });

  test('PDF and CSV', async () => {
    const { text } = pdfText(await t.call('reports.dailyCash', { date: TODAY, format: 'pdf' }, tokens.treasurer), 'print-report-daily-cash');
    expect(text).toContain(n('گزارش صندوق روزانه'));
    expect(text).toContain(n('۳ آذر ۱۴۰۵'));
    expect(text).toContain(n('ابطال‌ها'));
    expect(text).toContain(n('ناشناس'));
    expect(text).toContain(n('ده تخته پتو'));
    expect(text).toContain(n(fa(5_500_000)));
    const lines = readCsv(await t.call('reports.dailyCash', { date: TODAY, format: 'csv' }, tokens.treasurer));
    const summary = csvTable(lines, 'روش پرداخت', /^جمع کل/);
    expect(Number(summary.totals?.[col(summary.headers, 'مبلغ (ریال)')])).toBe(sum(today()));
    // a comma inside a field is quoted, not split
    expect(lines.some((l) => l.some((f) => f.includes('ده تخته پتو، نو')))).toBe(true);
  });

  test('a quiet day: empty tables, zero totals', async () => {
    const ws = await readXlsx(await t.call('reports.dailyCash', { date: J(9, 2), format: 'xlsx' }, tokens.treasurer));
    const text = ws.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(text).toContain('موردی نیست.');
    const { text: pdf } = pdfText(await t.call('reports.dailyCash', { date: J(9, 2), format: 'pdf' }, tokens.treasurer), 'print-report-daily-cash-empty');
    expect(pdf).toContain(n('موردی نیست'));
  });
});

describe('long reports', () => {
  test('page numbers in Persian on every page, the table header repeated', async () => {
    const many = await makeTestCore({ clock: manualClock('2026-11-24T08:00:00Z'), printer });
    try {
      const tk = await setUpCentre(many);
      let total = 0;
      for (let i = 1; i <= 70; i++) {
        const amount = 100_000 * i;
        total += amount;
        await many.call('payments.record', { payment: { amount, date: TODAY, method: i % 3 === 0 ? 'card' : 'cash', ...(i % 3 === 0 ? { cardLast4: '4321' } : {}) } }, tk.treasurer);
      }
      const { text, pages } = pdfText(
        await many.call('reports.dailyCash', { date: TODAY, format: 'pdf' }, tk.treasurer),
        'print-report-daily-cash-long',
      );
      expect(pages).toBeGreaterThan(1);
      const persian = (n: number) => String(n).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'.charAt(Number(d)));
      for (let p = 1; p <= pages; p++) expect(text).toContain(n(`صفحه ${persian(p)} از ${persian(pages)}`));
      expect(text.split('جزئیات').length - 1).toBeGreaterThanOrEqual(pages); // the header row on every page
      expect(text).toContain(n(fa(total)));
    } finally {
      many.close();
    }
  });
});

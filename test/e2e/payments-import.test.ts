// A treasurer brings past payments in from a spreadsheet, in Chromium on the real browser host:
// a CSV with Persian column names and Jalali dates; a row the schema refuses is shown before
// anything is sent, a row naming an unknown donor is shown after the dry run, and nothing is
// recorded until the file is right; then the payments are recorded with consecutive receipt
// numbers, shown in the summary and in the payments list, and the administrator's audit log
// shows the import as one entry naming them. The same screen reads an Excel workbook (its first
// sheet) as well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, connectBrowser, excelCsv, excelWorkbook, initCentre, newPage, persianDigits, pickCsv, screenshot, signIn, startHost, XLSX_MIME, type Host } from './harness.ts';
import { nextNationalId } from '../helpers/fixtures.ts';
import { jalaliToIso } from '../../shared/domain/jalali.ts';

const ADMIN = { username: 'admin', password: 'admin-pass-1405' };
const TREASURER = { username: 'khazane', password: 'treasurer-pass-1405' };
let host: Host;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let token: string;
const maryamId = nextNationalId();
const unknownId = nextNationalId();

const byTestId = (id: string) => page.getByTestId(id);
const fa = persianDigits;

const HEADER = 'تاریخ,خیّر,مبلغ (ریال),روش پرداخت,چهار رقم آخر کارت,شمارهٔ چک,بانک چک,سررسید چک,یادداشت,طرح';
const ROWS = {
  // the project named with an Arabic yeh, as some keyboards type it
  cash: `۱۴۰۵/۰۲/۱۵,${fa(maryamId)},۲۵۰۰۰۰۰۰,نقد,,,,,صندوق مسجد,مسکن خانوار رحيمي`,
  card: '1405/03/01,۰۹۱۲ ۱۲۳ ۴۵۶۷,"5,000,000",کارت به کارت,۶۰۳۷,,,,,',
  chequeNoBank: `۱۴۰۵/۰۴/۱۰,${maryamId},۴۰۰۰۰۰۰۰,چک,,۱۲۳۴۵۶,,۱۴۰۵/۰۵/۱۰,,`,
  cheque: `۱۴۰۵/۰۴/۱۰,${maryamId},۴۰۰۰۰۰۰۰,چک,,۱۲۳۴۵۶,ملت,۱۴۰۵/۰۵/۱۰,,`,
  unknownDonor: `۱۴۰۵/۰۴/۲۰,${unknownId},۱۰۰۰۰۰۰,نقد,,,,,,طرحی که نیست`,
  anonymous: '۱۴۰۵/۰۴/۲۱,,۳۰۰۰۰۰۰,کارت‌خوان,,,,,صندوق صدقات,',
};
const csv = (...rows: string[]) => excelCsv(HEADER, rows);
const pick = (name: string, content: Buffer, mimeType?: string) => pickCsv(page, { input: 'payment-import-file', preview: 'payment-import-preview' }, name, content, mimeType);

beforeAll(async () => {
  host = await startHost();
  const admin = await initCentre(host, { name: 'مرکز نیکوکاری کوثر', province: 'قم', city: 'قم' }, { ...ADMIN, displayName: 'مدیر مرکز' });
  await api(host, 'users.create', { username: TREASURER.username, displayName: 'خزانه‌دار مرکز', role: 'treasurer', password: TREASURER.password }, admin);
  await api(host, 'donors.create', { donor: { kind: 'person', firstName: 'مریم', lastName: 'نوری', nationalId: maryamId } }, admin);
  await api(host, 'donors.create', { donor: { kind: 'person', firstName: 'علی', lastName: 'کریمی', mobile: '09121234567' } }, admin);
  await api(host, 'projects.create', { name: 'مسکن خانوار رحیمی', kind: 'general' }, admin);
  token = (await api(host, 'auth.signIn', TREASURER)).result.token as string;
  browser = await connectBrowser();
  ({ context, page } = await newPage(browser, host.url));
  await signIn(page, TREASURER);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.stop();
});

const paymentCount = async () => (await api(host, 'payments.list', {}, token)).result.total as number;

describe('payments import end to end', () => {
  it('opens from the payments list', async () => {
    await page.goto(`${host.url}/#/payments`);
    await byTestId('payment-import-link').click();
    await expect.poll(() => byTestId('payment-import').isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it('shows a row the schema refuses before sending anything, with its spreadsheet row number', async () => {
    await pick('دفتر صندوق.csv', csv(ROWS.cash, ROWS.card, ROWS.chequeNoBank));
    await expect.poll(() => byTestId('payment-import-error-row').count(), { timeout: 10_000 }).toBe(1);
    const text = await byTestId('payment-import-error-row').textContent();
    expect(text).toContain('سطر ۴');
    expect(text).toContain('بانک چک');
    expect(text).toContain('نام بانک صادرکنندهٔ چک را وارد کنید');
    expect(await byTestId('payment-import-start').isDisabled()).toBe(true);
    expect(await paymentCount()).toBe(0);
  });

  it('shows a row naming an unknown donor after the dry run; nothing is recorded', async () => {
    await pick('دفتر صندوق.csv', csv(ROWS.cash, ROWS.card, ROWS.cheque, ROWS.unknownDonor, ROWS.anonymous));
    await expect.poll(() => byTestId('payment-import-error-row').count(), { timeout: 10_000 }).toBe(1);
    const text = await byTestId('payment-import-error-row').textContent();
    expect(text).toContain('سطر ۵');
    expect(text).toContain(`«${fa(unknownId)}»`);
    expect(text).toContain('ثبت نشده است');
    expect(text).toContain('طرحی با نام «طرحی که نیست» در میان طرح‌های فعال نیست');
    expect(await byTestId('payment-import-start').isDisabled()).toBe(true);
    await screenshot(page, 'e2e-p01-payment-import-problem');
    expect(await paymentCount()).toBe(0);
  });

  it('with the row removed, records every payment with consecutive receipt numbers', async () => {
    await pick('دفتر صندوق.csv', csv(ROWS.cash, ROWS.card, ROWS.cheque, ROWS.anonymous));
    await expect.poll(() => byTestId('payment-import-valid').isVisible(), { timeout: 10_000 }).toBe(true);
    const preview = (await byTestId('payment-import-preview').textContent())!;
    expect(preview).toContain('مسکن خانوار رحيمي'); // as typed in the file
    expect(preview).toContain('صندوق عمومی'); // an empty project cell
    expect(await byTestId('payment-import-start').textContent()).toContain('ثبت ۴ پرداخت');
    await byTestId('payment-import-start').click();
    await expect.poll(() => byTestId('payment-import-summary').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await byTestId('payment-import-recorded').textContent()).toContain('۴ پرداخت ثبت شد');
    const receipts = await byTestId('payment-import-receipts').textContent();
    expect(receipts).toContain('۱۴۰۵-۰۰۰۰۰۱');
    expect(receipts).toContain('۱۴۰۵-۰۰۰۰۰۴');
    await screenshot(page, 'e2e-p02-payment-import-summary');

    type Listed = { receiptNo: string; donorName: string | null; amount: number; method: string; date: string; projectName: string | null };
    const list = (await api(host, 'payments.list', {}, token)).result.items as Listed[];
    expect(list.map((p) => [p.receiptNo, p.date, p.donorName, p.amount, p.method, p.projectName]).sort()).toEqual([
      ['1405-000001', '2026-05-05', 'مریم نوری', 25_000_000, 'cash', 'مسکن خانوار رحیمی'],
      ['1405-000002', '2026-05-22', 'علی کریمی', 5_000_000, 'card', null],
      ['1405-000003', '2026-07-01', 'مریم نوری', 40_000_000, 'cheque', null],
      ['1405-000004', '2026-07-12', null, 3_000_000, 'pos', null],
    ]);

    await byTestId('payment-import-to-list').click();
    await expect.poll(() => byTestId('payment-row').count(), { timeout: 10_000 }).toBe(4);
    const rows = await byTestId('payment-row').allTextContents();
    expect(rows.join('\n')).toContain('۱۴۰۵-۰۰۰۰۰۴');
    expect(rows.join('\n')).toContain('مریم نوری');
    await screenshot(page, 'e2e-p03-payments-after-import');
  });

  it('shows in the audit log as one entry: how many payments, their total, receipt numbers and dates', async () => {
    const admin = await newPage(browser, host.url);
    try {
      await signIn(admin.page, ADMIN);
      await admin.page.goto(`${host.url}/#/audit`);
      const row = admin.page.getByTestId('audit-row').filter({ hasText: 'ورود پرداخت‌ها از پرونده' });
      await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
      expect(await row.textContent()).toContain('ورود از پرونده');
      await row.click();
      const detail = admin.page.getByTestId('audit-detail');
      await expect.poll(() => detail.isVisible(), { timeout: 10_000 }).toBe(true);
      const text = (await detail.textContent())!;
      expect(text).toContain('تعداد پرداخت‌ها');
      expect(text).toContain('۷۳٬۰۰۰٬۰۰۰'); // 25 + 5 + 40 + 3 million rials
      expect(text).toContain('۱۴۰۵-۰۰۰۰۰۱ - ۱۴۰۵-۰۰۰۰۰۴');
      expect(text).toContain('۱۴۰۵/۰۲/۱۵'); // the first payment's date, in Jalali
      expect(text).toContain('۱۴۰۵/۰۴/۲۱');
      await screenshot(admin.page, 'e2e-p04-payment-import-audit');
    } finally {
      await admin.context.close();
    }
  });

  it('reads an Excel workbook too: date cells as Jalali dates, numbers as digits, then records it', async () => {
    const book = await excelWorkbook((ws) => {
      ws.addRow(HEADER.split(','));
      // a real date cell, the donor's ID as a number, money with grouping, rich text
      const first = ws.addRow([new Date(`${jalaliToIso(1405, 5, 1)}T00:00:00Z`), Number(maryamId), 12_000_000, 'نقد']);
      first.getCell(1).numFmt = 'yyyy/mm/dd';
      first.getCell(3).numFmt = '#,##0';
      first.getCell(9).value = { richText: [{ text: 'صندوق ' }, { text: 'جمعه', font: { bold: true } }] };
      first.getCell(10).value = 'مسکن خانوار رحیمی';
      // a date typed as text, a mobile kept as a number that shows its 0, a formula's result
      const second = ws.addRow(['۱۴۰۵/۰۵/۰۲', 9_121_234_567, { formula: '2*1500000', result: 3_000_000 }, 'کارت به کارت', '۶۰۳۷']);
      second.getCell(2).numFmt = '00000000000';
    });
    await byTestId('payment-import-link').click();
    await pick('دفتر صندوق.xlsx', book, XLSX_MIME);
    await expect.poll(() => byTestId('payment-import-valid').isVisible(), { timeout: 10_000 }).toBe(true);
    const preview = (await byTestId('payment-import-preview').textContent())!;
    for (const shown of ['دفتر صندوق.xlsx', '۲ سطر', '۱۴۰۵/۰۵/۰۱', '۱۴۰۵/۰۵/۰۲', fa(maryamId), '۰۹۱۲۱۲۳۴۵۶۷', '۱۲٬۰۰۰٬۰۰۰', '۳٬۰۰۰٬۰۰۰', 'صندوق جمعه', 'مسکن خانوار رحیمی']) {
      expect(preview).toContain(shown);
    }
    expect(preview).not.toContain('این برگه خوانده نمی‌شود'); // the second sheet
    // the pick button's spinner (shown while the main process read the workbook) has faded out
    await expect.poll(() => page.locator('.mantine-Button-loader').count(), { timeout: 5_000 }).toBe(0);
    await screenshot(page, 'e2e-p05-payment-import-xlsx-preview');

    await byTestId('payment-import-start').click();
    await expect.poll(() => byTestId('payment-import-summary').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await byTestId('payment-import-recorded').textContent()).toContain('۲ پرداخت ثبت شد');
    expect(await byTestId('payment-import-receipts').textContent()).toContain('۱۴۰۵-۰۰۰۰۰۵');
    type Listed = { receiptNo: string; donorName: string | null; amount: number; method: string; date: string; projectName: string | null; notes: string | null };
    const list = (await api(host, 'payments.list', {}, token)).result.items as Listed[];
    expect(list.filter((p) => p.receiptNo >= '1405-000005').map((p) => [p.receiptNo, p.date, p.donorName, p.amount, p.method, p.projectName]).sort()).toEqual([
      ['1405-000005', '2026-07-23', 'مریم نوری', 12_000_000, 'cash', 'مسکن خانوار رحیمی'],
      ['1405-000006', '2026-07-24', 'علی کریمی', 3_000_000, 'card', null],
    ]);
  });
});

// The treasurer's day, in Chromium on the real browser host: a pledge in instalments, two
// payments against it, the receipt printed to PDF and read back, one payment voided, a cheque
// for the rest that bounces, and the overdue (reminders) list following every step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, ARTIFACTS, connectBrowser, initCentre, newPage, screenshot, signIn, startHost, type Host } from './harness.ts';

const ADMIN = { username: 'admin', password: 'admin-pass-1405' };
let host: Host;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let donorId: string;

const byTestId = (id: string) => page.getByTestId(id);
/** 1000000 → "۱٬۰۰۰٬۰۰۰", written here independently of the app's formatter */
const faMoney = (n: number) => n.toLocaleString('en-US').replaceAll(',', '٬').replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/** Opens the reminders (who to call) and waits until the donor's line shows `rials` owed. */
async function expectOwedOnReminders(rials: number): Promise<void> {
  await page.goto(`${host.url}/#/reminders`);
  const row = byTestId('reminder-row').filter({ hasText: 'فاطمه رضایی' });
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain(faMoney(rials));
}

async function recordPayment(opts: { amount: string; method: 'cash' | 'card'; last4?: string }): Promise<string> {
  await byTestId('payment-new').first().click();
  await expect.poll(() => byTestId('payment-amount').isVisible()).toBe(true);
  await byTestId('payment-amount').fill(opts.amount);
  await byTestId('payment-method').getByTestId(`payment-method-${opts.method}`).click();
  if (opts.last4) await byTestId('payment-card-last4').fill(opts.last4);
  await byTestId('payment-save').click();
  await expect.poll(() => byTestId('payment-receipt-no').isVisible(), { timeout: 10_000 }).toBe(true);
  return (await byTestId('payment-receipt-no').textContent()) ?? '';
}

beforeAll(async () => {
  host = await startHost();
  const token = await initCentre(host, { name: 'مرکز نیکوکاری کوثر', province: 'قم', city: 'قم' }, { ...ADMIN, displayName: 'مدیر مرکز' });
  const donor = await api(host, 'donors.create', { donor: { kind: 'person', firstName: 'فاطمه', lastName: 'رضایی', mobile: '09351234567' } }, token);
  donorId = donor.result.id as string;
  browser = await connectBrowser();
  ({ context, page } = await newPage(browser, host.url));
  await signIn(page, ADMIN);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.stop();
});

describe('treasury end to end', () => {
  it('records a pledge of three monthly instalments that are all past due', async () => {
    await page.goto(`${host.url}/#/pledges/new?donorId=${donorId}`);
    await byTestId('pledge-kind').getByTestId('pledge-kind-installments').click();
    await byTestId('pledge-amount').fill('۳٬۰۰۰٬۰۰۰');
    await byTestId('pledge-start').fill('۱۴۰۵/۰۶/۰۱');
    await byTestId('pledge-installments').fill('3');
    await screenshot(page, 'e2e-t01-pledge-form');
    await byTestId('pledge-save').click();
    await expect.poll(() => byTestId('pledge-schedule').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await byTestId('schedule-row').count()).toBe(3);
    expect(await byTestId('pledge-status').textContent()).toMatch(/معوق/);
    await screenshot(page, 'e2e-t02-pledge-page');
    await expectOwedOnReminders(3_000_000);
  });

  it('records two payments against it and prints the receipt', async () => {
    await page.goto(`${host.url}/#/pledges`);
    await page.getByTestId('pledge-row').first().click();
    const first = await recordPayment({ amount: '1000000', method: 'cash' });
    await screenshot(page, 'e2e-t03-payment-recorded');
    await page.goBack();
    await expect.poll(() => byTestId('payment-new').first().isVisible(), { timeout: 10_000 }).toBe(true);
    const second = await recordPayment({ amount: '۱۰۰۰۰۰۰', method: 'card', last4: '۴۳۲۱' });
    expect(first).not.toBe(second);

    const download = page.waitForEvent('download');
    await byTestId('payment-print').first().click();
    const file = join(ARTIFACTS, 'e2e-receipt.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('فاطمه');
    expect(text).toContain('یک میلیون');
    expect(text).toContain('۴۳۲۱');
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', file, join(ARTIFACTS, 'e2e-receipt')]);

    await expectOwedOnReminders(1_000_000);
    await screenshot(page, 'e2e-t04-reminders-after-payments');
  });

  it('voids one payment with a reason, and the overdue amount grows back', async () => {
    await page.goto(`${host.url}/#/payments`);
    await expect.poll(() => byTestId('payment-row').count(), { timeout: 10_000 }).toBe(2);
    await byTestId('payment-void').first().click();
    await byTestId('void-confirm').click();
    // no reason: refused with the catalogue's message, nothing voided
    await expect.poll(() => page.locator('body').textContent()).toContain('علت را بنویسید');
    await byTestId('void-reason').fill('مبلغ اشتباه وارد شده بود');
    await byTestId('void-confirm').click();
    await expect.poll(() => page.locator('[data-testid="payment-row"][data-voided]').count(), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'e2e-t05-payment-voided');
    await expectOwedOnReminders(2_000_000);

    const token = (await api(host, 'auth.signIn', ADMIN)).result.token as string;
    const pledges = await api(host, 'pledges.list', { donorId }, token);
    expect(pledges.result.items[0].figures).toMatchObject({ paid: 1_000_000, overdue: 2_000_000, status: 'overdue' });
  });

  it('a cheque for the rest settles the pledge; marked bounced, its amount is struck and the pledge is owed again', async () => {
    const token = (await api(host, 'auth.signIn', ADMIN)).result.token as string;
    const pledgeId = (await api(host, 'pledges.list', { donorId }, token)).result.items[0].id as string;
    const cheque = await api(
      host,
      'payments.record',
      { payment: { donorId, pledgeId, amount: 2_000_000, date: '2026-11-20', method: 'cheque', chequeNo: '778899', chequeBank: 'ملت', chequeDueDate: '2026-12-10' } },
      token,
    );
    expect(cheque.ok).toBe(true);
    expect((await api(host, 'pledges.list', { donorId }, token)).result.items[0].figures).toMatchObject({ paid: 3_000_000, status: 'fulfilled' });

    await page.goto(`${host.url}/#/payments`);
    await page.reload(); // the cheque came in through the API, after this page last loaded its list
    const row = page.locator('[data-testid="payment-row"]').filter({ has: page.getByTestId('payment-cheque-status') });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.getByTestId('payment-cheque-status').click();
    await byTestId('cheque-bounced').click();
    await expect.poll(() => page.locator('[data-testid="payment-row"][data-bounced]').count(), { timeout: 10_000 }).toBe(1);
    const bounced = page.locator('[data-testid="payment-row"][data-bounced]');
    expect(await bounced.getByTestId('payment-cheque-badge').textContent()).toBe('چک برگشتی');
    expect(await bounced.getByTestId('payment-amount-cell').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    await expect.poll(() => page.locator('body').textContent()).toContain('دیگر در جمع دریافتی‌ها');
    await screenshot(page, 'e2e-t06-cheque-bounced');

    await expectOwedOnReminders(2_000_000);
    expect((await api(host, 'pledges.list', { donorId }, token)).result.items[0].figures).toMatchObject({ paid: 1_000_000, overdue: 2_000_000, status: 'overdue' });
  });
});

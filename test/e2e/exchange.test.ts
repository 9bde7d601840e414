// Two centres that never share a network, in Chromium on two browser hosts (two data folders):
// both set the province passphrase on /exchange; centre A exports its bank (one household with
// consent, one without), centre B compares A's fingerprint, trusts and imports it; a household
// B registers with the ID that A helped without consent is flagged on its page; the same file
// again changes nothing; a tampered copy is refused; the possible duplicate is reviewed; A's
// agency report is downloaded as PDF and read back.
// Centres, users and households are made through the API (fixtures); the flow under test goes
// through the screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { todayIso } from '../../shared/domain/jalali.ts';
import { errorCatalogues } from '../../shared/i18n/translate.ts';
import { api, ARTIFACTS, connectBrowser, newPage, screenshot, startHost, type Host } from './harness.ts';
import { craftLargeBankFile, newKey, newSender } from '../helpers/craftExchange.ts';

const ADMIN = { username: 'admin', password: 'admin-pass-1405' };
const PASSPHRASE = 'زنجان-همیار-۱۴۰۵-مشترک';
const A_NAME = 'مرکز نیکوکاری امید';
const B_NAME = 'مرکز نیکوکاری سرپناه';
/** the household that consented to sharing travels whole; the other only as markers */
const CONSENT_ID = '0123456789';
const PRIVATE_ID = '1234567891';
const BANK_FILE = join(ARTIFACTS, 'e2e-exchange-bank.hamyar');
const TAMPERED_FILE = join(ARTIFACTS, 'e2e-exchange-tampered.hamyar');

interface Centre {
  host: Host;
  token: string;
  context: BrowserContext;
  page: Page;
}
let a: Centre;
let b: Centre;
let browser: Browser;
let aFingerprint = '';
let bPrivateHouseholdId = '';

function household(opts: { first: string; last: string; father: string; nationalId: string; consent: boolean; city?: string }) {
  return {
    household: {
      head: { firstName: opts.first, lastName: opts.last, fatherName: opts.father, nationalId: opts.nationalId, birthDate: '1982-04-11', sex: 'female' },
      city: opts.city ?? 'زنجان',
      housingStatus: 'owner',
      agency: 'none',
      consentToShare: opts.consent,
      consentDate: opts.consent ? '2026-10-01' : null,
    },
  };
}

async function must(host: Host, channel: string, input: unknown, token: string): Promise<any> {
  const r = await api(host, channel, input, token);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.result;
}

async function centre(name: string): Promise<Centre> {
  const host = await startHost();
  await must(host, 'setup.init', { centre: { name, province: 'زنجان', city: 'زنجان' }, admin: { ...ADMIN, displayName: 'مدیر مرکز' }, sampleData: false }, '');
  const token = (await api(host, 'auth.signIn', ADMIN)).result.token as string;
  const { context, page } = await newPage(browser, host.url);
  await page.getByTestId('signin-username').fill(ADMIN.username);
  await page.getByTestId('signin-password').fill(ADMIN.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('nav-exchange').waitFor({ timeout: 15_000 });
  return { host, token, context, page };
}

/** Picks a file on B's /exchange page and waits for the preview or the refusal. */
async function pickOnB(file: string): Promise<void> {
  const page = b.page;
  await page.goto(`${b.host.url}/#/exchange`);
  // (the input stays in the page while a previous summary is shown; picking starts afresh)
  await page.getByTestId('import-file-input').waitFor({ state: 'attached', timeout: 10_000 });
  await page.getByTestId('import-file-input').setInputFiles(file);
  await page.locator('[data-testid="import-preview"], [data-testid="import-error"]').first().waitFor({ timeout: 30_000 });
}

/** A notification ("saved", "file made") would sit over the screenshot: wait until it is gone. */
async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 });
  if (!opts.fullPage) return screenshot(page, name);
  // The whole page, not only the first screen (the exchange page is long), from the top so the
  // fixed header and navigation are drawn where they belong.
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

const countOf = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

beforeAll(async () => {
  browser = await connectBrowser();
  [a, b] = await Promise.all([centre(A_NAME), centre(B_NAME)]);
  // A: one household with consent and one without, both helped this month.
  const withConsent = await must(a.host, 'households.create', household({ first: 'فاطمه', last: 'رضایی', father: 'علی', nationalId: CONSENT_ID, consent: true }), a.token);
  const without = await must(a.host, 'households.create', household({ first: 'زهرا', last: 'کریمی', father: 'حسن', nationalId: PRIVATE_ID, consent: false }), a.token);
  const today = todayIso(); // Tehran's day, the one the agency report counts in
  await must(a.host, 'aid.record', { householdId: withConsent.id, kind: 'cash', date: today, value: 50_000_000, source: 'centre' }, a.token);
  await must(a.host, 'aid.record', { householdId: without.id, kind: 'goods', date: today, value: 20_000_000, source: 'centre' }, a.token);
  // B already knows the consenting family under its own record (another spelling, another city):
  // a possible duplicate by national ID.
  await must(b.host, 'households.create', household({ first: 'فاطمه', last: 'رضائی', father: 'علی', nationalId: CONSENT_ID, consent: false, city: 'ابهر' }), b.token);
});

afterAll(async () => {
  for (const c of [a, b]) {
    await c?.context.close();
    await c?.host.stop();
  }
  await browser?.close();
});

describe('exchange between two centres, end to end', () => {
  it('both centres set the same province passphrase on /exchange', async () => {
    for (const c of [a, b]) {
      await c.page.goto(`${c.host.url}/#/exchange`);
      await c.page.getByTestId('exchange-passphrase-state').waitFor({ timeout: 10_000 });
      expect(await c.page.getByTestId('exchange-passphrase-state').textContent()).toBe('تعیین نشده');
      await c.page.getByTestId('exchange-passphrase').fill(PASSPHRASE);
      await c.page.getByTestId('exchange-passphrase-repeat').fill(PASSPHRASE);
      await c.page.getByTestId('exchange-passphrase-save').click();
      await expect.poll(() => c.page.getByTestId('exchange-passphrase-state').textContent(), { timeout: 10_000 }).toBe('تعیین شده');
      // never shown back
      expect(await c.page.getByTestId('exchange-passphrase').inputValue()).toBe('');
    }
    aFingerprint = (await a.page.getByTestId('exchange-own-fingerprint').textContent()) ?? '';
    expect(aFingerprint).toMatch(/^[۰-۹]{16}$/);
    await shot(a.page, 'e2e-x01-exchange-page', { fullPage: true });
  });

  it('A exports its bank as a signed file', async () => {
    const download = a.page.waitForEvent('download');
    await a.page.getByTestId('export-run').click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/\.hamyar$/);
    await d.saveAs(BANK_FILE);
    expect(readFileSync(BANK_FILE).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it("B sees A's name and fingerprint in the preview, trusts the key and imports", async () => {
    await pickOnB(BANK_FILE);
    const page = b.page;
    expect(await page.getByTestId('import-sender-name').textContent()).toBe(A_NAME);
    // the same digits A's own /exchange page shows, to be read on the phone
    expect(await page.getByTestId('import-sender-fingerprint').textContent()).toBe(aFingerprint);
    await page.getByTestId('import-trust-new').waitFor();
    expect(await countOf(page, 'preview-count-new')).toBe(1);
    expect(await countOf(page, 'preview-count-markers')).toBeGreaterThan(0);
    expect(await countOf(page, 'preview-count-duplicates')).toBe(1);
    expect(await page.getByTestId('import-duplicate').first().textContent()).toContain('کد ملی یکسان');
    await shot(page, 'e2e-x02-import-preview');

    await page.getByTestId('import-trust-confirm').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    expect(await countOf(page, 'summary-count-new')).toBe(1);
    expect(await countOf(page, 'summary-count-markers')).toBeGreaterThan(0);
    expect(await page.getByTestId('import-summary').textContent()).toContain(A_NAME);
    await expect.poll(() => page.getByTestId('history-row').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('trusted-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('trusted-row').textContent()).toContain(A_NAME);
    await shot(page, 'e2e-x03-import-summary', { fullPage: true });
  });

  it('a household B registers with the ID A helped without consent is flagged, naming A', async () => {
    const h = await must(b.host, 'households.create', household({ first: 'زهرا', last: 'کریمی', father: 'حسن', nationalId: PRIVATE_ID, consent: false }), b.token);
    bPrivateHouseholdId = h.id as string;
    await b.page.goto(`${b.host.url}/#/households/${bPrivateHouseholdId}`);
    await b.page.getByTestId('helped-elsewhere').waitFor({ timeout: 15_000 });
    const text = (await b.page.getByTestId('helped-elsewhere').textContent()) ?? '';
    expect(text).toContain(A_NAME);
    expect(text).toContain('کالا');
    expect(text).toContain('۲۰٬۰۰۰٬۰۰۰');
    await shot(b.page, 'e2e-x04-household-helped-elsewhere');
    // the households list flags it too: exactly the rows the search says were helped elsewhere
    await b.page.goto(`${b.host.url}/#/households`);
    const row = b.page.getByTestId('household-row').filter({ hasText: 'زهرا کریمی' });
    const badge = row.getByTestId('household-elsewhere');
    await badge.waitFor({ timeout: 15_000 });
    expect(await badge.textContent()).toMatch(/^کمک در مرکز دیگر: [۰-۹]+ بار، آخرین [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
    const listed = await must(b.host, 'households.search', { query: '', limit: 50, offset: 0 }, b.token);
    const flagged = (listed.items as { elsewhere?: unknown }[]).filter((i) => i.elsewhere).length;
    expect(await b.page.getByTestId('household-elsewhere').count()).toBe(flagged);
    await shot(b.page, 'e2e-x04b-households-list-elsewhere');
  });

  it('importing the same file again changes nothing', async () => {
    await pickOnB(BANK_FILE);
    const page = b.page;
    await page.getByTestId('import-trust-trusted').waitFor();
    await page.getByTestId('import-seen-before').waitFor();
    expect(await countOf(page, 'preview-count-new')).toBe(0);
    expect(await countOf(page, 'preview-count-newer')).toBe(0);
    expect(await countOf(page, 'preview-count-unchanged')).toBe(1);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    expect(await countOf(page, 'summary-count-new')).toBe(0);
    expect(await countOf(page, 'summary-count-newer')).toBe(0);
    expect(await countOf(page, 'summary-count-unchanged')).toBe(1);
    expect(await page.getByTestId('import-summary').textContent()).toContain('چیز تازه‌ای در این پرونده نبود');
    const hh = await must(b.host, 'households.search', { query: '', limit: 50, offset: 0 }, b.token);
    expect(hh.total).toBe(2); // B's own two: a bank copy is not a local household
  });

  it('a tampered copy of the file is refused with a Persian message and changes nothing', async () => {
    const bytes = Buffer.from(readFileSync(BANK_FILE));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    writeFileSync(TAMPERED_FILE, bytes);
    const before = (await must(b.host, 'exchange.history', { limit: 50, offset: 0 }, b.token)).total as number;
    await pickOnB(TAMPERED_FILE);
    const alert = b.page.getByTestId('import-error');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('پذیرفته نشد');
    // Which check trips depends on where the flipped byte lands (a part's hash, the signature,
    // the deflate stream): any of the catalogue's messages for a damaged file, in Persian.
    const damaged = ['damaged', 'badSignature', 'badManifest', 'tampered', 'tooLarge', 'badLine', 'missingPart', 'badEntry', 'notHamyar'].map(
      (key) => new RegExp(String((errorCatalogues.fa.exchange as unknown as Record<string, string>)[key]).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '.*')),
    );
    expect(damaged.some((re) => re.test(text)), text).toBe(true);
    expect(await b.page.getByTestId('import-preview').count()).toBe(0);
    await shot(b.page, 'e2e-x05-tampered-refused');
    expect((await must(b.host, 'exchange.history', { limit: 50, offset: 0 }, b.token)).total).toBe(before);
  });

  it('A picking its own file is told so, and offered no import', async () => {
    const page = a.page;
    await page.goto(`${a.host.url}/#/exchange`);
    await page.getByTestId('import-file-input').setInputFiles(BANK_FILE);
    await page.getByTestId('import-trust-own').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    expect(await page.getByTestId('import-trust-confirm').count()).toBe(0);
    await page.getByTestId('import-cancel').click();
  });

  it('B reviews the possible duplicate side by side and marks it the same household', async () => {
    const page = b.page;
    await page.goto(`${b.host.url}/#/duplicates`);
    await expect.poll(() => page.getByTestId('duplicate-pair').count(), { timeout: 10_000 }).toBe(1);
    const pair = page.getByTestId('duplicate-pair');
    expect(await pair.getByTestId('duplicate-local').textContent()).toContain('فاطمه رضائی');
    expect(await pair.getByTestId('duplicate-other').textContent()).toContain(A_NAME);
    expect(await pair.getByTestId('duplicate-other').textContent()).toContain('۰۱۲۳۴۵۶۷۸۹');
    // where the copies disagree stands out: the city, and only the city
    expect(await pair.getByTestId('duplicate-local').locator('[data-differs]').allTextContents()).toEqual(['ابهر']);
    await shot(page, 'e2e-x06-duplicates');
    await pair.getByTestId('duplicate-same').click();
    await expect.poll(() => page.getByTestId('duplicate-pair').count(), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('duplicates-status').getByText('بررسی‌شده').click();
    await expect.poll(() => page.locator('[data-testid="duplicate-pair"][data-verdict="same"]').count(), { timeout: 10_000 }).toBe(1);
  });

  it("A's agency report: the figures on screen, and the PDF read back", async () => {
    const page = a.page;
    await page.goto(`${a.host.url}/#/agency`);
    await expect.poll(() => page.getByTestId('agency-figure').count(), { timeout: 15_000 }).toBeGreaterThan(30);
    const cash = page.locator('[data-testid="agency-figure"][data-code="A01"]');
    expect(await cash.getAttribute('data-value')).toBe('1');
    const period = (await page.getByTestId('agency-period-title').textContent()) ?? '';
    expect(period).toMatch(/^[\u0600-\u06FF]+ [۰-۹]{4}$/);
    await shot(page, 'e2e-x07-agency-page');

    const download = page.waitForEvent('download');
    await page.getByTestId('report-agency-pdf').click();
    const file = join(ARTIFACTS, 'e2e-agency-report.pdf');
    await (await download).saveAs(file);
    // pdftotext wraps runs in bidi embeddings (LRE/RLE/PDF); the words are in reading order.
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/g, '');
    expect(text).toContain('گزارش عملکرد مرکز به دستگاه نظارتی');
    expect(text).toContain(period); // e.g. «آذر ۱۴۰۵», as the screen titled it
    expect(text).toContain(A_NAME);
    // one row per figure, value first on the (visual) line: one cash aid, 70,000,000 rials in all
    expect(text).toMatch(/۱\s+تعداد\s+کمک نقدی\s*:\s*تعداد\s+A01/);
    expect(text).toMatch(/۷۰٬۰۰۰٬۰۰۰\s+ریال\s+.*A12/);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(ARTIFACTS, 'e2e-agency-report')]);
  });

  it("a large file's import shows how far it has gone", async () => {
    const big = await craftLargeBankFile(ARTIFACTS, { sender: newSender('مرکز نیکوکاری بزرگ'), key: newKey(), count: 40_000 });
    await pickOnB(big);
    const page = b.page;
    await page.getByTestId('import-trust-confirm').click();
    // the bar fills while the file is verified (the main process answers the polls meanwhile)
    const bar = page.getByTestId('import-progress-bar');
    await expect.poll(async () => Number((await bar.getAttribute('data-value', { timeout: 30_000 })) ?? 0), { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
    expect(await page.getByTestId('import-progress-phase').textContent()).toMatch(/^(بررسی پرونده|گرفتن پشتیبان|ثبت در پایگاه داده)… [۰-۹]+٪$/);
    await screenshot(page, 'e2e-x08-import-progress');
    await page.getByTestId('import-summary').waitFor({ timeout: 120_000 });
    expect(await countOf(page, 'summary-count-new')).toBe(40_000);
  });
});

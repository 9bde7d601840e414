// The foundation, as a person uses it, in Chromium on the real browser host: first-run setup,
// sign-in, adding a donor, finding him by variant spellings and digits, a wrong national ID
// refused with its Persian message, and switching to English and back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, connectBrowser, newPage, screenshot, startHost, type Host } from './harness.ts';

const ADMIN = { username: 'admin', password: 'admin-pass-1405', name: 'زهرا مدیری' };
let host: Host;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const byTestId = (id: string) => page.getByTestId(id);

async function signInViaApi(): Promise<string> {
  const r = await api(host, 'auth.signIn', { username: ADMIN.username, password: ADMIN.password });
  expect(r.ok).toBe(true);
  return r.result.token as string;
}

beforeAll(async () => {
  host = await startHost();
  browser = await connectBrowser();
  ({ context, page } = await newPage(browser, host.url));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.stop();
});

describe('foundation end to end', () => {
  it('runs first-run setup and lands signed in on the donor list', async () => {
    await byTestId('setup-centre-name').fill('مرکز نیکوکاری امید زنجان');
    await byTestId('setup-province').click();
    await page.getByRole('option', { name: 'زنجان' }).click();
    await byTestId('setup-city').fill('زنجان');
    await screenshot(page, 'e2e-01-setup-centre');
    await byTestId('setup-next').click();
    await byTestId('setup-admin-name').fill(ADMIN.name);
    await byTestId('setup-admin-username').fill(ADMIN.username);
    await byTestId('setup-admin-password').fill(ADMIN.password);
    await byTestId('setup-admin-repeat').fill(ADMIN.password);
    await byTestId('setup-next').click();
    await byTestId('setup-data-empty').click();
    await screenshot(page, 'e2e-02-setup-data');
    await byTestId('setup-submit').click();

    await expect.poll(() => byTestId('donor-new').first().isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await byTestId('centre-name').textContent()).toContain('مرکز نیکوکاری امید زنجان');
    const status = await api(host, 'setup.status', {});
    expect(status.result).toMatchObject({ initialized: true, centre: { name: 'مرکز نیکوکاری امید زنجان', province: 'زنجان' } });
    await screenshot(page, 'e2e-03-donors-empty');
  });

  it('signs out and signs in again; a wrong password is refused in Persian', async () => {
    await byTestId('user-menu').click();
    await byTestId('sign-out').click();
    await byTestId('signin-username').fill(ADMIN.username);
    await byTestId('signin-password').fill('not-the-password');
    await byTestId('signin-submit').click();
    await expect.poll(() => byTestId('signin-error').textContent()).toContain('گذرواژه');
    await screenshot(page, 'e2e-04-signin-error');
    await byTestId('signin-password').fill(ADMIN.password);
    await byTestId('signin-submit').click();
    await expect.poll(() => byTestId('donor-new').first().isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it('adds a donor', async () => {
    await byTestId('donor-new').first().click();
    await byTestId('donor-first-name').fill('علی');
    await byTestId('donor-last-name').fill('کریمی');
    await byTestId('donor-national-id').fill('۰۴۹۹۳۷۰۸۹۹');
    await byTestId('donor-mobile').fill('0912 123 4567');
    await byTestId('donor-city').fill('ابهر');
    await screenshot(page, 'e2e-05-donor-form');
    await byTestId('donor-save').click();
    await expect.poll(() => byTestId('donor-edit').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.locator('body').textContent()).toContain('۰۴۹۹۳۷۰۸۹۹');
    await screenshot(page, 'e2e-06-donor-page');

    const token = await signInViaApi();
    const found = await api(host, 'donors.search', { query: '0499370899' }, token);
    expect(found.result.total).toBe(1);
    expect(found.result.items[0]).toMatchObject({ displayName: 'علی کریمی', mobile: '09121234567', city: 'ابهر' });
  });

  it('refuses a wrong national ID with its Persian message and saves nothing', async () => {
    await byTestId('nav-donors').click();
    await byTestId('donor-new').first().click();
    await byTestId('donor-first-name').fill('مریم');
    await byTestId('donor-last-name').fill('صفری');
    await byTestId('donor-national-id').fill('0499370898');
    await byTestId('donor-save').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('رقم کنترل');
    await screenshot(page, 'e2e-07-wrong-national-id');
    const token = await signInViaApi();
    const all = await api(host, 'donors.search', { query: '', status: 'all' }, token);
    expect(all.result.total).toBe(1);
    expect(page.url()).toContain('/donors/new');
  });

  it('finds the donor by variant spellings and digits', async () => {
    await byTestId('nav-donors').click();
    const queries = ['علي كريمي', 'کريمی', '۰۹۱۲۱۲۳', '٠٤٩٩٣٧', 'ابهر'];
    for (const q of queries) {
      await byTestId('donor-search').fill(q);
      await expect.poll(() => byTestId('donor-row').count(), { timeout: 10_000, message: q }).toBe(1);
      expect(await byTestId('donor-row').first().textContent(), q).toContain('علی کریمی');
    }
    await byTestId('donor-search').fill('علي كريمي');
    await expect.poll(() => byTestId('donor-row').count()).toBe(1);
    await screenshot(page, 'e2e-08-search-arabic-letters');
    await byTestId('donor-search').fill('حسینی');
    await expect.poll(() => byTestId('donor-row').count()).toBe(0);
  });

  it('switches the whole layout to English and back', async () => {
    await byTestId('donor-search').fill('');
    await byTestId('switch-language').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await expect.poll(() => byTestId('nav-donors').textContent()).toContain('Donors');
    await expect.poll(() => byTestId('donor-row').count()).toBe(1);
    // Latin digits in English
    await byTestId('donor-row').first().click();
    await expect.poll(() => page.locator('body').textContent()).toContain('0499370899');
    await screenshot(page, 'e2e-09-english');
    await byTestId('switch-language').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect.poll(() => byTestId('nav-donors').textContent()).toContain('خیّرین');
    await screenshot(page, 'e2e-10-back-to-persian');
    // the choice is remembered for the user
    const token = await signInViaApi();
    expect((await api(host, 'auth.me', {}, token)).result.locale).toBe('fa');
  });
});

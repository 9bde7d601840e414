// A case worker's work, in Chromium on the real browser host: a household with two members
// registered, a need recorded, the household suggested for an offer and approved, the aid in its
// history and the offer used up; then a volunteer's view of the same household without the
// sensitive fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, connectBrowser, initCentre, newPage, screenshot, startHost, type Host } from './harness.ts';

const ADMIN = { username: 'admin', password: 'admin-pass-1405' };
const CASEWORKER = { username: 'maryam', password: 'caseworker-1405' };
const VOLUNTEER = { username: 'reza', password: 'volunteer-1405' };
let host: Host;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let householdUrl = '';

const byTestId = (id: string) => page.getByTestId(id);
/** Picks an option of a Mantine Select by its visible label. */
async function choose(testId: string, label: string): Promise<void> {
  await byTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

async function signIn(p: Page, user: { username: string; password: string }): Promise<void> {
  await p.getByTestId('signin-username').fill(user.username);
  await p.getByTestId('signin-password').fill(user.password);
  await p.getByTestId('signin-submit').click();
  await p.getByTestId('nav-donors').waitFor({ timeout: 10_000 });
}

beforeAll(async () => {
  host = await startHost();
  const token = await initCentre(host, { name: 'مرکز نیکوکاری سرپناه', province: 'زنجان', city: 'زنجان' }, { ...ADMIN, displayName: 'مدیر' });
  await api(host, 'users.create', { ...CASEWORKER, displayName: 'مریم مددکار', role: 'caseworker' }, token);
  await api(host, 'users.create', { ...VOLUNTEER, displayName: 'رضا داوطلب', role: 'volunteer' }, token);
  browser = await connectBrowser();
  ({ context, page } = await newPage(browser, host.url));
  await signIn(page, CASEWORKER);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.stop();
});

describe('households and matching end to end', () => {
  it('registers a household with two members', async () => {
    await page.goto(`${host.url}/#/households/new`);
    await byTestId('hh-first-name').fill('زینب');
    await byTestId('hh-last-name').fill('محمدی');
    await byTestId('hh-national-id').fill('0790419904');
    await byTestId('hh-birth-date').fill('۱۳۶۰/۰۵/۱۲');
    await choose('hh-sex', 'زن');
    await byTestId('hh-city').fill('زنجان');
    await byTestId('hh-group-womanHead').check();
    await byTestId('hh-income').fill('8000000');
    await choose('hh-case-worker', 'مریم مددکار');
    await choose('hh-housing', 'مستأجر');
    await byTestId('hh-rent').fill('5000000');

    await byTestId('member-add').click();
    await byTestId('member-first-name-0').fill('علی');
    await byTestId('member-last-name-0').fill('محمدی');
    await choose('member-relation-0', 'فرزند');
    await choose('member-sex-0', 'مرد');
    await byTestId('member-national-id-0').fill('0084575948');
    await byTestId('member-birth-date-0').fill('1390/01/01');
    await byTestId('member-add').click();
    await byTestId('member-first-name-1').fill('مریم');
    await byTestId('member-last-name-1').fill('محمدی');
    await choose('member-relation-1', 'فرزند');
    await choose('member-sex-1', 'زن');
    await byTestId('member-birth-date-1').fill('۱۳۹۳/۰۲/۰۲');
    await screenshot(page, 'e2e-h01-household-form');
    await byTestId('hh-save').click();

    await byTestId('household-title').waitFor({ timeout: 10_000 });
    expect(await byTestId('household-title').textContent()).toContain('زینب محمدی');
    expect(await byTestId('member-row').count()).toBe(2);
    expect(await page.locator('body').textContent()).toContain('۸٬۰۰۰٬۰۰۰');
    expect(await page.locator('body').textContent()).toContain('مریم مددکار');
    householdUrl = page.url();
    await screenshot(page, 'e2e-h02-household-page');
  });

  it('finds the household by its case worker', async () => {
    await page.goto(`${host.url}/#/households`);
    await choose('household-filter-case-worker', 'مریم مددکار');
    await expect.poll(() => byTestId('household-row').count(), { timeout: 10_000 }).toBe(1);
    await page.goto(householdUrl);
    await byTestId('household-title').waitFor();
  });

  it('records a need for a bread oven', async () => {
    await byTestId('need-add').click();
    await choose('need-kind', 'تجهیزات اشتغال');
    await byTestId('need-equipment').fill('تنور نان');
    await byTestId('need-priority').getByText('۵').click();
    await byTestId('need-save').click();
    await expect.poll(() => byTestId('need-row').count(), { timeout: 10_000 }).toBe(1);
  });

  it('suggests the household for an offer of one oven, approves it, and the offer is used up', async () => {
    await page.goto(`${host.url}/#/matching`);
    await byTestId('offer-new').click();
    await byTestId('offer-title').fill('یک دستگاه تنور نان');
    await choose('offer-kind', 'تجهیزات');
    await choose('offer-need-kind', 'تجهیزات اشتغال');
    await byTestId('offer-equipment').fill('تنور');
    await byTestId('offer-quantity').fill('1');
    await byTestId('offer-value').fill('25000000');
    await byTestId('offer-save').click();
    await byTestId('offer-row').first().click();
    const candidate = byTestId('candidate-row').filter({ hasText: 'زینب محمدی' });
    await expect.poll(() => candidate.count(), { timeout: 10_000 }).toBe(1);
    // the score is explained part by part
    expect(await candidate.getByTestId('candidate-parts').textContent()).toMatch(/[۰-۹]/);
    await screenshot(page, 'e2e-h03-matching');
    await candidate.getByTestId('candidate-approve').click();
    await byTestId('approve-confirm').click();
    await expect.poll(() => byTestId('offer-used-up-note').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => byTestId('candidate-row').count()).toBe(0);
    await screenshot(page, 'e2e-h04-offer-used-up');

    await page.goto(householdUrl);
    await expect.poll(() => byTestId('aid-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await byTestId('aid-timeline').textContent()).toContain('۲۵٬۰۰۰٬۰۰۰');
    await screenshot(page, 'e2e-h05-aid-history');
  });

  it("hides the sensitive fields from a volunteer", async () => {
    const { context: vContext, page: vPage } = await newPage(browser, host.url);
    try {
      await signIn(vPage, VOLUNTEER);
      await vPage.goto(householdUrl);
      await vPage.getByTestId('household-title').waitFor({ timeout: 10_000 });
      await vPage.getByTestId('sensitive-hidden').waitFor();
      const text = (await vPage.locator('body').textContent()) ?? '';
      expect(text).toContain('زینب محمدی');
      expect(text).not.toContain('۸٬۰۰۰٬۰۰۰');
      expect(await vPage.getByTestId('aid-timeline').count()).toBe(0);
      await vPage.screenshot({ path: 'test/artifacts/e2e-h06-volunteer-view.png' });
    } finally {
      await vContext.close();
    }
  });
});

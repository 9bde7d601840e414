// A housing build followed from start to report, in Chromium on the real browser host: the
// build created for a household, funded by a donor's pledge (the pledge screen) and a bank
// facility (the funding dialog), stages completed with a photo (one out of order, confirmed),
// its percent and money on its page, the board and the housing progress report read back from
// the PDF; a build overdue past the setting shown stalled; an expense recorded and voided;
// equipment handed to the household with its receipt; a stale edit refused; the page in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { api, ARTIFACTS, connectBrowser, initCentre, newPage, startHost, type Host } from './harness.ts';
import { formatJalali, todayIso } from '../../shared/domain/jalali.ts';
import { addDays } from '../../shared/domain/days.ts';

const ADMIN = { username: 'admin', password: 'admin-pass-1405' };
const BUILD = 'ساخت خانهٔ خانواده محمدی';
const STALLED = 'ساخت خانهٔ روستای سهرین';
let host: Host;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let token: string;
let projectUrl = '';

const byTestId = (id: string) => page.getByTestId(id);
const today = todayIso();
/** A day n days ago, typed as people type it: Jalali in Persian digits. */
const jalaliDaysAgo = (n: number) => formatJalali(addDays(today, -n), { digits: 'fa' });
/** 1000000 → "۱٬۰۰۰٬۰۰۰", written here independently of the app's formatter */
const faMoney = (n: number) => n.toLocaleString('en-US').replaceAll(',', '٬').replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

/** A real PNG (a 48×32 gradient), built byte by byte so the server's content check sees one. */
function makePng(width = 48, height = 32): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set([40 + x * 4, 120 + y * 3, 90], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** Picks an option of a Mantine Select by its visible label. */
async function choose(testId: string, label: string): Promise<void> {
  await byTestId(testId).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** A screenshot of the screen itself: the notifications of earlier steps are left out. */
async function shot(name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  // The header and navigation are fixed: a full-page shot taken scrolled down draws them mid-page.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage, style: '.mantine-Notifications-root { display: none !important; }' });
}

/** Opens a stage's dialog, types its actual dates (and a photo), and saves. */
async function completeStage(stage: string, startDaysAgo: number, endDaysAgo: number, opts: { photo?: boolean; shot?: string } = {}): Promise<void> {
  await byTestId(`stage-edit-${stage}`).click();
  const modal = byTestId('stage-modal');
  await modal.waitFor();
  await byTestId('stage-actual-start').fill(jalaliDaysAgo(startDaysAgo));
  await byTestId('stage-actual-end').fill(jalaliDaysAgo(endDaysAgo));
  await byTestId('stage-notes').click();
  if (opts.photo) await modal.locator('input[type="file"]').setInputFiles({ name: `${stage}.png`, mimeType: 'image/png', buffer: makePng() });
  if (opts.shot) await shot(opts.shot);
  await byTestId('stage-save').click();
}

beforeAll(async () => {
  host = await startHost();
  token = await initCentre(host, { name: 'مرکز نیکوکاری سرپناه', province: 'زنجان', city: 'زنجان' }, { ...ADMIN, displayName: 'مدیر مرکز' });
  const household = await api(
    host,
    'households.create',
    { household: { head: { firstName: 'زینب', lastName: 'محمدی', nationalId: '0790419904', birthDate: '1981-08-03', sex: 'female' }, city: 'زنجان', housingStatus: 'owner', agency: 'none', groups: ['womanHead'] } },
    token,
  );
  expect(household.ok, JSON.stringify(household.error)).toBe(true);
  const donor = await api(host, 'donors.create', { donor: { kind: 'person', firstName: 'حسن', lastName: 'کریمی', mobile: '09121234567' } }, token);
  expect(donor.ok, JSON.stringify(donor.error)).toBe(true);
  browser = await connectBrowser();
  ({ context, page } = await newPage(browser, host.url));
  await byTestId('signin-username').fill(ADMIN.username);
  await byTestId('signin-password').fill(ADMIN.password);
  await byTestId('signin-submit').click();
  await byTestId('nav-projects').waitFor({ timeout: 10_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.stop();
});

describe('projects and housing builds end to end', () => {
  it('creates a housing build for the household', async () => {
    await byTestId('nav-projects').click();
    await byTestId('project-new').click();
    await byTestId('project-name').fill(BUILD);
    await byTestId('project-household').fill('زینب');
    await page.getByRole('option', { name: 'زینب محمدی' }).click();
    await choose('project-land', 'سنددار');
    await byTestId('project-area').fill('۷۵');
    await byTestId('project-budget').fill('3000000000');
    await byTestId('project-start').fill(jalaliDaysAgo(60));
    await byTestId('project-manager').fill('علی نجفی');
    await byTestId('project-save').click();
    await expect.poll(() => byTestId('project-title').textContent(), { timeout: 10_000 }).toBe(BUILD);
    projectUrl = page.url();
    expect(await byTestId('project-household-link').textContent()).toContain('زینب محمدی');
    expect(await byTestId('project-money-budget-value').textContent()).toBe(`${faMoney(3_000_000_000)} ریال`);
  });

  it('is funded by a donor pledge for the project and a bank facility', async () => {
    // From the project's funding section to the pledge screen, which comes with the project
    // already chosen as the pledge's purpose; the donor is picked there.
    await byTestId('project-new-pledge').click();
    await expect.poll(() => byTestId('pledge-project').inputValue(), { timeout: 10_000 }).toBe(BUILD);
    await byTestId('pledge-donor').fill('کریمی');
    await page.getByRole('option', { name: /حسن کریمی/ }).click();
    await byTestId('pledge-kind').getByTestId('pledge-kind-oneOff').click();
    await byTestId('pledge-amount').fill('1000000000');
    await byTestId('pledge-save').click();
    await expect.poll(() => byTestId('pledge-schedule').isVisible(), { timeout: 10_000 }).toBe(true);

    await page.goto(projectUrl);
    await expect.poll(() => byTestId('project-pledge-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await byTestId('project-pledge-row').textContent()).toContain('حسن کریمی');

    await byTestId('funding-add').click();
    await choose('funding-kind', 'تسهیلات بانکی');
    await byTestId('funding-name').fill('بانک مسکن شعبهٔ زنجان');
    await byTestId('funding-committed').fill('1500000000');
    await byTestId('funding-approved').fill('1200000000');
    await byTestId('funding-requestedOn').fill(jalaliDaysAgo(50));
    await byTestId('funding-approvedOn').fill(jalaliDaysAgo(20));
    await byTestId('funding-notes').click();
    await shot('e2e-p04-funding-modal');
    await byTestId('funding-save').click();
    await expect.poll(() => byTestId('funding-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await byTestId('funding-waiting').textContent()).toContain('۳۰');
    // raised = pledge 1,000,000,000 + approved 1,200,000,000; gap = 3,000,000,000 − raised
    expect(await byTestId('project-money-raised-value').textContent()).toBe(`${faMoney(2_200_000_000)} ریال`);
    expect(await byTestId('project-money-gap-value').textContent()).toBe(`${faMoney(800_000_000)} ریال`);
  });

  it('completes stages with a photo, and confirms one finished out of order', async () => {
    await completeStage('foundation', 50, 35, { photo: true, shot: 'e2e-p03-stage-modal' });
    await expect.poll(() => byTestId('stage-row-foundation').getAttribute('data-done'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => byTestId('attachment-photo').count(), { timeout: 10_000 }).toBe(1);
    await completeStage('structure', 34, 12);
    await expect.poll(() => byTestId('project-percent').textContent(), { timeout: 10_000 }).toBe('۴۰٪');

    // Installations before walls and roof: the main process asks, the user confirms.
    await completeStage('installations', 11, 2);
    await expect.poll(() => byTestId('stage-out-of-order').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await byTestId('stage-out-of-order').textContent()).toContain('دیوار و سقف');
    await byTestId('stage-confirm-out-of-order').click();
    await expect.poll(() => byTestId('project-percent').textContent(), { timeout: 10_000 }).toBe('۵۵٪');
    await expect.poll(() => byTestId('stage-modal').count()).toBe(0);
    expect(await byTestId('project-current-stage').textContent()).toContain('دیوار و سقف');
    // The photo is shown from its bytes (a data: URL), not from a path.
    expect(await byTestId('attachment-thumb').first().locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await shot('e2e-p02-project-housing', true);
  });

  it('shows the build on the board and in the housing progress report', async () => {
    await byTestId('nav-projects/board').click();
    await expect.poll(() => byTestId('board-build-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await byTestId('board-status-inProgress-count').textContent()).toBe('۱');
    await byTestId('board-money-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await shot('e2e-p05-board', true);

    const download = page.waitForEvent('download');
    await byTestId('report-housing-progress-pdf').click();
    const file = join(ARTIFACTS, 'e2e-housing-progress.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('محمدی');
    expect(text).toContain('۵۵');
    expect(text).toContain(faMoney(800_000_000));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', file, join(ARTIFACTS, 'e2e-housing-progress')]);
  });

  it('shows a build overdue past the setting as stalled, and the setting moves it', async () => {
    const created = await api(host, 'projects.create', { name: STALLED, kind: 'housing', city: 'زنجان', housing: { landStatus: 'ruralNoDeed' } }, token);
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    const stage = await api(
      host,
      'housing.updateStage',
      { projectId: created.result.id, stage: 'foundation', fields: { plannedStart: addDays(today, -90), plannedEnd: addDays(today, -45), actualStart: addDays(today, -88), percent: 60, waitingFor: 'bank' } },
      token,
    );
    expect(stage.ok, JSON.stringify(stage.error)).toBe(true);

    await page.goto(`${host.url}/#/projects`);
    const row = byTestId('project-row').filter({ hasText: STALLED });
    await expect.poll(() => row.getByTestId('project-stalled-badge').textContent(), { timeout: 10_000 }).toBe('متوقف ۴۵ روز');
    expect(await byTestId('project-row').filter({ hasText: BUILD }).getByTestId('project-stalled-badge').count()).toBe(0);
    await shot('e2e-p01-list');

    // Allow 60 days: the build is no longer stalled.
    await page.goto(`${host.url}/#/settings`);
    await byTestId('stall-days').fill('60');
    await byTestId('stall-days-save').click();
    await expect.poll(() => api(host, 'projects.getSettings', {}, token).then((r) => r.result.stallDays), { timeout: 10_000 }).toBe(60);
    await page.goto(`${host.url}/#/projects?status=stalled`);
    await expect.poll(() => byTestId('project-empty').isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it('records an expense on a stage and voids it with a reason', async () => {
    await page.goto(projectUrl);
    await byTestId('expense-add').click();
    await byTestId('expense-amount').fill('45000000');
    await byTestId('expense-description').fill('خرید سیمان و میلگرد');
    await choose('expense-stage', 'اسکلت');
    await byTestId('expense-save').click();
    await expect.poll(() => byTestId('expense-row').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => byTestId('project-money-spent-value').textContent()).toBe(`${faMoney(45_000_000)} ریال`);
    expect(await byTestId('stage-row-structure').textContent()).toContain(faMoney(45_000_000));

    await byTestId('expense-void').click();
    await byTestId('expense-void-dialog-confirm').click();
    // no reason: refused in the dialog, nothing voided
    await expect.poll(() => byTestId('expense-void-dialog').textContent()).toContain('علت را بنویسید');
    await byTestId('expense-void-dialog-reason').fill('فاکتور تکراری بود');
    await byTestId('expense-void-dialog-confirm').click();
    await expect.poll(() => page.locator('[data-testid="expense-row"][data-voided]').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => byTestId('project-money-spent-value').textContent()).toBe('۰ ریال');
  });

  it('hands equipment to the household and prints the handover receipt', async () => {
    const created = await api(host, 'projects.create', { name: 'تنور نان خانگی', kind: 'equipment', city: 'زنجان' }, token);
    expect(created.ok, JSON.stringify(created.error)).toBe(true);
    await page.goto(`${host.url}/#/projects/${created.result.id}`);
    await byTestId('lot-add').click();
    await byTestId('lot-kind').fill('تنور نان');
    await byTestId('lot-count').fill('۳');
    await byTestId('lot-value').fill('25000000');
    await byTestId('lot-save').click();
    await expect.poll(() => byTestId('lot-row').count(), { timeout: 10_000 }).toBe(1);

    await byTestId('lot-handover').click();
    await byTestId('handover-household').fill('زینب');
    await page.getByRole('option', { name: 'زینب محمدی' }).click();
    await byTestId('handover-save').click();
    await expect.poll(() => byTestId('lot-row').textContent(), { timeout: 10_000 }).toContain('۱ از ۳');
    await byTestId('lot-toggle').click();
    await expect.poll(() => byTestId('handover-row').count(), { timeout: 10_000 }).toBe(1);

    const download = page.waitForEvent('download');
    await byTestId('handover-receipt').click();
    const file = join(ARTIFACTS, 'e2e-handover-receipt.pdf');
    await (await download).saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('محمدی');
    expect(text).toContain('تنور');

    // The signed receipt goes back to the project as a document; a text file is refused at once.
    await byTestId('attachment-add').click();
    const input = byTestId('upload-modal').locator('input[type="file"]');
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    await expect.poll(() => byTestId('upload-modal').textContent()).toContain('فقط عکس');
    await input.setInputFiles(file);
    await byTestId('upload-caption').fill('رسید امضاشدهٔ تحویل');
    await byTestId('upload-save').click();
    await expect.poll(() => byTestId('attachment-doc').textContent(), { timeout: 10_000 }).toContain('رسید امضاشدهٔ تحویل');
  });

  it('edits the build, and refuses an edit over someone else\'s newer change', async () => {
    await page.goto(`${projectUrl}/edit`);
    await byTestId('project-manager').fill('مریم احمدی');
    // Meanwhile someone else saves the project.
    const id = projectUrl.split('/').pop()!;
    const p = (await api(host, 'projects.get', { id }, token)).result;
    const fields = {
      name: p.name, kind: p.kind, status: p.status, city: p.city, startDate: p.startDate, plannedEndDate: p.plannedEndDate, budget: p.budget,
      managerName: 'رضا کاظمی', description: p.description,
      housing: { householdId: p.housing.householdId, landStatus: p.housing.landStatus, areaM2: p.housing.areaM2, address: p.housing.address },
    };
    expect((await api(host, 'projects.update', { id, fields }, token)).ok).toBe(true);
    await byTestId('project-save').click();
    await expect.poll(() => byTestId('project-stale').isVisible(), { timeout: 10_000 }).toBe(true);
    await byTestId('project-reload').click();
    await expect.poll(() => byTestId('project-manager').inputValue(), { timeout: 10_000 }).toBe('رضا کاظمی');
    await byTestId('project-manager').fill('مریم احمدی');
    await byTestId('project-save').click();
    await expect.poll(() => byTestId('project-title').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('body').textContent()).toContain('مریم احمدی');
  });

  it('reads in English, left to right, with Latin digits', async () => {
    await page.goto(projectUrl);
    await byTestId('project-title').waitFor();
    await byTestId('switch-language').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await expect.poll(() => byTestId('project-percent').textContent()).toBe('55%');
    // The navigation slides to the other side; let it settle before the screenshot.
    await page.waitForTimeout(500);
    expect(await byTestId('project-money-gap-value').textContent()).toMatch(/^800,000,000 rials?$/i);
    await shot('e2e-p06-project-english', true);
    await byTestId('switch-language').click();
  });
});

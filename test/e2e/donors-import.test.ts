// A manager brings the centre's donor spreadsheet in, in Chromium on the real browser host: a CSV
// as Excel saves it (BOM, CRLF) with Persian column names and Persian digits; a row whose national
// ID has a wrong check digit is shown with its spreadsheet row number before anything is sent, and
// nothing is saved; with the row fixed, the new donors are added (IDs and mobiles stored in Latin
// digits), a row naming an existing donor's national ID and one naming an existing donor's mobile
// are skipped and listed by row, and the donors list then shows the new names. The same screen
// reads an Excel workbook, where a national ID stored as a number keeps its leading zeros only
// when the cell's format shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type Excel from 'exceljs';
import { api, connectBrowser, excelCsv, excelWorkbook, initCentre, newPage, persianDigits, pickCsv, screenshot, signIn, startHost, XLSX_MIME, type Host } from './harness.ts';
import { makeNationalId, nextNationalId } from '../helpers/fixtures.ts';

const ADMIN = { username: 'admin', password: 'admin-pass-1405' };
const MANAGER = { username: 'modir', password: 'manager-pass-1405' };
let host: Host;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let token: string;
const maryamId = nextNationalId(); // the donor already in the database
const zahraId = nextNationalId();
const hasanId = nextNationalId();
const hoseinId = nextNationalId();
// the same nine digits with another last digit: the check digit no longer matches
const hoseinTypo = hoseinId.slice(0, 9) + String((Number(hoseinId[9]) + 1) % 10);

const byTestId = (id: string) => page.getByTestId(id);
const fa = persianDigits;

// column names as renderer/locales/fa/donors.json "import.headers" lists them (first choice each)
const HEADER = 'نوع,نام,نام خانوادگی,نام سازمان,کد ملی,تلفن همراه,شهر,برچسب‌ها';
const ROWS = {
  zahra: `شخص,زهرا,احمدی,,${fa(zahraId)},۰۹۳۵ ۱۱۱ ۲۲۳۳,قم,"ماهانه، مسجد"`,
  hasan: `شخص حقیقی,حسن,رضایی,,${hasanId},,مشهد,`,
  hoseinTypo: `شخص,حسین,موسوی,,${fa(hoseinTypo)},,,`,
  hosein: `شخص,حسین,موسوی,,${fa(hoseinId)},,,`,
  sameId: `شخص,مریم,نوری,,${fa(maryamId)},,قم,`,
  sameMobile: 'شخص,رضا,نوری,,,۰۹۱۲۱۲۳۴۵۶۷,,',
  // no kind and only an organisation's name: read as an organisation
  org: ',,,خیریه نور امید,,,تهران,',
};
const csv = (...rows: string[]) => excelCsv(HEADER, rows);
const pick = (name: string, content: Buffer, mimeType?: string) => pickCsv(page, { input: 'import-file-input', preview: 'import-preview' }, name, content, mimeType);

beforeAll(async () => {
  host = await startHost();
  const admin = await initCentre(host, { name: 'مرکز نیکوکاری کوثر', province: 'قم', city: 'قم' }, { ...ADMIN, displayName: 'مدیر سامانه' });
  await api(host, 'users.create', { username: MANAGER.username, displayName: 'مدیر مرکز', role: 'manager', password: MANAGER.password }, admin);
  const maryam = await api(host, 'donors.create', { donor: { kind: 'person', firstName: 'مریم', lastName: 'نوری', nationalId: maryamId, mobile: '09121234567' } }, admin);
  expect(maryam.ok).toBe(true);
  token = (await api(host, 'auth.signIn', MANAGER)).result.token as string;
  browser = await connectBrowser();
  ({ context, page } = await newPage(browser, host.url));
  await signIn(page, MANAGER);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.stop();
});

interface Summary { kind: string; displayName: string; nationalId: string | null; mobile: string | null; city: string | null; tags: string[] }
/** Every donor, archived or not, as the service holds them. */
const donors = async () => (await api(host, 'donors.search', { status: 'all', limit: 200 }, token)).result.items as Summary[];

describe('donors import end to end', () => {
  it('opens from the donors list', async () => {
    await page.goto(`${host.url}/#/donors`);
    await byTestId('donor-import-open').click();
    await expect.poll(() => byTestId('donor-import').isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it('shows a national ID with a wrong check digit by its spreadsheet row; nothing is saved', async () => {
    await pick('خیرین.csv', csv(ROWS.zahra, ROWS.hasan, ROWS.hoseinTypo));
    await expect.poll(() => byTestId('import-error-row').count(), { timeout: 10_000 }).toBe(1);
    const text = await byTestId('import-error-row').textContent();
    expect(text).toContain('سطر ۴:');
    expect(text).toContain('کد ملی: کد ملی درست نیست: رقم کنترل');
    expect(await byTestId('import-errors').textContent()).toContain('۱ سطر ایراد دارد');
    expect(await byTestId('import-start').isDisabled()).toBe(true);
    await byTestId('import-error-row').scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-di01-donor-import-problem');
    expect((await donors()).map((d) => d.displayName)).toEqual(['مریم نوری']);
  });

  it('with the row fixed, adds the new donors and lists the duplicates by row', async () => {
    await pick('خیرین.csv', csv(ROWS.zahra, ROWS.hasan, ROWS.hosein, ROWS.sameId, ROWS.sameMobile, ROWS.org));
    await expect.poll(() => byTestId('import-start').isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await byTestId('import-errors').count()).toBe(0);
    expect(await byTestId('import-start').textContent()).toContain('ورود ۶ خیّر');
    await byTestId('import-start').click();
    await expect.poll(() => byTestId('import-summary').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await byTestId('import-created').textContent()).toContain('۴ خیّر افزوده شد');
    const skipped = byTestId('import-skipped').locator('li');
    expect(await skipped.count()).toBe(2);
    const [sameId, sameMobile] = await skipped.allTextContents();
    expect(sameId).toContain('سطر ۵');
    expect(sameId).toContain('(مریم نوری): کد ملی همان است که مریم نوری');
    expect(sameMobile).toContain('سطر ۶');
    expect(sameMobile).toContain('(رضا نوری): شمارهٔ همراه همان است که مریم نوری');
    await screenshot(page, 'e2e-di02-donor-import-summary');

    // exactly the four new donors besides Maryam, digits stored as Latin, Maryam not duplicated
    const all = (await donors()).map((d) => [d.kind, d.displayName, d.nationalId, d.mobile, d.city, [...d.tags].sort()]);
    expect(all.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual(
      [
        ['person', 'زهرا احمدی', zahraId, '09351112233', 'قم', ['ماهانه', 'مسجد'].sort()],
        ['person', 'حسن رضایی', hasanId, null, 'مشهد', []],
        ['person', 'حسین موسوی', hoseinId, null, null, []],
        ['organisation', 'خیریه نور امید', null, null, 'تهران', []],
        ['person', 'مریم نوری', maryamId, '09121234567', null, []],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
  });

  it('the donors list then shows the new names', async () => {
    await page.getByRole('link', { name: 'رفتن به فهرست خیّرین' }).click();
    await expect.poll(() => byTestId('donor-row').count(), { timeout: 10_000 }).toBe(5);
    const names = await byTestId('donor-name').allTextContents();
    for (const name of ['زهرا احمدی', 'حسن رضایی', 'حسین موسوی', 'خیریه نور امید', 'مریم نوری']) {
      expect(names.some((n) => n.includes(name))).toBe(true);
    }
    expect(await byTestId('donor-total').textContent()).toContain('۵');
    await screenshot(page, 'e2e-di03-donors-after-import');
  });

  it('reads an Excel workbook too: a number lost its leading zeros is flagged, zeros kept by the format or as text import', async () => {
    // national IDs that start with zeros, as many Persian IDs do
    const fatemehId = makeNationalId('004567891');
    const rezaId = makeNationalId('000765432');
    const book = (fatemehCell: (cell: Excel.Cell) => void) =>
      excelWorkbook((ws) => {
        ws.addRow(HEADER.split(','));
        const fatemeh = ws.addRow(['شخص', 'فاطمه', 'زارعی', '', null, '۰۹۱۳ ۰۰۰ ۱۱۲۲', { formula: '"اصفهان"', result: 'اصفهان' }, 'ماهانه']);
        fatemehCell(fatemeh.getCell(5));
        const reza = ws.addRow(['شخص', 'رضا', 'کاظمی', '', rezaId, 9_151_112_233]); // the ID typed as text
        reza.getCell(6).numFmt = '00000000000';
      });
    await page.goto(`${host.url}/#/donors`);
    await byTestId('donor-import-open').click();

    // the ID typed as a plain number: Excel keeps 4567891..., the row is flagged with the hint
    await pick('خیرین.xlsx', await book((cell) => (cell.value = Number(fatemehId))), XLSX_MIME);
    await expect.poll(() => byTestId('import-error-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await byTestId('import-error-row').textContent()).toContain('سطر ۲:');
    expect(await byTestId('import-errors').textContent()).toContain('صفر اول');

    // the same number shown through the custom format 0000000000: read as Excel shows it
    await pick(
      'خیرین.xlsx',
      await book((cell) => {
        cell.value = Number(fatemehId);
        cell.numFmt = '0000000000';
      }),
      XLSX_MIME,
    );
    await expect.poll(() => byTestId('import-start').isEnabled(), { timeout: 10_000 }).toBe(true);
    const preview = (await byTestId('import-preview').textContent())!;
    expect(preview).toContain('اصفهان');
    expect(preview).toContain(fatemehId); // as Excel shows them, leading zeros and all
    expect(preview).toContain('09151112233');
    await byTestId('import-start').click();
    await expect.poll(() => byTestId('import-summary').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await byTestId('import-created').textContent()).toContain('۲ خیّر افزوده شد');
    const added = (await donors()).filter((d) => ['فاطمه زارعی', 'رضا کاظمی'].includes(d.displayName));
    expect(added.map((d) => [d.displayName, d.nationalId, d.mobile, d.city, d.tags]).sort()).toEqual([
      ['رضا کاظمی', rezaId, '09151112233', null, []],
      ['فاطمه زارعی', fatemehId, '09130001122', 'اصفهان', ['ماهانه']],
    ]);
  });
});

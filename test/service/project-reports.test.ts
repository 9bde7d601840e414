// The projects' reports through the contract, on a centre whose builds, money and photos were
// entered through the public channels (projects.create, housing.updateStage, funding.add,
// pledges.create, payments.record, projects.recordExpense, attachments.add). Every figure is
// worked out by hand below from what was entered; files are read back with poppler, exceljs and
// a CSV parser (test/helpers/reportFiles.ts), and their pages rendered to test/artifacts/.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import type { HousingStage } from '../../shared/domain/housing.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { manualClock, nextNationalId } from '../helpers/fixtures.ts';
import { addDonor, isoOfJalali } from '../helpers/treasury.ts';
import { col, csvTable, fa, makePng, n, readCsv, readPdf, readXlsx, sheetTable } from '../helpers/reportFiles.ts';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';

const J = (m: number, d: number) => isoOfJalali(1405, m, d);
const B = 1_000_000_000; // a billion rials
const M = 1_000_000;

let scratch: string;
let printer: ChromiumPrinter;
let t: TestCore;
let tokens: Record<Role, string>;
const clock = manualClock('2026-11-24T08:00:00Z'); // 1405/09/03, 11:30 in Tehran
const ids: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H', string> = { A: '', B: '', C: '', D: '', E: '', F: '', G: '', H: '' };

type StageFields = InputOf<'housing.updateStage'>['fields'];

async function household(tc: TestCore, token: string, firstName: string, lastName: string): Promise<string> {
  const head = { firstName, lastName, nationalId: nextNationalId(), birthDate: '1982-04-01', sex: 'female' as const };
  return (await tc.call('households.create', { household: { head, city: 'زنجان', housingStatus: 'owner', agency: 'none', groups: ['womanHead'] } }, token)).id;
}

async function build(tc: TestCore, token: string, name: string, householdId: string, city: string, budget: number): Promise<string> {
  return (await tc.call('projects.create', { name, kind: 'housing', city, budget, startDate: null, housing: { householdId, landStatus: 'deeded', areaM2: 75 } }, token)).id;
}

async function stage(tc: TestCore, token: string, projectId: string, s: HousingStage, fields: StageFields): Promise<void> {
  await tc.call('housing.updateStage', { projectId, stage: s, fields }, token);
}

/** A stage done between two dates. */
const done = (start: string, end: string): StageFields => ({ plannedStart: start, plannedEnd: end, actualStart: start, actualEnd: end, percent: 100 });

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'hamyar-project-reports-'));
  printer = createChromiumPrinter();
  t = await makeTestCore({ clock, printer });
  tokens = await setUpCentre(t);
  const { manager, caseworker: cw, treasurer: tr, volunteer } = tokens;
  const hh = [
    await household(t, cw, 'فاطمه', 'رضایی'),
    await household(t, cw, 'مریم', 'احمدی'),
    await household(t, cw, 'زهرا', 'کریمی'),
    await household(t, cw, 'معصومه', 'موسوی'),
  ];
  const d1 = await addDonor(t, tr, 'علی', 'نیکوکار');
  const d2 = await addDonor(t, tr, 'حسین', 'خیراندیش');

  // A: foundation and structure done, walls and roof 40% and due 1405/07/03: 60 days late on
  // 09/03 (Mehr and Aban have 30 days each), waiting for money. 15 + 25 + 20×40% = 48%.
  // Raised: a 200m pledge (50m paid) + a 1,000m grant + a bank facility approved at 600m =
  // 1,800m of 3,000m; gap 1,200m. Received 50m + 500m = 550m. Spent 400m.
  ids.A = await build(t, manager, 'مسکن روستای سهرین', hh[0]!, 'زنجان', 3 * B);
  await stage(t, cw, ids.A, 'foundation', done(J(3, 1), J(4, 10)));
  await stage(t, cw, ids.A, 'structure', done(J(4, 20), J(6, 10)));
  await stage(t, cw, ids.A, 'wallsRoof', { plannedStart: J(6, 15), plannedEnd: J(7, 3), actualStart: J(6, 16), percent: 40, waitingFor: 'money' });
  await t.call('funding.add', { projectId: ids.A, fields: { kind: 'agencyGrant', sourceName: 'کمیته امداد زنجان', committed: 1 * B, received: 500 * M, receivedOn: J(5, 1) } }, tr);
  await t.call('funding.add', {
    projectId: ids.A,
    fields: { kind: 'bankFacility', sourceName: 'بانک مسکن', committed: 800 * M, approved: 600 * M, requestedOn: J(4, 1), approvedOn: J(6, 1) },
  }, tr);
  const pledge = await t.call('pledges.create', { donorId: d1, projectId: ids.A, kind: 'oneOff', amount: 200 * M, startDate: J(5, 1) }, tr);
  await t.call('payments.record', { payment: { donorId: d1, pledgeId: pledge.id, amount: 50 * M, date: J(5, 2), method: 'cash' } }, volunteer);
  await t.call('projects.recordExpense', { projectId: ids.A, date: J(4, 10), amount: 400 * M, description: 'بتن و آرماتور پی', stage: 'foundation' }, tr);

  // B: foundation half done and not yet due: 15×50% = 7%. A company's 2,500m covers the budget.
  ids.B = await build(t, manager, 'مسکن کوی فرهنگ', hh[1]!, 'ابهر', 2.5 * B);
  await stage(t, cw, ids.B, 'foundation', { plannedStart: J(8, 1), plannedEnd: J(10, 1), actualStart: J(8, 5), percent: 50 });
  await t.call('funding.add', { projectId: ids.B, fields: { kind: 'companyCsr', sourceName: 'شرکت ملی نفت', committed: 2.5 * B, received: 1 * B, receivedOn: J(8, 1) } }, tr);

  // C: three stages done, installations 20% and due 1405/07/28: 35 days late, waiting for the
  // bank (requested, not approved: counts nothing). 15 + 25 + 20 + 15×20% = 63%. A donor's 300m.
  ids.C = await build(t, manager, 'مسکن محله گلشهر', hh[2]!, 'زنجان', 2 * B);
  await stage(t, cw, ids.C, 'foundation', done(J(2, 1), J(3, 1)));
  await stage(t, cw, ids.C, 'structure', done(J(3, 2), J(5, 1)));
  await stage(t, cw, ids.C, 'wallsRoof', done(J(5, 2), J(7, 1)));
  await stage(t, cw, ids.C, 'installations', { plannedStart: J(7, 2), plannedEnd: J(7, 28), actualStart: J(7, 2), percent: 20, waitingFor: 'bank' });
  await t.call('funding.add', { projectId: ids.C, fields: { kind: 'bankFacility', sourceName: 'بانک ملی', committed: 1.5 * B, requestedOn: J(7, 1) } }, tr);
  await t.call('payments.record', { payment: { donorId: d2, projectId: ids.C, amount: 300 * M, date: J(8, 1), method: 'transfer', trackingNo: '99887766' } }, volunteer);

  // D: every stage done, handed over (closed): listed only with includeClosed. Fully funded.
  ids.D = await build(t, manager, 'مسکن روستای ارمغان', hh[3]!, 'خرمدره', 1.8 * B);
  const stages: HousingStage[] = ['foundation', 'structure', 'wallsRoof', 'installations', 'finishing', 'handover'];
  for (const [i, s] of stages.entries()) await stage(t, cw, ids.D, s, done(isoOfJalali(1404, 2 * i + 1, 1), isoOfJalali(1404, 2 * i + 1, 25)));
  await t.call('funding.add', { projectId: ids.D, fields: { kind: 'agencyGrant', sourceName: 'بنیاد مسکن', committed: 1.8 * B, received: 1.8 * B, receivedOn: isoOfJalali(1404, 1, 5) } }, tr);

  // E: an employment plan, 100m of 500m received (20%), 80m spent. F: no budget, 40m received.
  // G: archived (left out everywhere). H: cancelled, 100m budget, nothing raised (no gap).
  const plan = (name: string, kind: 'employment' | 'general', budget: number | null, status: 'inProgress' | 'planned' | 'cancelled' = 'inProgress') =>
    t.call('projects.create', { name, kind, status, city: 'زنجان', budget, ...(kind === 'employment' ? { employment: { jobsPlanned: 20, jobsCreated: 6 } } : {}) }, manager);
  ids.E = (await plan('کارگاه خیاطی بانوان', 'employment', 500 * M)).id;
  await t.call('payments.record', { payment: { donorId: d2, projectId: ids.E, amount: 100 * M, date: J(8, 10), method: 'cash' } }, volunteer);
  await t.call('projects.recordExpense', { projectId: ids.E, date: J(8, 12), amount: 80 * M, description: 'چرخ خیاطی', stage: null }, tr);
  ids.F = (await plan('بسته معیشتی زمستان', 'general', null, 'planned')).id;
  await t.call('payments.record', { payment: { donorId: d1, projectId: ids.F, amount: 40 * M, date: J(8, 20), method: 'card', cardLast4: '4321' } }, volunteer);
  ids.G = (await plan('کارگاه نان بایگانی', 'employment', 700 * M)).id;
  await t.call('projects.archive', { id: ids.G, reason: 'ثبت تکراری' }, manager);
  ids.H = (await plan('جشن عاطفه‌ها', 'general', 100 * M, 'cancelled')).id;

  // A's photos: five of stages, a minute apart (the four newest go on the sheet), then a newer
  // photo of the whole project (stage photos come first) and a PDF (not a photo).
  const photo = (width: number, s: HousingStage | null, hue: number) =>
    t.call('attachments.add', { projectId: ids.A, stage: s, fileName: `photo-${width}.png`, mimeType: 'image/png', base64: makePng(width, 80, hue).toString('base64'), caption: 'خانهٔ خانم رضایی' }, cw);
  for (const [i, s] of (['foundation', 'foundation', 'structure', 'wallsRoof', 'wallsRoof'] as const).entries()) {
    await photo(120 + 4 * i, s, 40 * i);
    clock.advance(60_000);
  }
  await photo(60, null, 200);
  const pdf = await t.call('reports.projectsSummary', { format: 'pdf' }, tr);
  await t.call('attachments.add', { projectId: ids.A, stage: 'wallsRoof', fileName: 'contract.pdf', mimeType: 'application/pdf', base64: pdf.base64 }, cw);
}, 120_000);

afterAll(async () => {
  t?.close();
  await printer?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('reports.housingProgress', () => {
  test('PDF: stalled first (longest first), then least complete; percent, days, waiting, gap, totals', async () => {
    const file = await t.call('reports.housingProgress', { includeClosed: false, format: 'pdf' }, tokens.treasurer);
    expect(file.fileName).toBe('housing-progress-1405-09-03.pdf');
    const pdf = readPdf(file, scratch, 'print-housing-progress');
    expect(pdf.text).toContain(n('پیشرفت ساخت مسکن مددجویان تا ۱۴۰۵/۰۹/۰۳'));
    expect(pdf.text).toContain(n('بیش از ۳۰ روز'));
    expect(pdf.text.replace(/،/g, '')).toContain(n('۳ ساخت ۲ متوقف')); // pdftotext moves the comma
    const row = (name: string) => pdf.lines.findIndex((l) => l.includes(n(name)));
    const [a, c, b] = [row('مسکن روستای سهرین'), row('مسکن محله گلشهر'), row('مسکن کوی فرهنگ')];
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(c);
    expect(c).toBeLessThan(b);
    expect(row('مسکن روستای ارمغان')).toBe(-1); // handed over: closed
    for (const [line, parts] of [
      [a, ['فاطمه رضایی', 'دیوار و سقف', '۴۸', '۶۰', 'تأمین پول', fa(3 * B), fa(1.8 * B), fa(1.2 * B)]],
      [c, ['زهرا کریمی', 'تأسیسات', '۶۳', '۳۵', 'تسهیلات بانکی', fa(2 * B), fa(300 * M), fa(1.7 * B)]],
      [b, ['مریم احمدی', 'ابهر', 'پی', fa(2.5 * B)]],
    ] as const) {
      for (const p of parts) expect(pdf.lines[line], p).toContain(n(p));
    }
    const totals = pdf.lines.find((l) => l.includes(n('جمع')) && l.includes(n(fa(7.5 * B))));
    expect(totals).toContain(n(fa(4.6 * B)));
    expect(totals).toContain(n(fa(2.9 * B)));
    expect(pdf.text).toContain(n('صفحه ۱ از ۱'));
  });

  test('XLSX: right to left, figures as numbers, the due date as Jalali text beside ISO, totals', async () => {
    const ws = await readXlsx(await t.call('reports.housingProgress', { includeClosed: false, format: 'xlsx' }, tokens.manager));
    expect(ws.name).toBe('پیشرفت ساخت مسکن');
    const table = sheetTable(ws, 'طرح', /^جمع/);
    const c = (name: string) => col(table.headers, name);
    expect(table.rows.map((r) => r[0])).toEqual(['مسکن روستای سهرین', 'مسکن محله گلشهر', 'مسکن کوی فرهنگ']);
    expect(table.rows.map((r) => r[c('پیشرفت (٪)')])).toEqual([48, 63, 7]);
    expect(table.rows.map((r) => r[c('روز توقف')])).toEqual([60, 35, null]);
    expect(table.rows.map((r) => r[c('در انتظار')])).toEqual(['تأمین پول', 'تسهیلات بانکی', null]);
    expect(table.rows.map((r) => r[c('وضعیت')])).toEqual(['متوقف', 'متوقف', 'در حال اجرا']);
    expect(table.rows.map((r) => [r[c('موعد مرحله')], r[c('موعد مرحله (میلادی)')]])).toEqual([
      ['۱۴۰۵/۰۷/۰۳', J(7, 3)],
      ['۱۴۰۵/۰۷/۲۸', J(7, 28)],
      ['۱۴۰۵/۱۰/۰۱', J(10, 1)],
    ]);
    expect(table.rows.map((r) => [r[c('بودجه (ریال)')], r[c('تأمین‌شده (ریال)')], r[c('کسری بودجه (ریال)')]])).toEqual([
      [3 * B, 1.8 * B, 1.2 * B],
      [2 * B, 300 * M, 1.7 * B],
      [2.5 * B, 2.5 * B, 0],
    ]);
    expect(table.totals?.slice(c('بودجه (ریال)'))).toEqual([7.5 * B, 4.6 * B, 2.9 * B]);
  });

  test('CSV with closed builds: BOM, the handed-over build last and complete, plain integers', async () => {
    const lines = readCsv(await t.call('reports.housingProgress', { includeClosed: true, format: 'csv' }, tokens.caseworker));
    const table = csvTable(lines, 'طرح', /^جمع/);
    expect(table.rows.map((r) => r[0])).toEqual(['مسکن روستای سهرین', 'مسکن محله گلشهر', 'مسکن کوی فرهنگ', 'مسکن روستای ارمغان']);
    const last = table.rows[3]!;
    expect([last[col(table.headers, 'وضعیت')], last[col(table.headers, 'مرحلهٔ جاری')], last[col(table.headers, 'پیشرفت (٪)')]]).toEqual(['واگذارشده', 'تکمیل‌شده', '100']);
    expect(table.rows[0]![col(table.headers, 'موعد مرحله')]).toBe('1405/07/03');
    expect(Number(table.totals?.[col(table.headers, 'بودجه (ریال)')])).toBe(9.3 * B);
    expect(table.totals?.[col(table.headers, 'کسری بودجه (ریال)')]).toBe(String(2.9 * B));
  });

  test('volunteers may not print it', async () => {
    expect((await t.fail('reports.housingProgress', { format: 'csv' }, tokens.volunteer)).code).toBe('FORBIDDEN');
  });
});

describe('reports.projectsSummary', () => {
  test('XLSX: a table per kind by status with its total, then every kind and the grand total', async () => {
    const ws = await readXlsx(await t.call('reports.projectsSummary', { format: 'xlsx' }, tokens.treasurer));
    const measures = (r: (string | number | null)[] | null | undefined) => r?.slice(1);
    const housing = sheetTable(ws, 'وضعیت', /^جمع/, 0);
    expect(housing.headers.slice(1)).toEqual(['تعداد', 'بودجه (ریال)', 'تأمین‌شده (ریال)', 'دریافت‌شده (ریال)', 'هزینه‌شده (ریال)', 'کسری بودجه (ریال)']);
    expect(housing.rows).toEqual([
      ['در حال اجرا', 1, 2.5 * B, 2.5 * B, 1 * B, 0, 0],
      ['متوقف', 2, 5 * B, 2.1 * B, 850 * M, 400 * M, 2.9 * B],
      ['واگذارشده', 1, 1.8 * B, 1.8 * B, 1.8 * B, 0, 0],
    ]);
    expect(housing.totals).toEqual(['جمع مسکن مددجویان', 4, 9.3 * B, 6.4 * B, 3.65 * B, 400 * M, 2.9 * B]);
    const employment = sheetTable(ws, 'وضعیت', /^جمع/, 1); // the archived plan G is not counted
    expect(employment.rows).toEqual([['در حال اجرا', 1, 500 * M, 100 * M, 100 * M, 80 * M, 400 * M]]);
    const general = sheetTable(ws, 'وضعیت', /^جمع/, 2);
    expect(general.rows).toEqual([
      ['در برنامه', 1, 0, 40 * M, 40 * M, 0, 0],
      ['لغوشده', 1, 100 * M, 0, 0, 0, 0], // a cancelled project has no gap to fill
    ]);
    const all = sheetTable(ws, 'نوع طرح', /^جمع کل/);
    expect(all.rows.map((r) => r[0])).toEqual(['مسکن مددجویان', 'اشتغال‌زایی', 'تجهیزات اشتغال‌زایی', 'حمایت تحصیلی', 'عمومی']);
    expect(all.rows[2]).toEqual(['تجهیزات اشتغال‌زایی', 0, 0, 0, 0, 0, 0]);
    expect(measures(all.totals)).toEqual([7, 9.9 * B, 6.54 * B, 3.79 * B, 480 * M, 3.3 * B]);
  });

  test('PDF and CSV: the same grand total; page numbers; BOM', async () => {
    const pdf = readPdf(await t.call('reports.projectsSummary', { format: 'pdf' }, tokens.treasurer), scratch, 'print-projects-summary');
    expect(pdf.text).toContain(n('خلاصهٔ طرح‌ها به تفکیک نوع و وضعیت'));
    const grand = pdf.lines.find((l) => l.includes(n('جمع کل')));
    for (const v of [9.9 * B, 6.54 * B, 3.79 * B, 480 * M, 3.3 * B]) expect(grand).toContain(n(fa(v)));
    expect(pdf.lines.find((l) => l.includes(n('جمع مسکن مددجویان')))).toContain(n(fa(9.3 * B)));
    expect(pdf.text).toMatch(new RegExp(n('صفحه ۱ از [۱۲]')));
    const table = csvTable(readCsv(await t.call('reports.projectsSummary', { format: 'csv' }, tokens.manager)), 'نوع طرح', /^جمع کل/);
    expect(table.totals?.slice(1)).toEqual(['7', String(9.9 * B), String(6.54 * B), String(3.79 * B), String(480 * M), String(3.3 * B)]);
  });
});

describe('reports.projectSheet', () => {
  test("a build: one A4 page, no household's name, progress, stages, money and the four newest stage photos", async () => {
    const file = await t.call('reports.projectSheet', { projectId: ids.A }, tokens.manager);
    const pdf = readPdf(file, scratch, 'print-project-sheet-build');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain(n('مسکن روستای سهرین'));
    expect(pdf.text).toContain(n('خانوار تحت حمایت'));
    expect(pdf.text).not.toContain(n('رضایی')); // neither the household nor the staff's caption
    expect(pdf.text).not.toContain(n('فاطمه'));
    expect(pdf.text).toMatch(/۴۸٪|٪۴۸/); // the sign goes either side of the digits in pdftotext's order
    for (const s of ['پی', 'اسکلت', 'دیوار و سقف', 'تأسیسات', 'نازک', 'تحویل', 'انجام شد', 'در حال انجام']) expect(pdf.text).toContain(n(s));
    expect(pdf.text).toContain(n('۶۰ روز'));
    for (const v of [3 * B, 1.8 * B, 550 * M, 1.2 * B]) expect(pdf.text).toContain(n(fa(v)));
    expect(pdf.images.map((i) => i.width).sort((x, y) => x - y)).toEqual([124, 128, 132, 136]);
  });

  test('a photo whose file is gone from the data folder gives its place to the next one', async () => {
    const newest = t.core.db().prepare("SELECT sha256 FROM attachments WHERE project_id = ? AND stage IS NOT NULL AND mime_type = 'image/png' ORDER BY created_at DESC LIMIT 1").pluck().get(ids.A) as string;
    rmSync(join(t.dataDir, 'attachments', newest.slice(0, 2), newest));
    const pdf = readPdf(await t.call('reports.projectSheet', { projectId: ids.A }, tokens.manager), scratch, 'print-project-sheet-missing');
    expect(pdf.pages).toBe(1);
    expect(pdf.images.map((i) => i.width).sort((x, y) => x - y)).toEqual([120, 124, 128, 132]);
  });

  test('an employment plan: money received against its budget; no photos; one page', async () => {
    const pdf = readPdf(await t.call('reports.projectSheet', { projectId: ids.E }, tokens.treasurer), scratch, 'print-project-sheet-plan');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain(n('کارگاه خیاطی بانوان'));
    expect(pdf.text).toMatch(/۲۰٪|٪۲۰/);
    expect(pdf.text).toContain(n('دریافت‌شده از بودجه'));
    expect(pdf.images).toEqual([]);
  });

  test('unknown project, wrong role', async () => {
    expect((await t.fail('reports.projectSheet', { projectId: '00000000-0000-4000-8000-000000000000' }, tokens.manager)).code).toBe('NOT_FOUND');
    expect((await t.fail('reports.projectSheet', { projectId: ids.A }, tokens.volunteer)).code).toBe('FORBIDDEN');
  });
});

describe('stalled across the end of a leap Esfand', () => {
  // 1403 is a leap year: Esfand has 30 days. A stage due 1403/12/30 (2025-03-20) is 30 days late
  // on 1404/01/30 and 31 days late on 1404/01/31: stalled from the 31st with the 30-day setting.
  const due = isoOfJalali(1403, 12, 30);
  const on = (jm: number, jd: number) => isoOfJalali(1404, jm, jd);
  let u: TestCore;
  const leapClock = manualClock(`${isoOfJalali(1403, 12, 1)}T08:00:00Z`);

  beforeAll(async () => {
    u = await makeTestCore({ clock: leapClock, printer });
    const tk = await setUpCentre(u);
    const id = await build(u, tk.manager, 'مسکن روستای نوری', await household(u, tk.caseworker, 'سمیه', 'نوری'), 'زنجان', 1 * B);
    await stage(u, tk.caseworker, id, 'foundation', { plannedStart: isoOfJalali(1403, 12, 1), plannedEnd: due, actualStart: isoOfJalali(1403, 12, 1), percent: 30, waitingFor: 'materials' });
  }, 60_000);
  afterAll(() => u?.close());

  async function daysOn(asOf: string | undefined): Promise<{ days: string; due: string[]; title: string }> {
    const { admin } = await setUpTokens(u);
    const lines = readCsv(await u.call('reports.housingProgress', { ...(asOf ? { asOf } : {}), format: 'csv' }, admin));
    const table = csvTable(lines, 'طرح', /^جمع/);
    const r = table.rows[0]!;
    return { days: r[col(table.headers, 'روز توقف')]!, due: [r[col(table.headers, 'موعد مرحله')]!, r[col(table.headers, 'موعد مرحله (میلادی)')]!], title: lines[1]![0]! };
  }

  test('30 days late is not stalled, 31 is; Jalali dates across the month and year', async () => {
    expect(due).toBe('2025-03-20');
    expect(await daysOn(on(1, 30))).toEqual({ days: '', due: ['1403/12/30', '2025-03-20'], title: 'پیشرفت ساخت مسکن مددجویان تا ۱۴۰۴/۰۱/۳۰' });
    expect((await daysOn(on(1, 31))).days).toBe('31');
    expect((await daysOn(on(2, 1))).days).toBe('32');
  });

  test('with a 10-day setting: 1404/01/10 is not stalled, 1404/01/11 is', async () => {
    const { admin } = await setUpTokens(u);
    await u.call('projects.setSettings', { stallDays: 10 }, admin);
    expect((await daysOn(on(1, 10))).days).toBe('');
    expect((await daysOn(on(1, 11))).days).toBe('11');
    await u.call('projects.setSettings', { stallDays: 30 }, admin);
  });

  test('on the day itself (no asOf): the PDF as printed on 1404/01/31', async () => {
    leapClock.set(`${on(1, 31)}T08:00:00Z`);
    const { admin } = await setUpTokens(u);
    const pdf = readPdf(await u.call('reports.housingProgress', { format: 'pdf' }, admin), scratch, 'print-housing-progress-leap');
    expect(pdf.text).toContain(n('تا ۱۴۰۴/۰۱/۳۱'));
    const row = pdf.lines.find((l) => l.includes(n('مسکن روستای نوری')));
    expect(row).toContain(n('۳۱'));
    expect(row).toContain(n('مصالح'));
    expect(pdf.text.replace(/،/g, '')).toContain(n('۱ ساخت ۱ متوقف'));
  });
});

/** Fresh sign-ins on the leap core (sessions lapse when its clock jumps). */
async function setUpTokens(tc: TestCore): Promise<{ admin: string }> {
  return { admin: (await tc.call('auth.signIn', { username: 'admin', password: 'admin-pass-1405' })).token };
}

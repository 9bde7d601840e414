// The supervising agency's report through the contract, on a centre whose households, aid,
// builds, plans, equipment, outside money, donors and pledges were entered through the public
// channels, some on the first and last days of Esfand 1403 (a leap Esfand: 30 days) and some on
// the day before (30 Bahman) and the day after (1 Farvardin 1404). Registrations, archivings and
// cancellations are stamped by the clock, moved to ten minutes either side of Tehran midnight.
// Every expected figure is worked out by hand in the comments; files are read back with poppler,
// exceljs and a CSV parser and the PDF's pages rendered to test/artifacts/.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROLES, type InputOf, type Role } from '../../shared/contract/index.ts';
import { AGENCY_FIGURES } from '../../shared/domain/agencyReport.ts';
import { HOUSING_STAGES } from '../../shared/domain/housing.ts';
import { ADMIN, makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { manualClock, nextNationalId, PERSIAN_LETTERS } from '../helpers/fixtures.ts';
import { addDonor, cash, isoOfJalali } from '../helpers/treasury.ts';
import { fa, n, readCsv, readPdf, readXlsx } from '../helpers/reportFiles.ts';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';

const J3 = (m: number, d: number) => isoOfJalali(1403, m, d);
const J4 = (m: number, d: number) => isoOfJalali(1404, m, d);
/** An instant given as a Tehran wall-clock time. */
const tehran = (iso: string, hm: string) => new Date(`${iso}T${hm}:00+03:30`).toISOString();
const M = 1_000_000;
const ESFAND = { kind: 'month', jy: 1403, jm: 12 } as const;

let scratch: string;
let printer: ChromiumPrinter;
let t: TestCore;
let tk: Record<Role, string>;
const clock = manualClock(tehran(J3(11, 30), '23:50'));

/** Moves the clock and signs everyone in again (sessions lapse when the clock jumps). */
async function at(instant: string): Promise<void> {
  clock.set(instant);
  for (const role of ROLES) {
    const [username, password] = role === 'admin' ? [ADMIN.username, ADMIN.password] : [`${role}1`, `${role}-pass-1405`];
    tk[role] = (await t.call('auth.signIn', { username, password })).token;
  }
}

type Group = InputOf<'households.create'>['household']['groups'];
async function household(first: string, last: string, groups: Group): Promise<string> {
  const head = { firstName: first, lastName: last, nationalId: nextNationalId(), birthDate: '1980-05-01', sex: 'female' as const };
  return (await t.call('households.create', { household: { head, city: 'زنجان', housingStatus: 'owner', agency: 'none', groups } }, tk.caseworker)).id;
}
const project = async (p: InputOf<'projects.create'>) => (await t.call('projects.create', p, tk.manager)).id;
const build = (name: string, householdId: string | null) => project({ name, kind: 'housing', city: 'زنجان', budget: 3000 * M, housing: { householdId, landStatus: 'deeded' } });
const plan = (name: string, status: 'inProgress' | 'finished' | 'cancelled', startDate: string, plannedEndDate: string | null, jobsPlanned: number, jobsCreated: number) =>
  project({ name, kind: 'employment', status, city: 'زنجان', startDate, plannedEndDate, employment: { jobsPlanned, jobsCreated } });
type StageFields = InputOf<'housing.updateStage'>['fields'];
const stage = (projectId: string, s: (typeof HOUSING_STAGES)[number], fields: StageFields) => t.call('housing.updateStage', { projectId, stage: s, fields }, tk.caseworker);
/** Every stage done, one after the other, between the given dates. */
async function allStages(projectId: string, spans: [string, string][]): Promise<void> {
  for (const [i, s] of HOUSING_STAGES.entries()) await stage(projectId, s, { actualStart: spans[i]![0], actualEnd: spans[i]![1], percent: 100 });
}
const expense = async (projectId: string, date: string, amount: number) =>
  (await t.call('projects.recordExpense', { projectId, date, amount, description: 'مصالح و دستمزد' }, tk.treasurer)).id;
const fund = (projectId: string, fields: InputOf<'funding.add'>['fields']) => t.call('funding.add', { projectId, fields }, tk.treasurer);
const aid = (householdId: string, kind: InputOf<'aid.record'>['kind'], date: string, value: number, source: 'centre' | 'agency' = 'centre') =>
  t.call('aid.record', { householdId, kind, date, value, source, sourceName: source === 'agency' ? 'کمیته امداد' : null }, tk.caseworker);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'hamyar-agency-'));
  printer = createChromiumPrinter();
  t = await makeTestCore({ clock, printer });
  tk = await setUpCentre(t);

  // 1403/11/30 23:50 Tehran (still Bahman): A (woman head, disability) and F (chronic illness)
  // registered; the projects and lots exist; F gets a bread oven on 30 Bahman; pledges made.
  const hA = await household('فاطمه', 'رضایی', ['womanHead', 'disability']);
  const hF = await household('سکینه', 'قاسمی', ['chronicIllness']);
  const EP1 = await plan('کارگاه خیاطی', 'inProgress', J3(10, 1), J4(6, 31), 20, 6); // under way
  const EP2 = await plan('کارگاه قالی', 'finished', J3(1, 1), J3(11, 30), 12, 12); // ended the day before
  const EP3 = await plan('گلخانه', 'finished', J3(6, 1), J3(12, 30), 10, 10); // ended on the last day
  await plan('کارگاه نان', 'inProgress', J4(1, 1), null, 8, 1); // starts the day after
  await plan('کارگاه لغوشده', 'cancelled', J3(10, 1), null, 50, 0);
  const EQ = await project({ name: 'تجهیزات اشتغال بانوان', kind: 'equipment', status: 'inProgress', city: 'زنجان' });
  const oven = (await t.call('equipment.addLot', { projectId: EQ, kind: 'تنور نان', count: 3, unitValue: 120 * M }, tk.manager)).id;
  const incubator = (await t.call('equipment.addLot', { projectId: EQ, kind: 'دستگاه جوجه‌کشی', count: 2, unitValue: 35 * M }, tk.manager)).id;
  await t.call('equipment.handOver', { lotId: oven, householdId: hF, date: J3(11, 30) }, tk.caseworker);
  const [d1, d2, d3, d4] = [await addDonor(t, tk.treasurer, 'علی', 'نیکوکار'), await addDonor(t, tk.treasurer, 'حسین', 'خیراندیش'), await addDonor(t, tk.treasurer, 'مریم', 'نیک‌نام'), await addDonor(t, tk.treasurer, 'رضا', 'امینی')];
  const pledge = async (donorId: string, kind: 'oneOff' | 'monthly' | 'installments', amount: number, startDate: string, extra: { months?: number; installments?: number } = {}) =>
    (await t.call('pledges.create', { donorId, kind, amount, startDate, ...extra }, tk.treasurer)).id;
  const pl1 = await pledge(d1, 'oneOff', 100 * M, J3(11, 20)); // paid in full on 30 Esfand
  const pl2 = await pledge(d2, 'monthly', 10 * M, J3(12, 1), { months: 12 }); // new, open
  await pledge(d3, 'installments', 90 * M, J3(12, 30), { installments: 3 }); // new (last day), open
  await pledge(d4, 'oneOff', 50 * M, J4(1, 1)); // made the day after
  await pledge(d1, 'monthly', 5 * M, J3(1, 1)); // open-ended: always open
  const pl6 = await pledge(d2, 'oneOff', 20 * M, J3(12, 5)); // cancelled on 20 Esfand
  const pl7 = await pledge(d3, 'oneOff', 30 * M, J3(11, 1)); // cancelled 1 Farvardin 00:10: open at the end
  const pl8 = await pledge(d4, 'oneOff', 25 * M, J3(10, 1)); // paid on 1 Farvardin: open at the end

  // 1403/12/01 00:10 (first day): B (woman head) registered; F starts on EP1 (no start date:
  // the day it was recorded counts).
  await at(tehran(J3(12, 1), '00:10'));
  const hB = await household('مریم', 'احمدی', ['womanHead']);
  await t.call('employment.addHousehold', { projectId: EP1, householdId: hF, jobs: 1, startedOn: null }, tk.manager);
  // 10 Esfand: E (elderly alone) registered and given goods; archived on the 20th.
  await at(tehran(J3(12, 10), '12:00'));
  const hE = await household('خدیجه', 'کاظمی', ['elderlyAlone']);
  await aid(hE, 'goods', J3(12, 10), 800_000);
  await at(tehran(J3(12, 20), '12:00'));
  await t.call('households.archive', { id: hE }, tk.caseworker);
  await t.call('pledges.cancel', { id: pl6, reason: 'انصراف خیّر' }, tk.treasurer);
  // 30 Esfand 23:50 (last day): C (orphans, prisoner's family) registered.
  await at(tehran(J3(12, 30), '23:50'));
  const hC = await household('زهرا', 'کریمی', ['orphans', 'prisonerFamily']);
  // 1404/01/01 00:10 (the day after): D registered; F archived; pl7 cancelled.
  await at(tehran(J4(1, 1), '00:10'));
  const hD = await household('لیلا', 'نوری', []);
  await t.call('households.archive', { id: hF }, tk.caseworker);
  await t.call('pledges.cancel', { id: pl7, reason: 'انصراف خیّر' }, tk.treasurer);

  // Everything dated from here on is entered later, on 1404/02/15.
  await at(tehran(J4(2, 15), '12:00'));
  // Aid by the centre: cash A 7m (1 Esfand) and B 3m; goods B 2.5m (30 Esfand); a 50m
  // employment loan to A. Out: A 5m on 30 Bahman, C 1m on 1 Farvardin, C's loan from the agency.
  await aid(hA, 'cash', J3(11, 30), 5 * M);
  await aid(hA, 'cash', J3(12, 1), 7 * M);
  await aid(hB, 'goods', J3(12, 30), 2_500_000);
  await aid(hC, 'cash', J4(1, 1), 1 * M);
  await aid(hC, 'employmentLoan', J3(12, 15), 300 * M, 'agency');
  await aid(hA, 'employmentLoan', J3(12, 15), 50 * M);
  await aid(hB, 'cash', J3(12, 20), 3 * M);
  // Equipment: an oven to A on 30 Esfand and an incubator to B on 1 Esfand (in); an oven to C on
  // 1 Farvardin (out). Each writes the household's aid history.
  await t.call('equipment.handOver', { lotId: oven, householdId: hA, date: J3(12, 30) }, tk.caseworker);
  await t.call('equipment.handOver', { lotId: incubator, householdId: hB, date: J3(12, 1) }, tk.caseworker);
  await t.call('equipment.handOver', { lotId: oven, householdId: hC, date: J4(1, 1) }, tk.caseworker);
  // Employment: A on EP1 from 30 Bahman (out), B on EP3 from 30 Esfand (in), C on EP3 from
  // 1 Farvardin (out).
  await t.call('employment.addHousehold', { projectId: EP1, householdId: hA, jobs: 1, startedOn: J3(11, 30) }, tk.manager);
  await t.call('employment.addHousehold', { projectId: EP3, householdId: hB, jobs: 2, startedOn: J3(12, 30) }, tk.manager);
  await t.call('employment.addHousehold', { projectId: EP3, householdId: hC, jobs: 1, startedOn: J4(1, 1) }, tk.manager);
  await expense(EP1, J3(12, 10), 80 * M); // not housing: not in M04
  await fund(EP1, { kind: 'budgetNote', sourceName: 'تبصرهٔ ۱۶', committed: 500 * M, received: 250 * M, receivedOn: J3(11, 30) });
  await fund(EP1, { kind: 'budgetNote', sourceName: 'تبصرهٔ ۱۸', committed: 200 * M, received: 120 * M, receivedOn: J3(12, 10) });
  await fund(EP2, { kind: 'agencyGrant', sourceName: 'بهزیستی', committed: 10 * M }); // nothing received

  // Housing. B1 (C's house): built from Shahrivar, finishing done 20 Esfand, handed over on
  // 30 Esfand, which writes C's aid history: kind housing, the build's cost so far 400m + 150m
  // (the 60m voided before). B2 (A): started 1 Esfand. B3 (B): started 30 Bahman. B4 (D):
  // started 1 Farvardin. B5: finishing done 1 Farvardin, handed over 5 Farvardin. B6: handed over
  // 30 Bahman. B8: started in Esfand with money spent and received, then archived (a mistake).
  const B1 = await build('مسکن گلشهر', hC);
  await expense(B1, J3(9, 1), 400 * M);
  await expense(B1, J3(12, 20), 150 * M);
  await t.call('projects.voidExpense', { id: await expense(B1, J3(12, 5), 60 * M), reason: 'ثبت تکراری' }, tk.treasurer);
  await allStages(B1, [[J3(6, 1), J3(7, 1)], [J3(7, 2), J3(8, 1)], [J3(8, 2), J3(9, 1)], [J3(9, 2), J3(10, 1)], [J3(10, 2), J3(12, 20)], [J3(12, 21), J3(12, 30)]]);
  await fund(B1, { kind: 'agencyGrant', sourceName: 'کمیته امداد زنجان', committed: 600 * M, received: 500 * M, receivedOn: J3(12, 1) });
  const B2 = await build('مسکن سهرین', hA);
  await stage(B2, 'foundation', { actualStart: J3(12, 1), percent: 50 });
  await expense(B2, J3(12, 30), 200 * M);
  await expense(B2, J4(1, 1), 70 * M);
  await expense(B2, J3(11, 30), 30 * M);
  await t.call('projects.voidExpense', { id: await expense(B2, J3(12, 15), 45 * M), reason: 'ثبت اشتباه' }, tk.treasurer);
  await fund(B2, { kind: 'bankFacility', sourceName: 'بانک مسکن', committed: 800 * M, approved: 600 * M, approvedOn: J3(11, 15), received: 400 * M, receivedOn: J3(12, 30) });
  const B3 = await build('مسکن ارمغان', hB);
  await stage(B3, 'foundation', { actualStart: J3(11, 30), actualEnd: J3(12, 10), percent: 100 });
  await stage(B3, 'structure', { actualStart: J3(12, 11), percent: 20 });
  await fund(B3, { kind: 'bankFacility', sourceName: 'بانک ملی', committed: 500 * M, approved: 300 * M, approvedOn: J3(11, 1), received: 300 * M, receivedOn: J4(1, 1) });
  const B4 = await build('مسکن نوری', hD);
  await stage(B4, 'foundation', { actualStart: J4(1, 1), percent: 10 });
  const B5 = await build('مسکن خرمدره', null);
  await allStages(B5, [[J3(3, 1), J3(4, 1)], [J3(4, 2), J3(6, 1)], [J3(6, 2), J3(8, 1)], [J3(8, 2), J3(10, 1)], [J3(10, 2), J4(1, 1)], [J4(1, 2), J4(1, 5)]]);
  await fund(B5, { kind: 'companyCsr', sourceName: 'شرکت ملی نفت', committed: 2000 * M, received: 1000 * M, receivedOn: J3(12, 15) });
  const B6 = await build('مسکن ابهر', null);
  await allStages(B6, [[J3(2, 1), J3(3, 1)], [J3(3, 2), J3(5, 1)], [J3(5, 2), J3(7, 1)], [J3(7, 2), J3(9, 1)], [J3(9, 2), J3(11, 25)], [J3(11, 26), J3(11, 30)]]);
  const B8 = await build('مسکن تکراری', null);
  await stage(B8, 'foundation', { actualStart: J3(12, 5), percent: 30 });
  await expense(B8, J3(12, 6), 999 * M);
  await fund(B8, { kind: 'agencyGrant', sourceName: 'بنیاد مسکن', committed: 700 * M, received: 700 * M, receivedOn: J3(12, 5) });
  await t.call('projects.archive', { id: B8, reason: 'ثبت تکراری' }, tk.manager);
  // Outside money on the equipment project: 15m other (in); 75m other, removed as a mistake.
  await fund(EQ, { kind: 'other', sourceName: 'هیئت امنا', committed: 15 * M, received: 15 * M, receivedOn: J3(12, 20) });
  const wrong = await fund(EQ, { kind: 'other', sourceName: 'اشتباه', committed: 75 * M, received: 75 * M, receivedOn: J3(12, 20) });
  await t.call('funding.remove', { id: wrong.id, reason: 'ثبت اشتباه' }, tk.treasurer);

  // Donors' payments: d1 40m (30 Bahman, out) and 60m (30 Esfand) on pl1; d2 10m on pl2
  // (1 Esfand) and 12m (20 Esfand); an anonymous 3m; d3's 7m voided; d4's 25m on 1 Farvardin.
  const pay = (donorId: string | null, amount: number, date: string, pledgeId?: string) =>
    t.call('payments.record', { payment: cash(donorId, amount, date, pledgeId ? { pledgeId } : {}) }, tk.treasurer);
  await pay(d1, 40 * M, J3(11, 30), pl1);
  await pay(d1, 60 * M, J3(12, 30), pl1);
  await pay(d2, 10 * M, J3(12, 1), pl2);
  await pay(d2, 12 * M, J3(12, 20));
  await pay(null, 3 * M, J3(12, 10));
  await t.call('payments.void', { id: (await pay(d3, 7 * M, J3(12, 15))).id, reason: 'چک برگشتی' }, tk.treasurer);
  await pay(d4, 25 * M, J4(1, 1), pl8);
}, 180_000);

afterAll(async () => {
  t?.close();
  await printer?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const figuresOf = async (period: InputOf<'agency.figures'>['period']) => {
  const r = await t.call('agency.figures', { period }, tk.manager);
  expect(r.figures.map((f) => f.code)).toEqual(AGENCY_FIGURES.map((f) => f.code));
  return { from: r.from, to: r.to, v: Object.fromEntries(r.figures.map((f) => [f.code, f.value])) };
};

/** Esfand 1403, worked out by hand from the entries above. */
const ESFAND_FIGURES: Record<string, number> = {
  // served: A (cash, loan, oven), B (goods, cash, incubator), E (goods; archived later), C (the
  // house on 30 Esfand). F's oven and A's 5m were on 30 Bahman; C's agency loan is not ours.
  H01: 4, H02: 2 /* A, B */, H03: 1 /* A */, H04: 0 /* F: not served */, H05: 0, H06: 1 /* E */, H07: 1 /* C */, H08: 1 /* C */,
  H09: 3 /* B 00:10 on the 1st, E, C 23:50 on the 30th; not A, F (23:50 the day before), D (00:10 the day after) */,
  H10: 4 /* A, F (archived after the end), B, C; not E (archived on the 20th), D */,
  A01: 2, A02: 10 * M, A03: 2, A04: 3_300_000, A05: 2, A06: 155 * M /* 120m + 35m */, A07: 1, A08: 550 * M, A09: 1, A10: 50 * M,
  A11: 8, A12: 768_300_000,
  E01: 2 /* EP1, EP3 */, E02: 30, E03: 16, E04: 2 /* F (recorded on the 1st), B */,
  M01: 1 /* B2 */, M02: 1 /* B1 */, M03: 1 /* B1 */, M04: 350 * M /* B1 150m + B2 200m */, M05: 3 /* B2, B3, B5 */,
  Q01: 2, Q02: 155 * M,
  F01: 85 * M /* 60 + 10 + 12 + 3 */, F02: 500 * M, F03: 400 * M, F04: 1000 * M, F05: 120 * M, F06: 15 * M, F07: 2120 * M,
  D01: 2 /* d1, d2 */, D02: 5 /* pl2, pl3, pl5, pl7, pl8 */, D03: 2 /* pl2, pl3 */,
};

describe('agency.figures', () => {
  test('Esfand 1403 (a leap Esfand, 30 days): every figure', async () => {
    const { from, to, v } = await figuresOf(ESFAND);
    expect([from, to]).toEqual(['2025-02-19', '2025-03-20']);
    expect(v).toEqual(ESFAND_FIGURES);
  });

  test('the day before and the day after fall in Bahman 1403 and Farvardin 1404', async () => {
    const bahman = await figuresOf({ kind: 'month', jy: 1403, jm: 11 });
    expect(bahman.to).toBe('2025-02-18');
    // A and F at 23:50 on 30 Bahman; B ten minutes later is Esfand's
    expect(bahman.v).toMatchObject({ H01: 2, H04: 1, H09: 2, H10: 2, A01: 1, A02: 5 * M, A05: 1, A06: 120 * M, A11: 2, A12: 125 * M, Q01: 1, Q02: 120 * M });
    expect(bahman.v).toMatchObject({ M01: 1 /* B3 */, M02: 1, M03: 1 /* B6 */, M04: 30 * M, E04: 1, F01: 40 * M, F05: 250 * M, F07: 290 * M, D03: 2 /* pl1, pl7 */ });
    const farvardin = await figuresOf({ kind: 'month', jy: 1404, jm: 1 });
    expect(farvardin.from).toBe('2025-03-21');
    expect(farvardin.v).toMatchObject({ H01: 1, H09: 1, A01: 1, A02: 1 * M, Q01: 1, F01: 25 * M, F03: 300 * M, F07: 325 * M });
    // EP1 and the plan starting on 1 Farvardin (8 and 1 jobs); EP3 ended on 30 Esfand
    expect(farvardin.v).toMatchObject({ M01: 1 /* B4 */, M02: 1, M03: 1 /* B5 */, M04: 70 * M, M05: 3, E01: 2, E02: 28, E03: 7, E04: 1 });
    // pl4 new; open: pl2, pl3, pl4, pl5 (pl7 cancelled on the 1st, pl8 paid on the 1st)
    expect(farvardin.v).toMatchObject({ D02: 4, D03: 1 });
  });

  test('a quarter and a year: their days, and figures that add the months', async () => {
    const q4 = await figuresOf({ kind: 'quarter', jy: 1403, quarter: 4 });
    expect([q4.from, q4.to]).toEqual(['2024-12-21', '2025-03-20']);
    expect(q4.v).toMatchObject({ H09: 5, A11: 10, A12: 893_300_000, F07: 2410 * M, M01: 2, M02: 2, D03: 5 /* pl8, pl7, pl1, pl2, pl3 */ });
    const year = await figuresOf({ kind: 'year', jy: 1403 });
    expect([year.from, year.to]).toEqual(['2024-03-20', '2025-03-20']);
    // builds B1, B2, B3, B5, B6 started in 1403; plans EP1, EP2 (ended 30 Bahman), EP3
    expect(year.v).toMatchObject({ M01: 5, M03: 2, E01: 3, E02: 42, E03: 28 });
  });

  test('roles and bad periods', async () => {
    for (const role of ['volunteer', 'treasurer', 'caseworker'] as const) {
      expect((await t.fail('agency.figures', { period: ESFAND }, tk[role])).code).toBe('FORBIDDEN');
      expect((await t.fail('reports.agency', { period: ESFAND, format: 'csv' }, tk[role])).code).toBe('FORBIDDEN');
    }
    for (const period of [{ kind: 'month', jy: 1403, jm: 13 }, { kind: 'year', jy: 99 }, { kind: 'quarter', jy: 1403, quarter: 5 }]) {
      const err = await t.fail('agency.figures', { period }, tk.manager);
      expect(err.code).toBe('VALIDATION');
      expect(err.message).toMatch(PERSIAN_LETTERS);
      for (const msg of Object.values(err.fields ?? {})) expect(msg).toMatch(PERSIAN_LETTERS);
    }
    const year = await t.fail('reports.agency', { period: { kind: 'year', jy: 99 }, format: 'pdf' }, tk.admin);
    expect(Object.values(year.fields ?? {}).join()).toContain('چهاررقمی');
  });
});

describe('reports.agency', () => {
  const EXPECTED_ROWS = AGENCY_FIGURES.map((f) => [f.code, ESFAND_FIGURES[f.code]]);

  test('XLSX: one right-to-left sheet, a header row then one row per figure in code order, values as numbers', async () => {
    const file = await t.call('reports.agency', { period: ESFAND, format: 'xlsx' }, tk.manager);
    expect(file.fileName).toBe('agency-report-1403-12.xlsx');
    const ws = await readXlsx(file);
    expect(ws.rowCount).toBe(1 + AGENCY_FIGURES.length);
    const row = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(row(1)).toEqual(['کد', 'شرح', 'واحد', 'مقدار', 'از تاریخ (میلادی)', 'تا تاریخ (میلادی)', 'از تاریخ', 'تا تاریخ', 'مرکز', 'استان', 'شهر']);
    const rows = AGENCY_FIGURES.map((_, i) => row(i + 2));
    expect(rows.map((r) => [r[0], r[3]])).toEqual(EXPECTED_ROWS);
    for (const r of rows) expect(typeof r[3]).toBe('number');
    expect(rows[0]).toEqual(['H01', 'خانوارهای کمک‌گرفته در دوره (همه)', 'تعداد', 4, '2025-02-19', '2025-03-20', '۱۴۰۳/۱۲/۰۱', '۱۴۰۳/۱۲/۳۰', 'مرکز نیکوکاری امید', 'زنجان', 'زنجان']);
    expect(rows.find((r) => r[0] === 'A12')?.slice(1, 4)).toEqual(['همهٔ کمک‌ها: مبلغ', 'ریال', 768_300_000]);
    expect(rows.find((r) => r[0] === 'E03')?.[2]).toBe('شغل');
  });

  test('CSV: BOM, the same rows, Jalali dates in Latin digits', async () => {
    const file = await t.call('reports.agency', { period: { kind: 'quarter', jy: 1403, quarter: 4 }, format: 'csv' }, tk.admin);
    expect(file.fileName).toBe('agency-report-1403-q4.csv');
    const lines = readCsv(file);
    expect(lines).toHaveLength(1 + AGENCY_FIGURES.length);
    expect(lines[0]![0]).toBe('کد');
    expect(lines.slice(1).map((l) => l[0])).toEqual(AGENCY_FIGURES.map((f) => f.code));
    expect(lines.find((l) => l[0] === 'F07')?.slice(3, 8)).toEqual([String(2410 * M), '2024-12-21', '2025-03-20', '1403/10/01', '1403/12/30']);
  });

  test('PDF: A4, title, centre, the period in Jalali, labels and values in Persian digits, signature lines, page numbers', async () => {
    const file = await t.call('reports.agency', { period: ESFAND, format: 'pdf' }, tk.manager);
    expect(file.fileName).toBe('agency-report-1403-12.pdf');
    const pdf = readPdf(file, scratch, 'print-agency-report');
    expect(pdf.text).toContain(n('گزارش عملکرد مرکز به دستگاه نظارتی'));
    expect(pdf.text).toContain(n('اسفند ۱۴۰۳'));
    for (const s of ['۱۴۰۳/۱۲/۰۱', '۱۴۰۳/۱۲/۳۰', 'مرکز نیکوکاری امید', 'استان', 'زنجان', 'مسکن مددجویان', 'منابع مالی جذب‌شده به تفکیک منبع']) expect(pdf.text).toContain(n(s));
    const line = (code: string) => pdf.lines.find((l) => l.includes(code)) ?? '';
    expect(line('A12')).toContain(n('همهٔ کمک‌ها: مبلغ'));
    expect(line('A12')).toContain(n(fa(768_300_000)));
    expect(line('F07')).toContain(n(fa(2120 * M)));
    expect(line('H09')).toContain(n('خانوارهای تازه ثبت‌شده در دوره'));
    expect(line('M04')).toContain(n(fa(350 * M)));
    for (const s of ['نام و نام خانوادگی مدیر مرکز', 'امضا', 'مهر مرکز', 'تاریخ']) expect(pdf.text).toContain(n(s));
    expect(pdf.text).toMatch(new RegExp(n(`صفحه ۱ از [۱۲]`)));
    expect(pdf.text).not.toMatch(/[0-9]{4,}/); // no Latin-digit figures or dates left
  });

  test('a year and a quarter in the PDF: «سال ۱۴۰۳», «فصل سوم ۱۴۰۳»', async () => {
    const year = readPdf(await t.call('reports.agency', { period: { kind: 'year', jy: 1403 }, format: 'pdf' }, tk.admin), scratch, 'print-agency-report-year');
    expect(year.text).toContain(n('سال ۱۴۰۳'));
    const q3 = readPdf(await t.call('reports.agency', { period: { kind: 'quarter', jy: 1403, quarter: 3 }, format: 'pdf' }, tk.admin), scratch, 'print-agency-report-q3');
    expect(q3.text).toContain(n('فصل سوم ۱۴۰۳'));
    expect(q3.text).toContain(n('۱۴۰۳/۰۷/۰۱'));
  });
});

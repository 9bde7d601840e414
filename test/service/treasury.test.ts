// The treasury's overview on a real SQLite file: the reminders list (who to call), the
// dashboard's figures recomputed here in plain JS over every payment the test recorded (by the
// Jalali dates written in the test, not by the app's conversion), and projects.list.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PaymentMethod } from '../../shared/contract/payments.ts';
import type { Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, PERSIAN_LETTERS } from '../helpers/fixtures.ts';
import { addDonor, cash, insertProject, isoOfJalali, type PaymentInput, type PledgeInput } from '../helpers/treasury.ts';

let t: TestCore;
let tokens: Record<Role, string>;

beforeEach(async () => {
  t = await makeTestCore({ clock: manualClock('2026-11-24T06:00:00Z') }); // 1405/09/03 in Tehran
  tokens = await setUpCentre(t);
});
afterEach(() => t.close());

interface Entry {
  jy: number;
  jm: number;
  amount: number;
  method: PaymentMethod;
  projectId: string | null;
  voided: boolean;
}
/** Every payment recorded, as the test sees it. */
let ledger: Entry[];
beforeEach(() => {
  ledger = [];
});

async function pay(jalali: [number, number, number], amount: number, extra: Partial<PaymentInput> & { donorId?: string | null; projectOfPledge?: string | null } = {}) {
  const { projectOfPledge, ...rest } = extra;
  const method = rest.method ?? 'cash';
  const details: Partial<PaymentInput> =
    method === 'card' ? { cardLast4: '1234' }
    : method === 'transfer' ? { trackingNo: '55667788' }
    : method === 'cheque' ? { chequeNo: '778899', chequeBank: 'ملی', chequeDueDate: '2026-12-30' }
    : method === 'inKind' ? { inKindDescription: 'اقلام غذایی' }
    : {};
  const p = await t.call('payments.record', { payment: cash(rest.donorId ?? null, amount, isoOfJalali(...jalali), { ...details, ...rest }) }, tokens.treasurer);
  const entry: Entry = { jy: jalali[0], jm: jalali[1], amount, method, projectId: rest.projectId ?? projectOfPledge ?? null, voided: false };
  ledger.push(entry);
  return {
    id: p.id,
    void: async () => {
      await t.call('payments.void', { id: p.id, reason: 'ثبت اشتباه' }, tokens.treasurer);
      entry.voided = true;
    },
  };
}

/** The pledges behind the reminders; returns what the test knows about them. */
async function pledgesToChase() {
  const d1 = await addDonor(t, tokens.treasurer, 'زهرا', 'احمدی', { mobile: '09121111111', phone: '02433334444' });
  const d2 = await addDonor(t, tokens.treasurer, 'رضا', 'کریمی', { mobile: '09122222222' });
  const d3 = await addDonor(t, tokens.treasurer, 'مینا', 'رحیمی');
  const d4 = await addDonor(t, tokens.treasurer, 'حسن', 'نیکو');
  const pledge = (input: PledgeInput) => t.call('pledges.create', input, tokens.treasurer);
  // d1: 3 × 2,000,000 from 1405/07/03; 1,000,000 paid → 07/03 short 1,000,000, 08/03 unpaid, 09/03 due today
  const inst = await pledge({ donorId: d1, kind: 'installments', amount: 6_000_000, startDate: isoOfJalali(1405, 7, 3), installments: 3 });
  await pay([1405, 7, 5], 1_000_000, { donorId: d1, pledgeId: inst.id });
  // d1 again: open-ended 300,000 a month from 1405/08/15 → 08/15 unpaid (18 days late), 09/15 later
  const open = await pledge({ donorId: d1, kind: 'monthly', amount: 300_000, startDate: isoOfJalali(1405, 8, 15) });
  // d2: one-off 4,000,000 on 1405/09/08, five days away; a voided payment does not reduce it
  const soon = await pledge({ donorId: d2, kind: 'oneOff', amount: 4_000_000, startDate: isoOfJalali(1405, 9, 8) });
  await (await pay([1405, 9, 1], 4_000_000, { donorId: d2, pledgeId: soon.id, method: 'card' })).void();
  // d3: monthly 500,000 from 1405/09/20 (17 days away) for 6 months
  const later = await pledge({ donorId: d3, kind: 'monthly', amount: 500_000, startDate: isoOfJalali(1405, 9, 20), months: 6 });
  // d4: a fulfilled one-off and a cancelled overdue one: nobody calls about these
  const done = await pledge({ donorId: d4, kind: 'oneOff', amount: 1_500_000, startDate: isoOfJalali(1405, 6, 1) });
  await pay([1405, 6, 1], 1_500_000, { donorId: d4, pledgeId: done.id });
  const gone = await pledge({ donorId: d4, kind: 'monthly', amount: 700_000, startDate: isoOfJalali(1405, 5, 1), months: 10 });
  await t.call('pledges.cancel', { id: gone.id, reason: 'خیّر انصراف داد' }, tokens.treasurer);
  return { d1, d2, d3, inst, open, soon, later };
}

describe('reminders', () => {
  test('overdue and due within the window, one line per pledge, the longest overdue first, with phone numbers', async () => {
    const k = await pledgesToChase();
    const week = await t.call('treasury.reminders', {}, tokens.volunteer);
    expect(week).toEqual([
      {
        donorId: k.d1, donorName: 'زهرا احمدی', mobile: '09121111111', phone: '02433334444', pledgeId: k.inst.id,
        // 1,000,000 left of 07/03 + 2,000,000 of 08/03 + 2,000,000 due today (09/03)
        dueDate: isoOfJalali(1405, 9, 3), oldestDueDate: isoOfJalali(1405, 7, 3),
        amount: 5_000_000, overdue: true, daysOverdue: 60, // 2026-09-25 → 2026-11-24
      },
      {
        donorId: k.d1, donorName: 'زهرا احمدی', mobile: '09121111111', phone: '02433334444', pledgeId: k.open.id,
        dueDate: isoOfJalali(1405, 8, 15), oldestDueDate: isoOfJalali(1405, 8, 15),
        amount: 300_000, overdue: true, daysOverdue: 18, // 2026-11-06 → 2026-11-24
      },
      {
        donorId: k.d2, donorName: 'رضا کریمی', mobile: '09122222222', phone: null, pledgeId: k.soon.id,
        dueDate: isoOfJalali(1405, 9, 8), oldestDueDate: isoOfJalali(1405, 9, 8),
        amount: 4_000_000, overdue: false, daysOverdue: 0,
      },
    ]);
    // a month ahead: d3's first month (1405/09/20) comes in, and d1's 09/15 instalment
    const month = await t.call('treasury.reminders', { days: 30 }, tokens.treasurer);
    expect(month.map((r) => [r.pledgeId, r.dueDate, r.amount])).toEqual([
      [k.inst.id, isoOfJalali(1405, 9, 3), 5_000_000],
      [k.open.id, isoOfJalali(1405, 9, 15), 600_000],
      [k.soon.id, isoOfJalali(1405, 9, 8), 4_000_000],
      [k.later.id, isoOfJalali(1405, 9, 20), 500_000],
    ]);
    // today only: what is late and what falls due today
    const todayOnly = await t.call('treasury.reminders', { days: 0 }, tokens.manager);
    expect(todayOnly.map((r) => r.pledgeId)).toEqual([k.inst.id, k.open.id]);
  });

  test('roles and bad input', async () => {
    expect((await t.fail('treasury.reminders', {}, tokens.caseworker)).code).toBe('FORBIDDEN');
    const before = fingerprint(t);
    for (const days of [-1, 61, 1.5]) {
      const err = await t.fail('treasury.reminders', { days }, tokens.treasurer);
      expect(err.code).toBe('VALIDATION');
      expect(err.fields?.days).toMatch(PERSIAN_LETTERS);
    }
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('dashboard', () => {
  test('collections by Jalali month, overdue, top projects and methods; voided payments never count', async () => {
    await pledgesToChase();
    const donor = await addDonor(t, tokens.treasurer, 'سارا', 'امینی');
    const p = ['مسکن رحیمی', 'اشتغال بانوان', 'تجهیزات نانوایی', 'کمک هزینهٔ تحصیل', 'جهیزیه', 'آب‌رسانی'].map((name) => insertProject(t, name));
    const [p1, p2, p3, p4, p5, p6] = p as [string, string, string, string, string, string];
    await pay([1405, 9, 1], 5_500_000, { donorId: donor, projectId: p1 });
    await pay([1405, 9, 3], 2_000_000, { projectId: p2, method: 'card' });
    await (await pay([1405, 9, 2], 70_000_000, { donorId: donor, method: 'transfer' })).void();
    await pay([1405, 8, 15], 3_000_000, {});
    await pay([1405, 8, 30], 1_000_000, { projectId: p1, method: 'pos' });
    await pay([1404, 9, 10], 9_000_000, { projectId: p3, method: 'cheque' });
    await pay([1404, 9, 30], 1_100_000, { method: 'inKind' });
    await pay([1404, 10, 1], 4_000_000, { projectId: p4 });
    await pay([1404, 12, 29], 800_000, { projectId: p2, method: 'card' });
    await pay([1405, 1, 1], 6_000_000, { projectId: p5, method: 'transfer' });
    await pay([1405, 3, 5], 1_200_000, { projectId: p3 });
    await pay([1405, 5, 10], 2_500_000, { projectId: p6 });
    await (await pay([1405, 5, 11], 90_000_000, { projectId: p6, method: 'cheque' })).void();
    await pay([1405, 7, 7], 900_000, { method: 'pos' });
    await pay([1404, 8, 30], 12_345, {}); // 13 months ago: in no figure of this dashboard but none of this year's

    // ---- expected, in plain JS over the ledger -------------------------------------------
    const live = ledger.filter((e) => !e.voided);
    const month = (jy: number, jm: number) => {
      const es = live.filter((e) => e.jy === jy && e.jm === jm);
      return { jy, jm, total: es.reduce((s, e) => s + e.amount, 0), count: es.length };
    };
    const last12: { jy: number; jm: number }[] = [];
    for (let i = 11; i >= 0; i--) {
      const index = 1405 * 12 + 8 - i; // 1405/09 is month index 8 of 1405
      last12.push({ jy: Math.floor(index / 12), jm: (index % 12) + 1 });
    }
    const thisYear = live.filter((e) => e.jy === 1405);
    const byProject = new Map<string | null, number>();
    for (const e of thisYear) byProject.set(e.projectId, (byProject.get(e.projectId) ?? 0) + e.amount);
    const names = new Map<string | null, string | null>([[null, null], ...p.map((id, i) => [id, ['مسکن رحیمی', 'اشتغال بانوان', 'تجهیزات نانوایی', 'کمک هزینهٔ تحصیل', 'جهیزیه', 'آب‌رسانی'][i]!] as const)]);
    const top = [...byProject].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([projectId, total]) => ({ projectId, name: names.get(projectId) ?? null, total }));
    const byMethod = new Map<string, { total: number; count: number }>();
    for (const e of thisYear) {
      const m = byMethod.get(e.method) ?? { total: 0, count: 0 };
      byMethod.set(e.method, { total: m.total + e.amount, count: m.count + 1 });
    }
    const methods = [...byMethod].map(([method, v]) => ({ method, ...v })).sort((a, b) => b.total - a.total);
    // the totals must not tie, or the order would be the SQL's choice
    expect(new Set(top.map((x) => x.total)).size).toBe(top.length);
    expect(new Set(methods.map((x) => x.total)).size).toBe(methods.length);

    const got = await t.call('treasury.dashboard', {}, tokens.treasurer);
    expect(got.today).toBe('2026-11-24');
    expect(got.thisMonth).toEqual(month(1405, 9));
    expect(got.lastMonth).toEqual(month(1405, 8));
    expect(got.sameMonthLastYear).toEqual(month(1404, 9));
    expect(got.months).toEqual(last12.map((m) => month(m.jy, m.jm)));
    expect(got.topProjects).toEqual(top);
    expect(got.byMethod).toEqual(methods);
    // overdue, from the pledges above: 3,000,000 (installments) + 300,000 (open-ended); the
    // cancelled pledge and the due-later ones do not count
    expect(got.overdueTotal).toBe(3_300_000);
    expect(got.overduePledges).toBe(2);

    // spot checks written out by hand, so the JS above is checked too
    expect(got.thisMonth).toEqual({ jy: 1405, jm: 9, total: 7_500_000, count: 2 }); // 5,500,000 + 2,000,000; the 70,000,000 was voided
    expect(got.sameMonthLastYear).toEqual({ jy: 1404, jm: 9, total: 10_100_000, count: 2 });
    expect(got.months[0]).toEqual({ jy: 1404, jm: 10, total: 4_000_000, count: 1 });
    // this year: مسکن رحیمی 5,500,000 + 1,000,000; the general fund 1,000,000 + 1,500,000 (pledges)
    // + 3,000,000 + 900,000; جهیزیه 6,000,000; آب‌رسانی 2,500,000 (its 90,000,000 voided); اشتغال 2,000,000
    expect(got.topProjects).toEqual([
      { projectId: p1, name: 'مسکن رحیمی', total: 6_500_000 },
      { projectId: null, name: null, total: 6_400_000 },
      { projectId: p5, name: 'جهیزیه', total: 6_000_000 },
      { projectId: p6, name: 'آب‌رسانی', total: 2_500_000 },
      { projectId: p2, name: 'اشتغال بانوان', total: 2_000_000 },
    ]);
    expect(got.byMethod.find((m) => m.method === 'cheque')).toBeUndefined(); // this year's only cheque was voided
  });

  test('an empty centre: zeros everywhere, twelve months', async () => {
    const got = await t.call('treasury.dashboard', {}, tokens.manager);
    expect(got).toMatchObject({ thisMonth: { jy: 1405, jm: 9, total: 0, count: 0 }, lastMonth: { jy: 1405, jm: 8 }, sameMonthLastYear: { jy: 1404, jm: 9 }, overdueTotal: 0, overduePledges: 0, topProjects: [], byMethod: [] });
    expect(got.months.map((m) => `${m.jy}/${m.jm}`)).toEqual(['1404/10', '1404/11', '1404/12', '1405/1', '1405/2', '1405/3', '1405/4', '1405/5', '1405/6', '1405/7', '1405/8', '1405/9']);
  });

  test('only the money roles', async () => {
    for (const role of ['volunteer', 'caseworker'] as const) expect((await t.fail('treasury.dashboard', {}, tokens[role])).code).toBe('FORBIDDEN');
    for (const role of ['treasurer', 'manager', 'admin'] as const) expect((await t.call('treasury.dashboard', {}, tokens[role])).today).toBe('2026-11-24');
  });
});

describe('projects.list', () => {
  test('search by name whatever the spelling; closed ones only on request; archived never', async () => {
    const housing = insertProject(t, 'مسکن مددجویان زنجان');
    const arabic = insertProject(t, 'مسكن علي‌آبادي'); // Arabic kaf and yeh, as an old file may hold
    const jobs = insertProject(t, 'اشتغال بانوان', { kind: 'employment', status: 'planned' });
    const stalled = insertProject(t, 'مسکن نیمه‌تمام', { status: 'stalled' });
    const finished = insertProject(t, 'مسکن تمام‌شده', { status: 'finished' });
    const handed = insertProject(t, 'مسکن واگذارشده', { status: 'handedOver' });
    const cancelled = insertProject(t, 'مسکن لغوشده', { status: 'cancelled' });
    insertProject(t, 'مسکن بایگانی', { archived: true });
    const ids = async (input: Record<string, unknown>) => {
      const page = await t.call('projects.list', input, tokens.volunteer);
      return { total: page.total, ids: page.items.map((x) => x.id).sort() };
    };
    expect(await ids({})).toEqual({ total: 4, ids: [housing, arabic, jobs, stalled].sort() });
    expect(await ids({ includeClosed: true })).toEqual({ total: 7, ids: [housing, arabic, jobs, stalled, finished, handed, cancelled].sort() });
    expect(await ids({ query: 'مسکن' })).toEqual({ total: 3, ids: [housing, arabic, stalled].sort() });
    expect(await ids({ query: 'علی آبادی' })).toEqual({ total: 1, ids: [arabic] });
    expect(await ids({ query: 'مسكن زنجان' })).toEqual({ total: 1, ids: [housing] });
    expect(await ids({ query: 'تمام', includeClosed: true })).toEqual({ total: 2, ids: [stalled, finished].sort() });
    const page = await t.call('projects.list', { limit: 2, offset: 0 }, tokens.caseworker);
    expect(page.total).toBe(4);
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual({ id: expect.any(String), name: expect.any(String), kind: expect.any(String), status: expect.any(String) });
  });
});

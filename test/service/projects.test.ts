// Projects and housing builds on real SQLite through the contract: the funding arithmetic from
// pledges, payments, sources and expenses; stalled detection across Jalali dates; stages and
// their order; bad input refused with nothing saved; kinds, archive, search and the board.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, ADMIN, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, nextNationalId, PERSIAN_LETTERS } from '../helpers/fixtures.ts';
import { addDonor, isoOfJalali } from '../helpers/treasury.ts';

const clock = manualClock('2025-01-15T08:00:00Z'); // 26 Dey 1403
let t: TestCore;
let admin: string;
let householdId: string;

/** Moves the clock (sessions expire when idle, so sign in again at the new time). */
async function at(iso: string): Promise<void> {
  clock.set(`${iso}T08:00:00Z`);
  admin = (await t.call('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).token;
}

async function newHousehold(lastName: string): Promise<string> {
  const h = await t.call(
    'households.create',
    {
      household: {
        head: { firstName: 'زهرا', lastName, nationalId: nextNationalId(), birthDate: '1982-03-01', sex: 'female' },
        city: 'زنجان',
        housingStatus: 'unfinished',
        agency: 'none',
        groups: ['womanHead'],
      },
    },
    admin,
  );
  return h.id;
}

function build(name: string, extra: Partial<InputOf<'projects.create'>> = {}): InputOf<'projects.create'> {
  return { name, kind: 'housing', city: 'زنجان', budget: 5_000_000_000, housing: { householdId, landStatus: 'deeded', areaM2: 70 }, ...extra };
}

async function stage(projectId: string, s: InputOf<'housing.updateStage'>['stage'], fields: InputOf<'housing.updateStage'>['fields'], confirm = false) {
  return t.call('housing.updateStage', { projectId, stage: s, fields, confirmOutOfOrder: confirm }, admin);
}

beforeAll(async () => {
  t = await makeTestCore({ clock });
  admin = (await setUpCentre(t)).admin;
  householdId = await newHousehold('محمدی');
});
afterAll(() => t.close());

describe('money', () => {
  test('raised, received, spent and the funding gap add up from pledges, payments, sources and expenses', async () => {
    const p = await t.call('projects.create', build('مسکن خانوار محمدی'), admin);
    const donor = await addDonor(t, admin, 'رضا', 'کریمی');
    const oneOff = await t.call('pledges.create', { donorId: donor, projectId: p.id, kind: 'oneOff', amount: 1_000_000_000, startDate: '2025-01-01' }, admin);
    const monthly = await t.call('pledges.create', { donorId: donor, projectId: p.id, kind: 'monthly', amount: 50_000_000, startDate: '2024-12-01', months: 12 }, admin);
    const cancelled = await t.call('pledges.create', { donorId: donor, projectId: p.id, kind: 'installments', amount: 300_000_000, startDate: '2024-12-01', installments: 3 }, admin);
    const pay = (amount: number, extra: Partial<InputOf<'payments.record'>['payment']>) =>
      t.call('payments.record', { payment: { donorId: donor, amount, date: '2025-01-10', method: 'cash', ...extra } }, admin);
    await pay(400_000_000, { pledgeId: oneOff.id });
    await pay(100_000_000, { pledgeId: monthly.id });
    await pay(100_000_000, { pledgeId: cancelled.id });
    await t.call('pledges.cancel', { id: cancelled.id, reason: 'خیّر از شهر رفت' }, admin);
    await pay(50_000_000, { projectId: p.id });
    const voided = await pay(70_000_000, { projectId: p.id });
    await t.call('payments.void', { id: voided.id, reason: 'مبلغ اشتباه' }, admin);

    const add = (fields: InputOf<'funding.add'>['fields']) => t.call('funding.add', { projectId: p.id, fields }, admin);
    await add({ kind: 'bankFacility', sourceName: 'بانک مسکن', committed: 2_000_000_000, approved: 1_500_000_000, received: 1_000_000_000, requestedOn: '2024-10-01', approvedOn: '2024-12-20', receivedOn: '2025-01-05' });
    await add({ kind: 'agencyGrant', sourceName: 'کمیته امداد', committed: 500_000_000, received: 500_000_000, receivedOn: '2025-01-02' });
    await add({ kind: 'companyCsr', sourceName: 'شرکت ملی گاز', committed: 300_000_000 });
    const removed = await add({ kind: 'budgetNote', sourceName: 'تبصره ۱۶', committed: 900_000_000 });
    await t.call('funding.remove', { id: removed.id, reason: 'ثبت تکراری' }, admin);

    await t.call('projects.recordExpense', { projectId: p.id, date: '2025-01-12', amount: 800_000_000, description: 'پی و اسکلت', stage: 'foundation' }, admin);
    const wrong = await t.call('projects.recordExpense', { projectId: p.id, date: '2025-01-12', amount: 200_000_000, description: 'اشتباه' }, admin);
    await t.call('projects.voidExpense', { id: wrong.id, reason: 'دو بار ثبت شد' }, admin);

    const d = await t.call('projects.get', { id: p.id }, admin);
    // donors: received 400 + 100 + 100 (paid before cancelling) + 50 (no pledge); the voided 70 does not count;
    // still promised by open pledges: (1000 - 400) + (600 - 100) = 1100
    expect(d.donors).toMatchObject({ pledged: 1_600_000_000, received: 650_000_000 });
    expect(d.money).toEqual({
      budget: 5_000_000_000,
      raised: 650_000_000 + 1_100_000_000 + 1_500_000_000 + 500_000_000 + 300_000_000,
      received: 650_000_000 + 1_000_000_000 + 500_000_000,
      spent: 800_000_000,
      gap: 5_000_000_000 - 4_050_000_000,
      outstanding: 4_050_000_000 - 2_150_000_000,
      balance: 2_150_000_000 - 800_000_000,
    });
    expect(d.funding.map((f) => f.sourceName)).toEqual(['بانک مسکن', 'کمیته امداد', 'شرکت ملی گاز']);
    // the bank took 80 days from request to approval
    expect(d.funding[0]!.waitingDays).toBe(80);
    expect(d.housing!.stages.find((s) => s.stage === 'foundation')!.actualCost).toBe(800_000_000);
    expect(d.donors.pledges.map((pl) => [pl.total, pl.paid, pl.cancelled])).toEqual([
      [600_000_000, 100_000_000, false],
      [300_000_000, 100_000_000, true],
      [1_000_000_000, 400_000_000, false],
    ]);

    // the list and the board carry the same figures
    const row = (await t.call('projects.search', { query: 'محمدی' }, admin)).items[0]!;
    expect(row.money).toEqual(d.money);
  });

  test('a bank facility counts as raised only once approved; over-promised money leaves no negative gap', async () => {
    const p = await t.call('projects.create', build('مسکن بانکی', { budget: 1_000_000_000 }), admin);
    const bank = await t.call('funding.add', { projectId: p.id, fields: { kind: 'bankFacility', sourceName: 'بانک ملی', committed: 900_000_000, requestedOn: '2024-11-01' } }, admin);
    let d = await t.call('projects.get', { id: p.id }, admin);
    expect(d.money.raised).toBe(0);
    expect(d.money.gap).toBe(1_000_000_000);
    expect(d.funding[0]!.waitingDays).toBe(75); // still waiting: request to today (15 Jan)
    await t.call('funding.update', { id: bank.id, fields: { kind: 'bankFacility', sourceName: 'بانک ملی', committed: 900_000_000, approved: 900_000_000, requestedOn: '2024-11-01', approvedOn: '2025-01-01' } }, admin);
    await t.call('funding.add', { projectId: p.id, fields: { kind: 'other', sourceName: 'نیکوکار ناشناس', committed: 400_000_000 } }, admin);
    d = await t.call('projects.get', { id: p.id }, admin);
    expect(d.money).toMatchObject({ raised: 1_300_000_000, gap: 0, received: 0, outstanding: 1_300_000_000 });
  });

  test('funding input that cannot be true is refused with a Persian message and nothing saved', async () => {
    const p = await t.call('projects.create', build('مسکن آزمون منابع'), admin);
    const bad: InputOf<'funding.add'>['fields'][] = [
      { kind: 'bankFacility', sourceName: 'بانک', committed: 100, approved: 200, approvedOn: '2025-01-01' },
      { kind: 'bankFacility', sourceName: 'بانک', committed: 100, received: 50 },
      { kind: 'agencyGrant', sourceName: 'بهزیستی', committed: 100, approved: 100, approvedOn: '2025-01-01' },
      { kind: 'agencyGrant', sourceName: 'بهزیستی', committed: 100, received: 200, receivedOn: '2025-01-01' },
      { kind: 'bankFacility', sourceName: 'بانک', committed: 100, approved: 100, requestedOn: '2025-01-05', approvedOn: '2025-01-01' },
      { kind: 'companyCsr', sourceName: 'شرکت', committed: -5 },
    ];
    for (const fields of bad) {
      const before = fingerprint(t);
      const err = await t.fail('funding.add', { projectId: p.id, fields }, admin);
      expect(err.code, JSON.stringify(fields)).toBe('VALIDATION');
      expect(Object.values(err.fields ?? {}).join(' ')).toMatch(PERSIAN_LETTERS);
      expect(fingerprint(t)).toEqual(before);
    }
  });
});

describe('stages', () => {
  test('percent is weighted by stage; finishing a stage before an earlier one needs confirmation; status follows the build', async () => {
    const p = await t.call('projects.create', build('مسکن مراحل'), admin);
    expect(p.status).toBe('planned');
    expect(p.housing!.stages.map((s) => s.stage)).toEqual(['foundation', 'structure', 'wallsRoof', 'installations', 'finishing', 'handover']);

    let d = await stage(p.id, 'foundation', { actualStart: '2025-01-01', percent: 60 });
    expect(d.status).toBe('inProgress');
    expect(d.housing!.percent).toBe(9); // 15% × 60

    const before = fingerprint(t);
    const err = await t.fail('housing.updateStage', { projectId: p.id, stage: 'structure', fields: { actualStart: '2025-01-02', actualEnd: '2025-01-10', percent: 0 } }, admin);
    expect(err.code).toBe('CONFLICT');
    expect(err.key).toBe('housing.outOfOrder');
    expect(err.message).toContain('«پی»');
    expect(err.message).toContain('«اسکلت»');
    expect(fingerprint(t)).toEqual(before);

    d = await stage(p.id, 'structure', { actualStart: '2025-01-02', actualEnd: '2025-01-10', percent: 0 }, true);
    const structure = d.housing!.stages.find((s) => s.stage === 'structure')!;
    expect(structure.percent).toBe(100); // an actual end date means done
    expect(d.housing!.percent).toBe(9 + 25);
    expect(d.housing!.currentStage).toBe('foundation');

    for (const s of ['foundation', 'wallsRoof', 'installations', 'finishing', 'handover'] as const) {
      d = await stage(p.id, s, { actualStart: '2025-01-11', actualEnd: '2025-01-14', percent: 100 });
    }
    expect(d.housing!.percent).toBe(100);
    expect(d.housing!.currentStage).toBeNull();
    expect(d.status).toBe('handedOver');

    const audit = await t.call('audit.list', { entity: 'housingStage' }, admin);
    expect(audit.items.some((a) => a.entityId === p.id)).toBe(true);
  });

  test("handing the house over writes the household's aid history once and meets its housing need", async () => {
    const family = await newHousehold('اکبری');
    const need = await t.call('needs.add', { householdId: family, kind: 'housing', priority: 5 }, admin);
    const p = await t.call('projects.create', build('مسکن خانوار اکبری', { housing: { householdId: family, landStatus: 'donated' } }), admin);
    await t.call('projects.recordExpense', { projectId: p.id, date: '2025-01-05', amount: 1_200_000_000, description: 'مصالح و دستمزد' }, admin);
    for (const s of ['foundation', 'structure', 'wallsRoof', 'installations', 'finishing'] as const) {
      await stage(p.id, s, { actualStart: '2025-01-01', actualEnd: '2025-01-10', percent: 100 });
    }
    expect((await t.call('aid.list', { householdId: family }, admin)).filter((a) => a.kind === 'housing')).toEqual([]);
    await stage(p.id, 'handover', { actualStart: '2025-01-12', actualEnd: '2025-01-14', percent: 100 });
    // saving the handover stage again (a note corrected) does not give the house twice
    await stage(p.id, 'handover', { actualStart: '2025-01-12', actualEnd: '2025-01-14', percent: 100, notes: 'کلید تحویل شد' });
    const aid = (await t.call('aid.list', { householdId: family }, admin)).filter((a) => a.kind === 'housing');
    expect(aid).toHaveLength(1);
    expect(aid[0]).toMatchObject({ date: '2025-01-14', value: 1_200_000_000, description: 'مسکن خانوار اکبری', source: 'centre', needId: need.id });
    const needs = await t.call('needs.list', { householdId: family }, admin);
    expect(needs.find((n) => n.id === need.id)!.status).toBe('met');
  });

  test('impossible stage input is refused with a Persian message and nothing saved', async () => {
    const p = await t.call('projects.create', build('مسکن ورودی نادرست'), admin);
    const bad: [InputOf<'housing.updateStage'>['fields'], string][] = [
      [{ plannedStart: '2025-02-01', plannedEnd: '2025-01-01', percent: 0 }, 'plannedEnd'],
      [{ actualStart: '2025-01-10', actualEnd: '2025-01-01', percent: 0 }, 'actualEnd'],
      [{ actualEnd: '2025-01-01', percent: 0 }, 'actualStart'],
      [{ percent: 101 }, 'percent'],
      [{ percent: -1 }, 'percent'],
      [{ percent: 50.5 }, 'percent'],
      [{ estimatedCost: -1_000_000, percent: 0 }, 'estimatedCost'],
      [{ actualStart: '2025-03-01', percent: 10 }, 'actualStart'], // after today
    ];
    for (const [fields, field] of bad) {
      const before = fingerprint(t);
      const err = await t.fail('housing.updateStage', { projectId: p.id, stage: 'foundation', fields }, admin);
      expect(err.code, JSON.stringify(fields)).toBe('VALIDATION');
      const keys = Object.keys(err.fieldKeys ?? {}).join(' ');
      expect(keys, JSON.stringify(fields)).toContain(field);
      expect(err.message).toMatch(PERSIAN_LETTERS);
      expect(fingerprint(t)).toEqual(before);
    }
    // a stage of something that is not a housing build
    const general = await t.call('projects.create', { name: 'کمک هزینه تحصیلی', kind: 'education' }, admin);
    expect((await t.fail('housing.updateStage', { projectId: general.id, stage: 'foundation', fields: { percent: 10 } }, admin)).key).toBe('housing.notHousing');
  });
});

describe('stalled builds', () => {
  test('a stage past its planned end by more than the setting shows stalled, counted in days across the Jalali new year', async () => {
    await at('2025-03-01');
    const p = await t.call('projects.create', build('مسکن نیمه‌تمام اسفند'), admin);
    const esfand30 = isoOfJalali(1403, 12, 30); // 1403 is a leap year: Esfand has 30 days
    expect(esfand30).toBe('2025-03-20');
    await stage(p.id, 'foundation', { plannedStart: '2025-02-01', plannedEnd: esfand30, actualStart: '2025-02-01', percent: 40, waitingFor: 'bank' });
    await t.call('projects.setSettings', { stallDays: 30 }, admin);

    await at(isoOfJalali(1404, 1, 30)); // 30 days after: overdue, not yet stalled
    let d = await t.call('projects.get', { id: p.id }, admin);
    expect(d.housing!.stages[0]!.overdueDays).toBe(30);
    expect(d.housing!.stalled).toBeNull();

    await at(isoOfJalali(1404, 1, 31)); // 31 days: stalled, waiting for the bank
    d = await t.call('projects.get', { id: p.id }, admin);
    expect(d.housing!.stalled).toEqual({ stage: 'foundation', days: 31, waitingFor: 'bank' });
    const stalledRows = await t.call('projects.search', { status: 'stalled' }, admin);
    expect(stalledRows.items.map((r) => r.id)).toContain(p.id);
    const board = await t.call('projects.board', {}, admin);
    expect(board.builds[0]!.id).toBe(p.id);
    expect(board.byStatus.find((s) => s.status === 'stalled')!.count).toBeGreaterThanOrEqual(1);

    // a longer setting lifts it; finishing the stage ends it
    await t.call('projects.setSettings', { stallDays: 45 }, admin);
    expect((await t.call('projects.get', { id: p.id }, admin)).housing!.stalled).toBeNull();
    await t.call('projects.setSettings', { stallDays: 30 }, admin);
    d = await stage(p.id, 'foundation', { plannedStart: '2025-02-01', plannedEnd: esfand30, actualStart: '2025-02-01', actualEnd: isoOfJalali(1404, 1, 31), percent: 100 });
    expect(d.housing!.stalled).toBeNull();
  });
});

describe('projects', () => {
  test('bad project input is refused with a Persian message and nothing saved', async () => {
    const bad: [unknown, string][] = [
      [build('پایان پیش از شروع', { startDate: '2025-05-01', plannedEndDate: '2025-04-01' }), 'plannedEndDate'],
      [{ ...build('بی‌زمین'), housing: null }, 'housing'],
      [{ name: 'آموزش', kind: 'education', housing: { landStatus: 'deeded' } }, 'housing'],
      [build('بودجه منفی', { budget: -1 }), 'budget'],
      [build('مساحت صفر', { housing: { householdId, landStatus: 'deeded', areaM2: 0 } }), 'areaM2'],
    ];
    for (const [input, field] of bad) {
      const before = fingerprint(t);
      const err = await t.fail('projects.create', input, admin);
      expect(err.code).toBe('VALIDATION');
      expect(Object.keys(err.fieldKeys ?? {}).join(' ')).toContain(field);
      expect(fingerprint(t)).toEqual(before);
    }
    const before = fingerprint(t);
    const missing = await t.fail('projects.create', build('خانوار ناموجود', { housing: { householdId: crypto.randomUUID(), landStatus: 'donated' } }), admin);
    expect(missing.key).toBe('projects.householdNotFound');
    expect(fingerprint(t)).toEqual(before);
  });

  test('a kind cannot change once its rows hold data; archive stops new money and hides it from pickers', async () => {
    const p = await t.call('projects.create', build('مسکن تغییر نوع'), admin);
    const asEducation = await t.call('projects.update', { id: p.id, fields: { name: 'آموزش', kind: 'education' } }, admin);
    expect(asEducation.housing).toBeNull();
    const back = await t.call('projects.update', { id: p.id, fields: build('مسکن دوباره') }, admin);
    await stage(p.id, 'foundation', { actualStart: '2025-01-01', percent: 10 });
    const err = await t.fail('projects.update', { id: p.id, fields: { name: 'آموزش', kind: 'education' } }, admin);
    expect(err.key).toBe('projects.kindLocked');
    const stale = await t.fail('projects.update', { id: p.id, expectedUpdatedAt: back.createdAt.replace(/.$/, '0'), fields: build('قدیمی') }, admin);
    expect(stale.key).toBe('projects.stale');

    await t.call('projects.archive', { id: p.id, reason: 'ادغام با طرح دیگر' }, admin);
    const refused = await t.fail('projects.recordExpense', { projectId: p.id, date: '2025-01-01', amount: 1000, description: 'هزینه' }, admin);
    expect(refused.key).toBe('projects.archived');
    expect((await t.call('projects.list', { query: 'تغییر نوع', includeClosed: true }, admin)).total).toBe(0);
    expect((await t.call('projects.search', { query: 'مسکن دوباره', includeArchived: true }, admin)).total).toBe(1);
    await t.call('projects.restore', { id: p.id }, admin);
    expect((await t.call('projects.list', { query: 'مسکن دوباره' }, admin)).total).toBe(1);
  });

  test('search ignores Arabic letters and ZWNJ; filters by kind; sorts by funding gap', async () => {
    await t.call('projects.create', { name: 'اشتغال‌زایی بانوان علي‌آباد', kind: 'employment', city: 'ابهر', budget: 900_000_000, employment: { jobsPlanned: 40, jobsCreated: 5 } }, admin);
    const found = await t.call('projects.search', { query: 'اشتغال زایی علی آباد' }, admin);
    // stored with Persian letters, found however it is typed
    expect(found.items.map((r) => r.name)).toEqual(['اشتغال‌زایی بانوان علی‌آباد']);
    const byCity = await t.call('projects.search', { query: 'ابهر', kind: 'employment' }, admin);
    expect(byCity.total).toBe(1);
    const sorted = (await t.call('projects.search', { sort: 'gap', limit: 200 }, admin)).items.map((r) => r.money.gap);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });

  test('an employment plan lists the households it employs, once each', async () => {
    const plan = await t.call('projects.create', { name: 'کارگاه خیاطی', kind: 'employment', employment: { jobsPlanned: 10, jobsCreated: 2 } }, admin);
    const other = await newHousehold('حسینی');
    let d = await t.call('employment.addHousehold', { projectId: plan.id, householdId: other, jobs: 2, startedOn: '2025-01-01' }, admin);
    expect(d.employment).toMatchObject({ jobsPlanned: 10, jobsCreated: 2, households: [{ householdId: other, jobs: 2 }] });
    const before = fingerprint(t);
    expect((await t.fail('employment.addHousehold', { projectId: plan.id, householdId: other, jobs: 1 }, admin)).key).toBe('employment.duplicate');
    expect(fingerprint(t)).toEqual(before);
    d = await t.call('employment.removeHousehold', { id: d.employment!.households[0]!.id }, admin);
    expect(d.employment!.households).toEqual([]);
  });
});

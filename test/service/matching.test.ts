// Matching through the services: the ranking of a hand-checked fixture (the points are worked
// out in test/unit/matching.test.ts's comments, same households), the recent-aid flag, approval
// (aid written, need met, unit used) and its refusals, and two cores racing for the last unit.
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { fingerprint, manualClock, nextNationalId, PERSIAN_LETTERS } from '../helpers/fixtures.ts';
import type { RaceResult } from '../helpers/raceWorker.ts';
import { DB_FILE_NAME } from '../../electron/core/core.ts';

type HouseholdInput = InputOf<'households.create'>['household'];
const child = (i: number) => ({ firstName: `فرزند${i}`, lastName: 'ن', relation: 'child' as const, sex: 'male' as const, birthDate: '2005-01-01' });
function hh(lastName: string, extra: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    head: { firstName: 'مریم', lastName, nationalId: nextNationalId(), birthDate: '1980-01-01', sex: 'female' },
    city: 'زنجان', housingStatus: 'owner', agency: 'none', ...extra,
  };
}

let t: TestCore;
let tokens: Record<Role, string>;
const ids: Record<string, string> = {};
let offerId: string;
beforeAll(async () => {
  t = await makeTestCore({ clock: manualClock('2026-01-01T08:00:00Z') });
  tokens = await setUpCentre(t);
  const add = async (key: string, h: HouseholdInput, priority: number, recordedOn: string, kind: InputOf<'needs.add'>['kind'] = 'foodCash') => {
    ids[key] = (await t.call('households.create', { household: h }, tokens.caseworker)).id;
    await t.call('needs.add', { householdId: ids[key]!, kind, priority, recordedOn }, tokens.caseworker);
  };
  await add('a', hh('الف', { groups: ['womanHead', 'disability'], members: [1, 2, 3].map(child), monthlyIncome: 20_000_000 }), 5, '2025-01-01');
  await add('b', hh('ب', { city: 'قم', groups: ['chronicIllness'] }), 3, '2025-10-03');
  await add('c', hh('ج', { members: [1, 2, 3, 4, 5, 6].map(child), monthlyIncome: 0 }), 5, '2025-10-03');
  await add('archived', hh('بایگانی'), 5, '2024-01-01');
  await t.call('households.archive', { id: ids.archived! }, tokens.caseworker);
  await add('medical', hh('درمان'), 5, '2024-01-01', 'medical');
  for (const date of ['2025-03-01', '2025-04-01']) {
    await t.call('aid.record', { householdId: ids.b!, kind: 'goods', date, value: 50_000_000, source: 'otherCentre', sourceName: 'مرکز مهر' }, tokens.caseworker);
  }
  await t.call('aid.record', { householdId: ids.c!, kind: 'cash', date: '2025-06-01', value: 20_000_000, source: 'agency', sourceName: 'کمیته امداد' }, tokens.caseworker);
  // older than 24 months: counts for nothing
  await t.call('aid.record', { householdId: ids.a!, kind: 'cash', date: '2023-06-01', value: 90_000_000, source: 'centre' }, tokens.caseworker);
  offerId = (await t.call('offers.create', { title: 'بستهٔ نقدی', kind: 'cash', needKind: 'foodCash', quantity: 2, unitValue: 10_000_000, city: 'زنجان' }, tokens.manager)).id;
});
afterAll(() => t.close());

describe('suggest', () => {
  test('ranks the hand-checked fixture, explains every part, flags recent same aid', async () => {
    const r = await t.call('matching.suggest', { offerId }, tokens.caseworker);
    expect(r.offer?.remaining).toBe(2);
    expect(r.weights).toEqual({ needPriority: 5, vulnerability: 4, waiting: 4, priorAid: 3, dependants: 2, income: 3, sameCity: 1, recentAidMonths: 12 });
    expect(r.candidates.map((c) => [c.householdId, c.score])).toEqual([[ids.a, 193.67], [ids.c, 144.61], [ids.b, 71.53]]);
    const c = r.candidates[1]!;
    expect(Object.fromEntries(c.parts.map((p) => [p.factor, p.points]))).toEqual({ needPriority: 50, vulnerability: 0, waiting: 9.86, priorAid: 24.75, dependants: 20, income: 30, sameCity: 10 });
    expect(c.flags).toEqual([{ kind: 'recentSameAid', date: '2025-06-01', months: 12 }]);
    expect(r.candidates[0]!.flags).toEqual([]);
    expect(r.candidates[2]!.parts.find((p) => p.factor === 'priorAid')!.detail).toMatchObject({ count: 2, value: 100_000_000 });
  });

  test('by need kind, with the weights a manager set', async () => {
    await t.call('matching.setWeights', { needPriority: 0, vulnerability: 0, waiting: 10, priorAid: 0, dependants: 0, income: 0, sameCity: 0, recentAidMonths: 6 }, tokens.manager);
    const r = await t.call('matching.suggest', { needKind: 'foodCash' }, tokens.caseworker);
    expect(r.offer).toBeNull();
    // only waiting counts: A (365 days) first, then B and C tie at 90 days → household id order
    expect(r.candidates[0]!.householdId).toBe(ids.a);
    expect(r.candidates.slice(1).map((x) => x.householdId)).toEqual([ids.b, ids.c].sort());
    expect(r.candidates.every((x) => x.flags.length === 0)).toBe(true); // 2025-06-01 is 7 months back
    expect(await t.call('matching.getWeights', {}, tokens.caseworker)).toMatchObject({ waiting: 10, recentAidMonths: 6 });
    expect((await t.fail('matching.setWeights', { ...r.weights }, tokens.caseworker)).code).toBe('FORBIDDEN');
    await t.call('matching.setWeights', { needPriority: 5, vulnerability: 4, waiting: 4, priorAid: 3, dependants: 2, income: 3, sameCity: 1, recentAidMonths: 12 }, tokens.admin);
  });

  test('equipment offers match the named equipment only', async () => {
    const h = (await t.call('households.create', { household: hh('تجهیزات') }, tokens.caseworker)).id;
    const other = (await t.call('households.create', { household: hh('جوجه') }, tokens.caseworker)).id;
    await t.call('needs.add', { householdId: h, kind: 'equipment', equipmentKind: 'فر نان صنعتی', priority: 3 }, tokens.caseworker);
    await t.call('needs.add', { householdId: other, kind: 'equipment', equipmentKind: 'دستگاه جوجه‌کشی', priority: 5 }, tokens.caseworker);
    const oven = await t.call('offers.create', { title: 'فر', kind: 'equipment', needKind: 'equipment', equipmentKind: 'فر نان', quantity: 1, unitValue: 80_000_000 }, tokens.caseworker);
    expect((await t.call('matching.suggest', { offerId: oven.id }, tokens.caseworker)).candidates.map((c) => c.householdId)).toEqual([h]);
  });
});

describe('approve', () => {
  test('gives one unit: aid written, oldest open need met, unit used; then refusals with nothing changed', async () => {
    const r = await t.call('matching.approve', { offerId, householdId: ids.a! }, tokens.caseworker);
    expect(r.offer).toMatchObject({ allocated: 1, remaining: 1 });
    expect(r.aid).toMatchObject({ householdId: ids.a, kind: 'cash', value: 10_000_000, source: 'centre', offerId, date: '2026-01-01' });
    const needs = await t.call('needs.list', { householdId: ids.a! }, tokens.volunteer);
    expect(needs[0]).toMatchObject({ status: 'met', closedOn: '2026-01-01', id: r.aid.needId });
    expect((await t.call('aid.list', { householdId: ids.a! }, tokens.caseworker)).map((x) => x.value)).toContain(10_000_000);
    const audit = t.core.db().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'approve' AND entity_id = ?").get(offerId) as { n: number };
    expect(audit.n).toBe(1);
    // not suggested again for the same offer
    expect((await t.call('matching.suggest', { offerId }, tokens.caseworker)).candidates.map((c) => c.householdId)).not.toContain(ids.a);

    let before = fingerprint(t);
    let err = await t.fail('matching.approve', { offerId, householdId: ids.a! }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['CONFLICT', 'offers.alreadyGiven']);
    expect(err.message).toMatch(PERSIAN_LETTERS);
    expect(fingerprint(t)).toEqual(before);

    await t.call('matching.approve', { offerId, householdId: ids.c! }, tokens.manager);
    before = fingerprint(t);
    err = await t.fail('matching.approve', { offerId, householdId: ids.b! }, tokens.caseworker);
    expect([err.code, err.key]).toEqual(['CONFLICT', 'offers.usedUp']);
    expect(err.message).toContain('۲');
    expect(fingerprint(t)).toEqual(before);
    expect((await t.call('offers.list', {}, tokens.caseworker)).map((o) => o.id)).not.toContain(offerId);
    expect((await t.call('offers.list', { includeUsedUp: true }, tokens.caseworker)).map((o) => o.id)).toContain(offerId);
  });

  test('a need already closed, or of another household, is refused', async () => {
    const o = await t.call('offers.create', { title: 'کمک', kind: 'cash', needKind: 'foodCash', quantity: 5, unitValue: 1_000_000 }, tokens.caseworker);
    const needA = (await t.call('needs.list', { householdId: ids.a! }, tokens.caseworker))[0]!;
    const before = fingerprint(t);
    expect((await t.fail('matching.approve', { offerId: o.id, householdId: ids.a!, needId: needA.id }, tokens.caseworker)).key).toBe('needs.closed');
    expect((await t.fail('matching.approve', { offerId: o.id, householdId: ids.b!, needId: needA.id }, tokens.caseworker)).key).toBe('needs.notFound');
    expect((await t.fail('matching.approve', { offerId: o.id, householdId: ids.archived! }, tokens.caseworker)).key).toBe('households.archived');
    expect(fingerprint(t)).toEqual(before);
  });
});

describe('two cores approving the last unit at the same moment', () => {
  const dirs: string[] = [];
  afterEach(() => {
    while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
  });

  test('exactly one succeeds, the other is told the offer is used up', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hamyar-race-'));
    dirs.push(dataDir);
    const s = await makeTestCore({ dataDir });
    const toks = await setUpCentre(s);
    const h0 = (await s.call('households.create', { household: hh('یک') }, toks.admin)).id;
    const h1 = (await s.call('households.create', { household: hh('دو') }, toks.admin)).id;
    const ROUNDS = 12;
    const offers: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      offers.push((await s.call('offers.create', { title: `آخرین ${i}`, kind: 'goods', needKind: 'foodCash', quantity: 1, unitValue: 5_000_000 }, toks.admin)).id);
    }
    s.close();

    const barrier = new SharedArrayBuffer(4);
    const jobs = [h0, h1].map((householdId, worker) => ({ task: 'approve' as const, dataDir, barrier, worker, workers: 2, rounds: offers.map((offerId) => ({ offerId, householdId })) }));
    const workers = jobs.map((job) => new Worker(new URL('../helpers/raceWorker.ts', import.meta.url), { workerData: job }));
    let results: RaceResult[];
    try {
      results = await Promise.all(
        workers.map((w) => new Promise<RaceResult>((resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
        })),
      );
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    for (let i = 0; i < ROUNDS; i++) {
      const pair = results.map((r) => r.results[i]!);
      expect(pair.map((e) => (e.ok ? 'ok' : `${e.error.code} ${e.error.key}`)).sort(), `round ${i}`).toEqual(['CONFLICT offers.usedUp', 'ok']);
    }
    const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true });
    try {
      for (const id of offers) {
        expect((db.prepare('SELECT allocated FROM offers WHERE id = ?').get(id) as { allocated: number }).allocated).toBe(1);
        expect((db.prepare('SELECT count(*) AS n FROM aid_records WHERE offer_id = ?').get(id) as { n: number }).n).toBe(1);
      }
    } finally {
      db.close();
    }
  });
});

// The ranking on a small fixture whose points are worked out by hand below (default weights:
// needPriority 5, vulnerability 4, waiting 4, priorAid 3, dependants 2, income 3, sameCity 1).
import { describe, expect, test } from 'vitest';
import { DEFAULT_WEIGHTS, monthsBefore, needFits, rankCandidates, type MatchHousehold, type MatchTarget } from '../../shared/domain/matching.ts';

const TODAY = '2026-01-01';
const target: MatchTarget = { needKind: 'foodCash', aidKind: 'cash', equipmentKind: null, city: 'زنجان', today: TODAY };

function hh(id: string, extra: Partial<MatchHousehold> & { priority: number; recordedOn: string }): MatchHousehold {
  const { priority, recordedOn, ...rest } = extra;
  return {
    householdId: id, displayName: `خانوار ${id}`, city: 'زنجان', groups: [], memberCount: 0, monthlyIncome: null,
    aidCount: 0, aidValue: 0, lastSameKindDate: null,
    needs: [{ needId: `n-${id}`, priority, recordedOn, equipmentKind: null }],
    ...rest,
  };
}

// A: priority 5 → 1×5×10 = 50; womanHead+disability weigh 2+2 = 4 of 6 → 4/6×40 = 26.67;
//    waiting 365 days (cap) → 40; no aid → 30; 3 members → 3/6×20 = 10;
//    20,000,000 / 4 persons = 5,000,000 → (1 − 0.1)×30 = 27; same city → 10.   Σ 193.67
const A = hh('a', { priority: 5, recordedOn: '2025-01-01', groups: ['womanHead', 'disability'], memberCount: 3, monthlyIncome: 20_000_000 });
// B: priority 3 → 0.5×50 = 25; chronicIllness 1/6×40 = 6.67; 90 days → 90/365×40 = 9.86;
//    2 aids, 100,000,000 → ½(1 − 2/4) + ½(1 − 0.5) = 0.5 → 15; no members → 0;
//    income unknown → 0.5×30 = 15; other city → 0.                               Σ 71.53
const B = hh('b', { priority: 3, recordedOn: '2025-10-03', city: 'قم', groups: ['chronicIllness'], aidCount: 2, aidValue: 100_000_000 });
// C: priority 5 → 50; no groups → 0; 90 days → 9.86; 1 aid of 20,000,000 →
//    ½(1 − 1/4) + ½(1 − 0.1) = 0.825 → 24.75; 6 members → 20; income 0 → 30; same city → 10.
//    Σ 144.61; flagged: cash 2025-06-01 is within 12 months.
const C = hh('c', {
  priority: 5, recordedOn: '2025-10-03', memberCount: 6, monthlyIncome: 0, aidCount: 1, aidValue: 20_000_000, lastSameKindDate: '2025-06-01',
});
// D: no fitting need at all → not listed.
const D: MatchHousehold = { ...hh('d', { priority: 5, recordedOn: '2025-01-01' }), needs: [] };

describe('rankCandidates', () => {
  const ranked = rankCandidates([B, D, C, A], target, DEFAULT_WEIGHTS, 10);

  test('order and scores as computed by hand', () => {
    expect(ranked.map((c) => [c.householdId, c.score])).toEqual([
      ['a', 193.67],
      ['c', 144.61],
      ['b', 71.53],
    ]);
  });

  test('each part explains its points', () => {
    const pts = (id: string) => Object.fromEntries(ranked.find((c) => c.householdId === id)!.parts.map((p) => [p.factor, p.points]));
    expect(pts('a')).toEqual({ needPriority: 50, vulnerability: 26.67, waiting: 40, priorAid: 30, dependants: 10, income: 27, sameCity: 10 });
    expect(pts('b')).toEqual({ needPriority: 25, vulnerability: 6.67, waiting: 9.86, priorAid: 15, dependants: 0, income: 15, sameCity: 0 });
    expect(pts('c')).toEqual({ needPriority: 50, vulnerability: 0, waiting: 9.86, priorAid: 24.75, dependants: 20, income: 30, sameCity: 10 });
    const a = ranked[0]!;
    expect(a.parts.find((p) => p.factor === 'waiting')!.detail).toMatchObject({ days: 365 });
    expect(a.parts.find((p) => p.factor === 'vulnerability')!.detail).toMatchObject({ groups: ['womanHead', 'disability'], count: 2 });
    expect(a.parts.find((p) => p.factor === 'income')!.detail).toMatchObject({ known: true, perPerson: 5_000_000 });
    expect(ranked[2]!.parts.find((p) => p.factor === 'income')!.detail).toMatchObject({ known: false });
  });

  test('recent aid of the same kind flags, never drops', () => {
    expect(ranked.find((c) => c.householdId === 'c')!.flags).toEqual([{ kind: 'recentSameAid', date: '2025-06-01', months: 12 }]);
    expect(ranked.find((c) => c.householdId === 'a')!.flags).toEqual([]);
    // older than the window: no flag
    const old = rankCandidates([{ ...C, lastSameKindDate: '2024-12-31' }], target, DEFAULT_WEIGHTS, 10);
    expect(old[0]!.flags).toEqual([]);
    // window 0 months: never flagged
    expect(rankCandidates([C], target, { ...DEFAULT_WEIGHTS, recentAidMonths: 0 }, 10)[0]!.flags).toEqual([]);
  });

  test('ties: older need first, then household id', () => {
    const w = { ...DEFAULT_WEIGHTS, waiting: 0 };
    const x = hh('x', { priority: 4, recordedOn: '2025-06-01' });
    const y = hh('y', { priority: 4, recordedOn: '2025-03-01' });
    const z = hh('a2', { priority: 4, recordedOn: '2025-06-01' });
    const r = rankCandidates([x, y, z], target, w, 10);
    expect(new Set(r.map((c) => c.score)).size).toBe(1);
    expect(r.map((c) => c.householdId)).toEqual(['y', 'a2', 'x']);
  });

  test('a weight of 0 removes a factor; limit cuts the list', () => {
    const r = rankCandidates([A, B, C], target, { ...DEFAULT_WEIGHTS, sameCity: 0 }, 2);
    expect(r).toHaveLength(2);
    expect(r[0]!.parts.find((p) => p.factor === 'sameCity')!.points).toBe(0);
  });

  test('the household is matched on its most urgent need', () => {
    const h = { ...A, needs: [{ needId: 'low', priority: 2, recordedOn: '2024-01-01', equipmentKind: null }, { needId: 'high', priority: 5, recordedOn: '2025-12-01', equipmentKind: null }] };
    expect(rankCandidates([h], target, DEFAULT_WEIGHTS, 1)[0]!.needId).toBe('high');
  });
});

describe('equipment kinds', () => {
  const eq = { needKind: 'equipment' as const, equipmentKind: 'فر نان' };
  const need = (equipmentKind: string | null) => ({ needId: 'n', priority: 3, recordedOn: TODAY, equipmentKind });
  test('normalised, case-insensitive contains', () => {
    expect(needFits(need('فر نان صنعتی'), eq)).toBe(true);
    expect(needFits(need('فر‌نان'), eq)).toBe(true); // ZWNJ instead of a space
    expect(needFits(need('دستگاه جوجه‌کشی'), eq)).toBe(false);
    expect(needFits(need(null), eq)).toBe(false);
    expect(needFits(need('Bread OVEN'), { needKind: 'equipment', equipmentKind: 'oven' })).toBe(true);
    expect(needFits(need('يخچال كوچك'), { needKind: 'equipment', equipmentKind: 'یخچال' })).toBe(true);
    expect(needFits(need(null), { needKind: 'equipment', equipmentKind: null })).toBe(true);
  });
});

test('monthsBefore clamps to the month end', () => {
  expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  expect(monthsBefore('2026-01-15', 24)).toBe('2024-01-15');
  expect(monthsBefore('2026-01-15', 0)).toBe('2026-01-15');
});

// The housing build's derived figures: weighted percent, overdue and stalled days, current
// stage, and project money from its parts.
import { describe, expect, test } from 'vitest';
import {
  buildPercent,
  currentStage,
  HOUSING_STAGES,
  projectMoney,
  STAGE_WEIGHTS,
  stalledInfo,
  stageOverdueDays,
  type StageProgress,
} from '../../shared/domain/housing.ts';

function stages(over: Partial<Record<(typeof HOUSING_STAGES)[number], Partial<StageProgress>>> = {}): StageProgress[] {
  return HOUSING_STAGES.map((stage) => ({ stage, plannedEnd: null, actualEnd: null, percent: 0, waitingFor: null, ...over[stage] }));
}

describe('buildPercent', () => {
  test('the weights sum to 100', () => {
    expect(Object.values(STAGE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
  test('weighted by stage, rounded down, 100 only when every stage is done', () => {
    expect(buildPercent(stages())).toBe(0);
    expect(buildPercent(stages({ foundation: { percent: 100 } }))).toBe(15);
    expect(buildPercent(stages({ foundation: { actualEnd: '2025-01-01', percent: 0 }, structure: { percent: 50 } }))).toBe(27); // 15 + 12.5
    const allButHandover = stages(Object.fromEntries(HOUSING_STAGES.map((s) => [s, { percent: s === 'handover' ? 99 : 100 }])));
    expect(buildPercent(allButHandover)).toBe(99);
    expect(buildPercent(stages(Object.fromEntries(HOUSING_STAGES.map((s) => [s, { percent: 100 }]))))).toBe(100);
  });
});

describe('overdue and stalled', () => {
  const s = (plannedEnd: string, extra: Partial<StageProgress> = {}): StageProgress => ({ stage: 'structure', plannedEnd, actualEnd: null, percent: 30, waitingFor: 'money', ...extra });
  test('days past the planned end, by the calendar, across month and year ends', () => {
    expect(stageOverdueDays(s('2025-03-20'), '2025-03-20')).toBe(0);
    expect(stageOverdueDays(s('2025-03-20'), '2025-03-21')).toBe(1); // Esfand 30 → Farvardin 1
    expect(stageOverdueDays(s('2024-02-28'), '2024-03-01')).toBe(2); // Gregorian leap day
    expect(stageOverdueDays(s('2024-12-31'), '2025-01-31')).toBe(31);
    expect(stageOverdueDays(s('2025-01-01', { actualEnd: '2025-02-01' }), '2025-06-01')).toBe(0);
    expect(stageOverdueDays(s('2025-01-01', { percent: 100 }), '2025-06-01')).toBe(0);
  });
  test('stalled only past the setting, reporting the stage overdue longest and what it waits for', () => {
    const list = [s('2025-01-01'), { ...s('2024-12-01'), stage: 'foundation' as const, waitingFor: 'bank' as const }];
    expect(stalledInfo(list, '2025-01-01', 31)).toBeNull(); // 31 days is not more than 31
    expect(stalledInfo(list, '2025-01-02', 31)).toEqual({ stage: 'foundation', days: 32, waitingFor: 'bank' });
  });
  test('the current stage is the first one not done', () => {
    expect(currentStage(stages())).toBe('foundation');
    expect(currentStage(stages({ foundation: { percent: 100 }, wallsRoof: { percent: 100 } }))).toBe('structure');
    expect(currentStage(stages(Object.fromEntries(HOUSING_STAGES.map((x) => [x, { actualEnd: '2025-01-01' }]))))).toBeNull();
  });
});

describe('projectMoney', () => {
  test('a bank facility counts once approved; gap never negative; balance may be', () => {
    const m = projectMoney({
      budget: 1000,
      donorsRaised: 300,
      donorsReceived: 100,
      sources: [
        { kind: 'bankFacility', committed: 800, approved: null, received: 0 },
        { kind: 'agencyGrant', committed: 200, approved: null, received: 50 },
      ],
      spent: 400,
    });
    expect(m).toEqual({ budget: 1000, raised: 500, received: 150, spent: 400, gap: 500, outstanding: 350, balance: -250 });
    const approved = projectMoney({ budget: 1000, donorsRaised: 300, donorsReceived: 100, sources: [{ kind: 'bankFacility', committed: 800, approved: 750, received: 700 }], spent: 0 });
    expect(approved).toMatchObject({ raised: 1050, gap: 0, received: 800 });
    expect(projectMoney({ budget: null, donorsRaised: 5, donorsReceived: 5, sources: [], spent: 0 }).gap).toBe(0);
  });
});

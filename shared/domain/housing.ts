// Housing builds and project money, as pure functions so the service, the reports and the
// screens agree on every figure. Dates are ISO calendar days; money is integer rials.
import { daysBetween } from './days.ts';

/** The stages of a housing build, in the order they are built. */
export const HOUSING_STAGES = ['foundation', 'structure', 'wallsRoof', 'installations', 'finishing', 'handover'] as const;
export type HousingStage = (typeof HOUSING_STAGES)[number];

/** How much of the whole build each stage is, in percent (sums to 100). Builders' rule of
 *  thumb for a small single-storey house: the frame and the finishing carry most of the work. */
export const STAGE_WEIGHTS: Readonly<Record<HousingStage, number>> = {
  foundation: 15,
  structure: 25,
  wallsRoof: 20,
  installations: 15,
  finishing: 20,
  handover: 5,
};

/** What a stalled stage waits for. */
export const WAITING_FOR = ['money', 'bank', 'contractor', 'permit', 'materials', 'other'] as const;
export type WaitingFor = (typeof WAITING_FOR)[number];

export interface StageProgress {
  stage: HousingStage;
  plannedEnd: string | null;
  actualEnd: string | null;
  /** 0-100; a stage with an actual end date counts as 100 */
  percent: number;
  waitingFor: WaitingFor | null;
}

export function stageDone(s: Pick<StageProgress, 'actualEnd' | 'percent'>): boolean {
  return s.actualEnd !== null || s.percent >= 100;
}

/** The build's completion in whole percent: stage percents weighted by STAGE_WEIGHTS, rounded
 *  down so a build shows 100 only when every stage is done. */
export function buildPercent(stages: readonly Pick<StageProgress, 'stage' | 'actualEnd' | 'percent'>[]): number {
  let sum = 0;
  for (const s of stages) sum += STAGE_WEIGHTS[s.stage] * (stageDone(s) ? 100 : Math.max(0, Math.min(100, s.percent)));
  return Math.floor(sum / 100);
}

/** Days a stage is past its planned end without being done (0 when not overdue). */
export function stageOverdueDays(s: StageProgress, today: string): number {
  if (stageDone(s) || s.plannedEnd === null || s.plannedEnd >= today) return 0;
  return daysBetween(s.plannedEnd, today);
}

export interface Stalled {
  stage: HousingStage;
  /** days past the stage's planned end */
  days: number;
  waitingFor: WaitingFor | null;
}

/** A build is stalled when one of its stages is overdue by more than `stallDays`; the stage
 *  overdue the longest is reported, with what it waits for. */
export function stalledInfo(stages: readonly StageProgress[], today: string, stallDays: number): Stalled | null {
  let worst: Stalled | null = null;
  for (const s of stages) {
    const days = stageOverdueDays(s, today);
    if (days > stallDays && (worst === null || days > worst.days)) worst = { stage: s.stage, days, waitingFor: s.waitingFor };
  }
  return worst;
}

/** The first stage not yet done (null when the build is complete). */
export function currentStage(stages: readonly Pick<StageProgress, 'stage' | 'actualEnd' | 'percent'>[]): HousingStage | null {
  const byStage = new Map(stages.map((s) => [s.stage, s]));
  for (const stage of HOUSING_STAGES) {
    const s = byStage.get(stage);
    if (!s || !stageDone(s)) return stage;
  }
  return null;
}

// ---- money ---------------------------------------------------------------------------------

export const FUNDING_KINDS = ['agencyGrant', 'bankFacility', 'companyCsr', 'budgetNote', 'other'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export interface FundingSourceAmounts {
  kind: FundingKind;
  /** promised: the grant, the company's budget line; for a bank facility, the amount requested */
  committed: number;
  /** a bank facility's approved amount (null until the bank approves) */
  approved: number | null;
  /** money actually in: for a bank facility, what was disbursed */
  received: number;
}

/** What a source counts towards the project's raised money: a bank facility only once approved. */
export function sourceRaised(s: FundingSourceAmounts): number {
  return s.kind === 'bankFacility' ? (s.approved ?? 0) : s.committed;
}

export interface ProjectMoneyInputs {
  budget: number | null;
  /** donors: open pledges' totals plus payments to the project outside any pledge */
  donorsRaised: number;
  /** donors: payments received for the project (not voided) */
  donorsReceived: number;
  sources: readonly FundingSourceAmounts[];
  /** expenses recorded (not voided) */
  spent: number;
}

export interface ProjectMoney {
  budget: number | null;
  raised: number;
  received: number;
  spent: number;
  /** budget not yet covered by what is raised (0 when covered or no budget) */
  gap: number;
  /** raised but not yet received */
  outstanding: number;
  /** received and not yet spent (negative when spending ran ahead of the money) */
  balance: number;
}

export function projectMoney(m: ProjectMoneyInputs): ProjectMoney {
  let raised = m.donorsRaised;
  let received = m.donorsReceived;
  for (const s of m.sources) {
    raised += sourceRaised(s);
    received += s.received;
  }
  return {
    budget: m.budget,
    raised,
    received,
    spent: m.spent,
    gap: m.budget === null ? 0 : Math.max(0, m.budget - raised),
    outstanding: Math.max(0, raised - received),
    balance: received - m.spent,
  };
}

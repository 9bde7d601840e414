// Every project's money and progress, worked out from the rows that hold the facts (pledges,
// payments, funding sources, expenses, stages) and never stored, so a figure cannot drift from
// its parts. One grouped query per kind of row covers one project or all of them: the list,
// the board and the reports (800 builds for a province) all go through here.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { pledgeTotal } from '../../../shared/domain/schedule.ts';
import {
  buildPercent,
  currentStage,
  projectMoney,
  stageOverdueDays,
  stalledInfo,
  type FundingSourceAmounts,
  type HousingStage,
  type ProjectMoney,
  type Stalled,
  type StageProgress,
  type WaitingFor,
} from '../../../shared/domain/housing.ts';
import type { PledgeKind } from '../../../shared/contract/pledges.ts';
import { CLOSED_STATUSES, type ProjectStatus } from '../../../shared/contract/projects.ts';
import { getSetting } from '../settings/repository.ts';
import { receivedPayment } from '../payments/received.ts';

export const DEFAULT_STALL_DAYS = 30;
export const STALL_DAYS_KEY = 'projects.stallDays';

export function readStallDays(db: Db): number {
  const v = Number(getSetting(db, STALL_DAYS_KEY));
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_STALL_DAYS;
}

export interface StageRow extends StageProgress {
  plannedStart: string | null;
  actualStart: string | null;
  estimatedCost: number | null;
  notes: string | null;
}

export interface ProjectFigures {
  money: ProjectMoney;
  donors: { pledged: number; received: number };
  /** housing builds only */
  percent: number | null;
  currentStage: HousingStage | null;
  stalled: Stalled | null;
}

interface PledgeLine {
  project_id: string;
  kind: PledgeKind;
  amount: number;
  start_date: string;
  months: number | null;
  installments: number | null;
  paid: number;
}

/** `scope` null: every project; otherwise one project's id. */
function where(scope: string | null, column = 'project_id'): string {
  return scope === null ? `${column} IS NOT NULL` : `${column} = ?`;
}
function args(scope: string | null): string[] {
  return scope === null ? [] : [scope];
}

function group<T extends { project_id: string }>(rows: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.project_id);
    if (list) list.push(r);
    else m.set(r.project_id, [r]);
  }
  return m;
}

function sums(db: Db, sql: string, scope: string | null): Map<string, number> {
  const rows = stmt<string[], { project_id: string; total: number }>(db, sql).all(...args(scope));
  return new Map(rows.map((r) => [r.project_id, r.total]));
}

export function loadStages(db: Db, scope: string | null): Map<string, StageRow[]> {
  const rows = stmt<string[], StageRow & { project_id: string }>(
    db,
    `SELECT project_id, stage, planned_start AS plannedStart, planned_end AS plannedEnd, actual_start AS actualStart,
            actual_end AS actualEnd, estimated_cost AS estimatedCost, percent, waiting_for AS waitingFor, notes
     FROM housing_stages WHERE ${where(scope)} ORDER BY project_id, seq`,
  ).all(...args(scope));
  return group(rows);
}

/** Figures for one project (`scope` = its id) or for every project (`scope` = null). */
export function computeFigures(
  db: Db,
  scope: string | null,
  projects: readonly { id: string; kind: string; status: string; budget: number | null }[],
  today: string,
  stallDays: number,
): Map<string, ProjectFigures> {
  // Donors: what was received for the project, plus what open pledges to it still promise.
  const received = sums(
    db,
    `SELECT project_id, sum(amount) AS total FROM payments WHERE ${where(scope)} AND ${receivedPayment()} GROUP BY project_id`,
    scope,
  );
  const pledges = group(
    stmt<string[], PledgeLine>(
      db,
      `SELECT pl.project_id, pl.kind, pl.amount, pl.start_date, pl.months, pl.installments,
              coalesce((SELECT sum(pm.amount) FROM payments pm WHERE pm.pledge_id = pl.id AND ${receivedPayment('pm')}), 0) AS paid
       FROM pledges pl WHERE ${where(scope, 'pl.project_id')} AND pl.cancelled_at IS NULL`,
    ).all(...args(scope)),
  );
  const sources = group(
    stmt<string[], FundingSourceAmounts & { project_id: string }>(
      db,
      `SELECT project_id, kind, committed, approved, received FROM funding_sources WHERE ${where(scope)} AND removed_at IS NULL`,
    ).all(...args(scope)),
  );
  const spent = sums(
    db,
    `SELECT project_id, sum(amount) AS total FROM project_expenses WHERE ${where(scope)} AND voided_at IS NULL GROUP BY project_id`,
    scope,
  );
  const stages = loadStages(db, scope);

  const out = new Map<string, ProjectFigures>();
  for (const p of projects) {
    let pledged = 0;
    let promised = 0;
    for (const pl of pledges.get(p.id) ?? []) {
      const total = pledgeTotal({ kind: pl.kind, amount: pl.amount, startDate: pl.start_date, months: pl.months, installments: pl.installments });
      pledged += total ?? pl.paid;
      if (total !== null) promised += Math.max(0, total - pl.paid);
    }
    const donorsReceived = received.get(p.id) ?? 0;
    const money = projectMoney({
      budget: p.budget,
      donorsRaised: donorsReceived + promised,
      donorsReceived,
      sources: sources.get(p.id) ?? [],
      spent: spent.get(p.id) ?? 0,
    });
    // a cancelled project is not waiting for money: its budget no longer counts as a gap
    if (p.status === 'cancelled') money.gap = 0;
    const st = p.kind === 'housing' ? (stages.get(p.id) ?? []) : null;
    out.set(p.id, {
      money,
      donors: { pledged, received: donorsReceived },
      percent: st ? buildPercent(st) : null,
      currentStage: st ? currentStage(st) : null,
      // a finished, handed-over or cancelled build is not waiting for anything
      stalled: st && !CLOSED_STATUSES.includes(p.status as ProjectStatus) ? stalledInfo(st, today, stallDays) : null,
    });
  }
  return out;
}

export function overdueDays(s: StageRow, today: string): number {
  return stageOverdueDays(s, today);
}

export type { WaitingFor };

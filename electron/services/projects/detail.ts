// One project as its page shows it: the record, its figures and everything hanging off it.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { AppError } from '../../../shared/errors.ts';
import { daysBetween } from '../../../shared/domain/days.ts';
import { pledgeTotal } from '../../../shared/domain/schedule.ts';
import type { ProjectDetail, FundingSource, Expense, EquipmentLot } from '../../../shared/contract/projects.ts';
import type { PledgeKind } from '../../../shared/contract/pledges.ts';
import { findHousing, findProject } from './repository.ts';
import { computeFigures, loadStages, overdueDays, readStallDays } from './figures.ts';
import { listAttachments } from '../attachments/store.ts';
import { receivedPayment } from '../payments/received.ts';

interface FundingRowDb {
  id: string;
  project_id: string;
  kind: FundingSource['kind'];
  source_name: string;
  committed: number;
  approved: number | null;
  received: number;
  requested_on: string | null;
  approved_on: string | null;
  received_on: string | null;
  notes: string | null;
  updated_at: string;
}

export function toFundingSource(r: FundingRowDb, today: string): FundingSource {
  // how long the bank has kept the centre waiting: request to approval, or to today
  const waitingDays =
    r.kind === 'bankFacility' && r.requested_on ? daysBetween(r.requested_on, r.approved_on ?? today) : null;
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind,
    sourceName: r.source_name,
    committed: r.committed,
    approved: r.approved,
    received: r.received,
    requestedOn: r.requested_on,
    approvedOn: r.approved_on,
    receivedOn: r.received_on,
    notes: r.notes,
    waitingDays,
    updatedAt: r.updated_at,
  };
}

export function findFunding(db: Db, id: string): FundingRowDb | undefined {
  return stmt<[string], FundingRowDb>(db, 'SELECT * FROM funding_sources WHERE id = ? AND removed_at IS NULL').get(id);
}

export function loadExpense(db: Db, id: string): (Expense & { projectId: string }) | undefined {
  return stmt<[string], Expense & { projectId: string }>(
    db,
    `SELECT id, project_id AS projectId, date, amount, description, stage, voided_at AS voidedAt, void_reason AS voidReason
     FROM project_expenses WHERE id = ?`,
  ).get(id);
}

export function loadLots(db: Db, projectId: string): EquipmentLot[] {
  return stmt<[string], EquipmentLot>(
    db,
    `SELECT id, project_id AS projectId, kind, count, handed, count - handed AS remaining, unit_value AS unitValue, notes,
            created_at AS createdAt
     FROM equipment_lots WHERE project_id = ? ORDER BY created_at, rowid`,
  ).all(projectId);
}

function loadPledges(db: Db, projectId: string): ProjectDetail['donors']['pledges'] {
  const rows = stmt<[string], { id: string; donorId: string; donorName: string; kind: PledgeKind; amount: number; start_date: string; months: number | null; installments: number | null; cancelled_at: string | null; paid: number }>(
    db,
    `SELECT pl.id, pl.donor_id AS donorId, d.display_name AS donorName, pl.kind, pl.amount, pl.start_date, pl.months,
            pl.installments, pl.cancelled_at,
            coalesce((SELECT sum(pm.amount) FROM payments pm WHERE pm.pledge_id = pl.id AND ${receivedPayment('pm')}), 0) AS paid
     FROM pledges pl JOIN donors d ON d.id = pl.donor_id WHERE pl.project_id = ? ORDER BY pl.start_date, pl.rowid`,
  ).all(projectId);
  return rows.map((r) => ({
    id: r.id,
    donorId: r.donorId,
    donorName: r.donorName,
    total: pledgeTotal({ kind: r.kind, amount: r.amount, startDate: r.start_date, months: r.months, installments: r.installments }),
    paid: r.paid,
    cancelled: r.cancelled_at !== null,
  }));
}

export function loadProjectDetail(db: Db, id: string, today: string): ProjectDetail {
  const p = findProject(db, id);
  if (!p) throw new AppError('NOT_FOUND', 'projects.notFound');
  const figures = computeFigures(db, id, [p], today, readStallDays(db)).get(id)!;

  const funding = stmt<[string], FundingRowDb>(
    db,
    'SELECT * FROM funding_sources WHERE project_id = ? AND removed_at IS NULL ORDER BY created_at, rowid',
  ).all(id).map((r) => toFundingSource(r, today));
  const expenses = stmt<[string], Expense>(
    db,
    `SELECT id, date, amount, description, stage, voided_at AS voidedAt, void_reason AS voidReason
     FROM project_expenses WHERE project_id = ? ORDER BY date DESC, created_at DESC, rowid DESC`,
  ).all(id);

  let housing: ProjectDetail['housing'] = null;
  const build = p.kind === 'housing' ? findHousing(db, id) : undefined;
  if (build) {
    const costs = new Map(
      stmt<[string], { stage: string; total: number }>(
        db,
        'SELECT stage, sum(amount) AS total FROM project_expenses WHERE project_id = ? AND stage IS NOT NULL AND voided_at IS NULL GROUP BY stage',
      ).all(id).map((r) => [r.stage, r.total]),
    );
    housing = {
      householdId: build.household_id,
      householdName: build.household_name,
      landStatus: build.land_status,
      areaM2: build.area_m2,
      address: build.address,
      stages: (loadStages(db, id).get(id) ?? []).map((s) => ({
        ...s,
        actualCost: costs.get(s.stage) ?? 0,
        overdueDays: overdueDays(s, today),
      })),
      percent: figures.percent ?? 0,
      currentStage: figures.currentStage,
      stalled: figures.stalled,
    };
  }

  let employment: ProjectDetail['employment'] = null;
  if (p.kind === 'employment') {
    const plan = stmt<[string], { jobs_planned: number; jobs_created: number }>(
      db,
      'SELECT jobs_planned, jobs_created FROM employment_plans WHERE project_id = ?',
    ).get(id);
    const households = stmt<[string], NonNullable<ProjectDetail['employment']>['households'][number]>(
      db,
      `SELECT e.id, e.household_id AS householdId, h.display_name AS householdName, e.jobs, e.started_on AS startedOn
       FROM employment_households e JOIN households h ON h.id = e.household_id WHERE e.project_id = ? ORDER BY e.created_at, e.rowid`,
    ).all(id);
    employment = { jobsPlanned: plan?.jobs_planned ?? 0, jobsCreated: plan?.jobs_created ?? 0, households };
  }

  return {
    id: p.id,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    originCentreId: p.origin_centre_id,
    name: p.name,
    kind: p.kind,
    status: p.status,
    city: p.city,
    startDate: p.start_date,
    plannedEndDate: p.planned_end_date,
    budget: p.budget,
    managerName: p.manager_name,
    description: p.description,
    archivedAt: p.archived_at,
    money: figures.money,
    donors: { ...figures.donors, pledges: loadPledges(db, id) },
    funding,
    expenses,
    housing,
    employment,
    equipment: loadLots(db, id),
    attachments: listAttachments(db, id),
  };
}

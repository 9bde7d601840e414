// SQL for pledges: rows in and out, with the donor's and project's names and what has been paid
// (non-voided payments, summed in SQL). Figures and schedules are derived here from those rows
// by shared/domain/schedule.ts; nothing derived is stored.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { pledgeSchedule, type PledgeSchedule } from '../../../shared/domain/schedule.ts';
import type { Pledge, PledgeDetail, PledgeKind } from '../../../shared/contract/pledges.ts';
import { receivedPayment } from '../payments/received.ts';

export interface PledgeRow {
  id: string;
  donor_id: string;
  donor_name: string;
  project_id: string | null;
  project_name: string | null;
  kind: PledgeKind;
  amount: number;
  start_date: string;
  months: number | null;
  installments: number | null;
  notes: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
  origin_centre_id: string;
  /** SUM of the pledge's non-voided payments */
  paid: number;
}

export interface NewPledge {
  donorId: string;
  projectId: string | null;
  kind: PledgeKind;
  amount: number;
  startDate: string;
  months: number | null;
  installments: number | null;
  notes: string | null;
}

/** The paid sum per pledge in one grouped pass (used by every query that reads many pledges). */
const PAID_BY_PLEDGE = `SELECT pledge_id, SUM(amount) AS paid FROM payments
  WHERE pledge_id IS NOT NULL AND ${receivedPayment()} GROUP BY pledge_id`;

export const PLEDGE_SELECT = `
  SELECT p.id, p.donor_id, d.display_name AS donor_name, p.project_id, pr.name AS project_name, p.kind, p.amount,
         p.start_date, p.months, p.installments, p.notes, p.cancelled_at, p.cancel_reason, p.created_at, p.updated_at,
         p.origin_centre_id, COALESCE(s.paid, 0) AS paid
  FROM pledges p
  JOIN donors d ON d.id = p.donor_id
  LEFT JOIN projects pr ON pr.id = p.project_id`;

/** Cancellation is an ISO timestamp; the schedule wants the centre's calendar day of it. */
function scheduleOf(r: PledgeRow, today: string, cancelledOn: (ts: string) => string): PledgeSchedule {
  return pledgeSchedule(
    { kind: r.kind, amount: r.amount, startDate: r.start_date, months: r.months, installments: r.installments },
    r.paid,
    today,
    { cancelledOn: r.cancelled_at === null ? null : cancelledOn(r.cancelled_at) },
  );
}

export interface Calendar {
  /** today's date at the centre (ISO) */
  today: string;
  /** the centre's calendar day of an ISO timestamp */
  dayOf(ts: string): string;
}

export function toPledge(r: PledgeRow, cal: Calendar): Pledge {
  return { ...pledgeMeta(r), figures: scheduleOf(r, cal.today, cal.dayOf).figures };
}

export function toPledgeDetail(r: PledgeRow, cal: Calendar): PledgeDetail {
  const s = scheduleOf(r, cal.today, cal.dayOf);
  return { ...pledgeMeta(r), figures: s.figures, schedule: s.rows };
}

function pledgeMeta(r: PledgeRow): Omit<Pledge, 'figures'> {
  return {
    id: r.id,
    donorId: r.donor_id,
    donorName: r.donor_name,
    projectId: r.project_id,
    projectName: r.project_name,
    kind: r.kind,
    amount: r.amount,
    startDate: r.start_date,
    months: r.months,
    installments: r.installments,
    notes: r.notes,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    originCentreId: r.origin_centre_id,
  };
}

export function findPledgeRow(db: Db, id: string): PledgeRow | undefined {
  return stmt<[string, string], PledgeRow>(
    db,
    `${PLEDGE_SELECT}
     LEFT JOIN (SELECT pledge_id, SUM(amount) AS paid FROM payments WHERE pledge_id = ? AND ${receivedPayment()}) s
       ON s.pledge_id = p.id
     WHERE p.id = ?`,
  ).get(id, id);
}

export function insertPledge(db: Db, id: string, p: NewPledge, meta: { nowIso: string; centreId: string; userId: string | null }): void {
  stmt(
    db,
    `INSERT INTO pledges (id, donor_id, project_id, kind, amount, start_date, months, installments, notes,
       created_by, created_at, updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, p.donorId, p.projectId, p.kind, p.amount, p.startDate, p.months, p.installments, p.notes, meta.userId, meta.nowIso, meta.nowIso, meta.centreId);
}

export function cancelPledgeRow(db: Db, id: string, reason: string, userId: string | null, nowIso: string): void {
  stmt(db, 'UPDATE pledges SET cancelled_at = ?, cancel_reason = ?, cancelled_by = ?, updated_at = ? WHERE id = ?').run(
    nowIso, reason, userId, nowIso, id,
  );
}

export interface PledgeFilter {
  donorId?: string | undefined;
  projectId?: string | undefined;
  /** SQL conditions on p.* and s.paid; see `statusCondition` */
  extra?: string[];
}

/** The finite total in SQL (NULL for open-ended), for the conditions that SQL can decide. */
const TOTAL_SQL = `CASE p.kind WHEN 'monthly' THEN p.amount * p.months ELSE p.amount END`;

/** What SQL can decide of a derived status: cancelled and fulfilled exactly; overdue and active
 *  only narrowed (open, not yet fully paid, started by today), the rest is the schedule's call. */
export function statusCondition(status: 'active' | 'overdue' | 'fulfilled' | 'cancelled'): string[] {
  if (status === 'cancelled') return ['p.cancelled_at IS NOT NULL'];
  const open = ['p.cancelled_at IS NULL'];
  const paidUp = `(${TOTAL_SQL}) IS NOT NULL AND COALESCE(s.paid, 0) >= (${TOTAL_SQL})`;
  if (status === 'fulfilled') return [...open, paidUp];
  return [...open, `NOT (${paidUp})`];
}

function whereOf(f: PledgeFilter): { where: string; params: unknown[] } {
  const where: string[] = [...(f.extra ?? [])];
  const params: unknown[] = [];
  if (f.donorId) (where.push('p.donor_id = ?'), params.push(f.donorId));
  if (f.projectId) (where.push('p.project_id = ?'), params.push(f.projectId));
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const ORDER = 'ORDER BY p.created_at DESC, p.id';

/** One page of pledges, with paid sums from one grouped subquery. */
export function pagePledgeRows(db: Db, f: PledgeFilter, limit: number, offset: number): { rows: PledgeRow[]; total: number } {
  const { where, params } = whereOf(f);
  const from = `FROM pledges p LEFT JOIN (${PAID_BY_PLEDGE}) s ON s.pledge_id = p.id ${where}`;
  const total = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n ${from}`).get(...params)!.n;
  const rows = stmt<unknown[], PledgeRow>(
    db,
    `${PLEDGE_SELECT} LEFT JOIN (${PAID_BY_PLEDGE}) s ON s.pledge_id = p.id ${where} ${ORDER} LIMIT ? OFFSET ?`,
  ).all(...params, limit, offset);
  return { rows, total };
}

/** Every pledge matching the filter (for statuses only the schedule can decide, and for the
 *  treasury's overdue figures and reminders), paid sums from one grouped subquery. */
export function allPledgeRows(db: Db, f: PledgeFilter): PledgeRow[] {
  const { where, params } = whereOf(f);
  return stmt<unknown[], PledgeRow>(db, `${PLEDGE_SELECT} LEFT JOIN (${PAID_BY_PLEDGE}) s ON s.pledge_id = p.id ${where} ${ORDER}`).all(
    ...params,
  );
}

/** Open pledges that may owe something: not cancelled, not paid in full, started by `until`. */
export function openPledgeRows(db: Db, until: string): (PledgeRow & { mobile: string | null; phone: string | null })[] {
  return stmt<[string], PledgeRow & { mobile: string | null; phone: string | null }>(
    db,
    `SELECT q.*, d.mobile, d.phone FROM (
       ${PLEDGE_SELECT} LEFT JOIN (${PAID_BY_PLEDGE}) s ON s.pledge_id = p.id
       WHERE ${statusCondition('active').join(' AND ')} AND p.start_date <= ?
     ) q JOIN donors d ON d.id = q.donor_id
     ORDER BY q.start_date, q.id`,
  ).all(until);
}

// The SQL behind receipts and the treasurer's reports. Read only. Every sum is taken in SQL over
// integer rials, and voided payments never count towards one (they are listed, not totalled).
// Pledge figures (what is overdue, since when) come from shared/domain/schedule.ts, fed with the
// pledge's terms and its paid sum from SQL.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { Ctx } from '../../core/context.ts';
import type { Payment, PaymentMethod } from '../../../shared/contract/payments.ts';
import { PAYMENT_SELECT, toPayment, type PaymentRow } from '../payments/repository.ts';
import type { PledgeKind } from '../../../shared/contract/pledges.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { addDays, tehranDayStartUtc } from '../../../shared/domain/days.ts';
import { readCentreSettings } from '../settings/repository.ts';
import type { RenderContext } from '../../reports/model.ts';
import { receivedPayment } from '../payments/received.ts';

/** The centre's heading and money unit, and today's date at the centre. */
export function renderContextOf(ctx: Ctx): RenderContext {
  const s = readCentreSettings(ctx.db);
  const centre = s.centre ?? { name: '', province: '', city: '' };
  return { centre: { name: centre.name, province: centre.province, city: centre.city }, unit: s.moneyUnit, today: todayIso(ctx.clock.now()) };
}


// ---- payments ------------------------------------------------------------------------------

/** A payment as receipts and reports read it: the contract's own shape. */
export type PaymentLine = Payment;

const RECEIPT_ORDER = 'pm.receipt_fiscal_year, pm.receipt_seq';

export function paymentLine(db: Db, id: string): PaymentLine | null {
  const r = stmt<[string], PaymentRow>(db, `${PAYMENT_SELECT} WHERE pm.id = ?`).get(id);
  return r ? toPayment(r) : null;
}

export interface Sum {
  total: number;
  count: number;
}

const SUM_COLUMNS = 'COALESCE(SUM(pm.amount), 0) AS total, count(*) AS count';

// ---- receipts ------------------------------------------------------------------------------

export interface PledgeRef {
  id: string;
  kind: PledgeKind;
  amount: number;
  startDate: string;
}

export function pledgeRef(db: Db, id: string): PledgeRef | null {
  return (
    stmt<[string], PledgeRef>(db, 'SELECT id, kind, amount, start_date AS startDate FROM pledges WHERE id = ?').get(id) ?? null
  );
}

export function receiptPrintCount(db: Db, paymentId: string): number {
  return stmt<[string], { n: number }>(db, 'SELECT count(*) AS n FROM receipt_prints WHERE payment_id = ?').get(paymentId)!.n;
}

export function insertReceiptPrint(db: Db, paymentId: string, at: string, userId: string | null, isCopy: boolean): number {
  const r = stmt(db, 'INSERT INTO receipt_prints (payment_id, printed_at, printed_by, is_copy) VALUES (?, ?, ?, ?)').run(
    paymentId,
    at,
    userId,
    isCopy ? 1 : 0,
  );
  return Number(r.lastInsertRowid);
}

// ---- donor statement -----------------------------------------------------------------------

export interface DonorHead {
  id: string;
  displayName: string;
  nationalId: string | null;
  mobile: string | null;
}

export function donorHead(db: Db, id: string): DonorHead | null {
  return (
    stmt<[string], DonorHead>(db, 'SELECT id, display_name AS displayName, national_id AS nationalId, mobile FROM donors WHERE id = ?').get(id) ??
    null
  );
}

/** The donor's payments dated within [from, to], voided ones included, in receipt order. */
export function donorPayments(db: Db, donorId: string, from: string, to: string): PaymentLine[] {
  return stmt<[string, string, string], PaymentRow>(
    db,
    `${PAYMENT_SELECT} WHERE pm.donor_id = ? AND pm.date BETWEEN ? AND ? ORDER BY pm.date, ${RECEIPT_ORDER}`,
  )
    .all(donorId, from, to)
    .map(toPayment);
}

export function donorPaymentSum(db: Db, donorId: string, from: string, to: string): Sum {
  return stmt<[string, string, string], Sum>(
    db,
    `SELECT ${SUM_COLUMNS} FROM payments pm WHERE pm.donor_id = ? AND pm.date BETWEEN ? AND ? AND ${receivedPayment('pm')}`,
  ).get(donorId, from, to)!;
}

export interface PledgeLine {
  id: string;
  donorId: string;
  donorName: string;
  mobile: string | null;
  projectName: string | null;
  kind: PledgeKind;
  amount: number;
  startDate: string;
  months: number | null;
  installments: number | null;
  cancelledAt: string | null;
  /** non-voided payments against it dated on or before the "as of" date */
  paid: number;
}

const PLEDGE_LINE = `
  SELECT p.id, p.donor_id AS donorId, d.display_name AS donorName, d.mobile, pr.name AS projectName, p.kind, p.amount,
         p.start_date AS startDate, p.months, p.installments, p.cancelled_at AS cancelledAt, COALESCE(s.paid, 0) AS paid
  FROM pledges p
  JOIN donors d ON d.id = p.donor_id
  LEFT JOIN projects pr ON pr.id = p.project_id
  LEFT JOIN (SELECT pledge_id, SUM(amount) AS paid FROM payments
             WHERE pledge_id IS NOT NULL AND ${receivedPayment()} AND date <= ? GROUP BY pledge_id) s ON s.pledge_id = p.id`;

/** Every pledge of the donor made by `asOf`, with what was paid against it by then. */
export function donorPledges(db: Db, donorId: string, asOf: string): PledgeLine[] {
  return stmt<[string, string, string], PledgeLine>(
    db,
    `${PLEDGE_LINE} WHERE p.donor_id = ? AND p.start_date <= ? ORDER BY p.start_date, p.created_at, p.id`,
  ).all(asOf, donorId, asOf);
}

// ---- overdue pledges -----------------------------------------------------------------------

/** Pledges that may be overdue on `asOf`: started before it and not cancelled on or before it. */
export function pledgesOpenOn(db: Db, asOf: string): PledgeLine[] {
  return stmt<[string, string, string], PledgeLine>(
    db,
    `${PLEDGE_LINE} WHERE p.start_date < ? AND (p.cancelled_at IS NULL OR p.cancelled_at >= ?) ORDER BY p.start_date, p.id`,
  ).all(asOf, asOf, tehranDayStartUtc(addDays(asOf, 1)));
}

// ---- collections ---------------------------------------------------------------------------

const PERIOD = `pm.date BETWEEN ? AND ? AND ${receivedPayment('pm')}`;

export function collectionsByMonth(db: Db, from: string, to: string): (Sum & { jy: number; jm: number })[] {
  return stmt<[string, string], Sum & { jy: number; jm: number }>(
    db,
    `SELECT pm.jy, pm.jm, ${SUM_COLUMNS} FROM payments pm WHERE ${PERIOD} GROUP BY pm.jy, pm.jm ORDER BY pm.jy, pm.jm`,
  ).all(from, to);
}

export function collectionsByProject(db: Db, from: string, to: string): (Sum & { projectName: string | null })[] {
  return stmt<[string, string], Sum & { projectName: string | null }>(
    db,
    `SELECT pr.name AS projectName, ${SUM_COLUMNS} FROM payments pm LEFT JOIN projects pr ON pr.id = pm.project_id
     WHERE ${PERIOD} GROUP BY pm.project_id ORDER BY total DESC, pr.name`,
  ).all(from, to);
}

export function collectionsByMethod(db: Db, from: string, to: string): (Sum & { method: PaymentMethod })[] {
  return stmt<[string, string], Sum & { method: PaymentMethod }>(
    db,
    `SELECT pm.method, ${SUM_COLUMNS} FROM payments pm WHERE ${PERIOD} GROUP BY pm.method ORDER BY total DESC, pm.method`,
  ).all(from, to);
}

export function periodSum(db: Db, from: string, to: string): Sum {
  return stmt<[string, string], Sum>(db, `SELECT ${SUM_COLUMNS} FROM payments pm WHERE ${PERIOD}`).get(from, to)!;
}

// ---- daily cash ----------------------------------------------------------------------------

/** The day's valid payments, grouped by method, in receipt order within each. A cheque that
 *  later bounced stays among them: the till closed with it (payments/received.ts). */
export function dayPayments(db: Db, date: string): PaymentLine[] {
  return stmt<[string], PaymentRow>(db, `${PAYMENT_SELECT} WHERE pm.date = ? AND pm.voided_at IS NULL ORDER BY pm.method, ${RECEIPT_ORDER}`)
    .all(date)
    .map(toPayment);
}

export function dayByMethod(db: Db, date: string): (Sum & { method: PaymentMethod })[] {
  return stmt<[string], Sum & { method: PaymentMethod }>(
    db,
    `SELECT pm.method, ${SUM_COLUMNS} FROM payments pm WHERE pm.date = ? AND pm.voided_at IS NULL GROUP BY pm.method ORDER BY pm.method`,
  ).all(date);
}

export function daySum(db: Db, date: string): Sum {
  return stmt<[string], Sum>(db, `SELECT ${SUM_COLUMNS} FROM payments pm WHERE pm.date = ? AND pm.voided_at IS NULL`).get(date)!;
}

/** Voids that touch the day: payments dated that day that are voided, and payments of any date
 *  voided on that day (at the centre's clock). */
export function dayVoids(db: Db, date: string): PaymentLine[] {
  return stmt<[string, string, string], PaymentRow>(
    db,
    `${PAYMENT_SELECT} WHERE pm.voided_at IS NOT NULL AND (pm.date = ? OR (pm.voided_at >= ? AND pm.voided_at < ?))
     ORDER BY ${RECEIPT_ORDER}`,
  )
    .all(date, tehranDayStartUtc(date), tehranDayStartUtc(addDays(date, 1)))
    .map(toPayment);
}

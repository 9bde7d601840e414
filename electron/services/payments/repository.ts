// SQL for payments: rows in and out with the donor's and project's names, the paged list, and
// the two changes a payment may undergo (void, cheque status). A payment's terms are never
// updated: a mistake is voided and entered again.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { z } from 'zod';
import type { Payment, PaymentMethod, paymentFields } from '../../../shared/contract/payments.ts';
import { formatReceiptNo } from './receiptNumbers.ts';
import { receivedPayment } from './received.ts';

export interface PaymentRow {
  id: string;
  donor_id: string | null;
  donor_name: string | null;
  pledge_id: string | null;
  project_id: string | null;
  project_name: string | null;
  amount: number;
  date: string;
  method: PaymentMethod;
  card_last4: string | null;
  tracking_no: string | null;
  payer_sheba: string | null;
  cheque_no: string | null;
  cheque_bank: string | null;
  cheque_due_date: string | null;
  cheque_status: 'pending' | 'cleared' | 'bounced' | null;
  cheque_status_date: string | null;
  in_kind_description: string | null;
  notes: string | null;
  receipt_fiscal_year: number;
  receipt_seq: number;
  voided_at: string | null;
  void_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  origin_centre_id: string;
}

/** Everything stored for a new payment (method-specific fields already cleared when unused). */
export interface NewPayment {
  donorId: string | null;
  pledgeId: string | null;
  projectId: string | null;
  amount: number;
  date: string;
  jy: number;
  jm: number;
  method: PaymentMethod;
  cardLast4: string | null;
  trackingNo: string | null;
  payerSheba: string | null;
  chequeNo: string | null;
  chequeBank: string | null;
  chequeDueDate: string | null;
  chequeStatus: 'pending' | null;
  inKindDescription: string | null;
  notes: string | null;
  fiscalYear: number;
  seq: number;
}

/** The stored row of a validated payment: method-specific fields kept only for their method. */
export function newPayment(
  p: z.output<typeof paymentFields>,
  projectId: string | null,
  jalali: { jy: number; jm: number },
  seq: number,
): NewPayment {
  const cheque = p.method === 'cheque';
  return {
    donorId: p.donorId,
    pledgeId: p.pledgeId,
    projectId,
    amount: p.amount,
    date: p.date,
    jy: jalali.jy,
    jm: jalali.jm,
    method: p.method,
    cardLast4: p.method === 'card' ? p.cardLast4 : null,
    trackingNo: p.trackingNo,
    payerSheba: p.payerSheba,
    chequeNo: cheque ? p.chequeNo : null,
    chequeBank: cheque ? p.chequeBank : null,
    chequeDueDate: cheque ? p.chequeDueDate : null,
    chequeStatus: cheque ? 'pending' : null,
    inKindDescription: p.method === 'inKind' ? p.inKindDescription : null,
    notes: p.notes,
    // the fiscal year is the Jalali year of the payment's date
    fiscalYear: jalali.jy,
    seq,
  };
}

/** A payment row with its donor's and project's names; reports read payments through it too. */
export const PAYMENT_SELECT = `
  SELECT pm.*, d.display_name AS donor_name, pr.name AS project_name
  FROM payments pm
  LEFT JOIN donors d ON d.id = pm.donor_id
  LEFT JOIN projects pr ON pr.id = pm.project_id`;

export function toPayment(r: PaymentRow): Payment {
  return {
    id: r.id,
    donorId: r.donor_id,
    donorName: r.donor_name,
    pledgeId: r.pledge_id,
    projectId: r.project_id,
    projectName: r.project_name,
    amount: r.amount,
    date: r.date,
    method: r.method,
    cardLast4: r.card_last4,
    trackingNo: r.tracking_no,
    payerSheba: r.payer_sheba,
    chequeNo: r.cheque_no,
    chequeBank: r.cheque_bank,
    chequeDueDate: r.cheque_due_date,
    chequeStatus: r.cheque_status,
    chequeStatusDate: r.cheque_status_date,
    inKindDescription: r.in_kind_description,
    notes: r.notes,
    receiptNo: formatReceiptNo(r.receipt_fiscal_year, r.receipt_seq),
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    originCentreId: r.origin_centre_id,
  };
}

export function findPaymentRow(db: Db, id: string): PaymentRow | undefined {
  return stmt<[string], PaymentRow>(db, `${PAYMENT_SELECT} WHERE pm.id = ?`).get(id);
}

export function insertPayment(db: Db, id: string, p: NewPayment, meta: { nowIso: string; centreId: string; userId: string | null }): void {
  stmt(
    db,
    `INSERT INTO payments (id, donor_id, pledge_id, project_id, amount, date, jy, jm, method, card_last4, tracking_no,
       payer_sheba, cheque_no, cheque_bank, cheque_due_date, cheque_status, cheque_status_date, in_kind_description, notes,
       receipt_fiscal_year, receipt_seq, created_by, created_at, updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, p.donorId, p.pledgeId, p.projectId, p.amount, p.date, p.jy, p.jm, p.method, p.cardLast4, p.trackingNo,
    p.payerSheba, p.chequeNo, p.chequeBank, p.chequeDueDate, p.chequeStatus, p.inKindDescription, p.notes,
    p.fiscalYear, p.seq, meta.userId, meta.nowIso, meta.nowIso, meta.centreId,
  );
}

/** What the pledge has received so far: its non-voided payments, summed in SQL. */
export function paidOnPledge(db: Db, pledgeId: string): number {
  return stmt<[string], { paid: number | null }>(db, `SELECT SUM(amount) AS paid FROM payments WHERE pledge_id = ? AND ${receivedPayment()}`).get(
    pledgeId,
  )!.paid ?? 0;
}

export function voidPaymentRow(db: Db, id: string, reason: string, userId: string | null, nowIso: string): void {
  stmt(db, 'UPDATE payments SET voided_at = ?, void_reason = ?, voided_by = ?, updated_at = ? WHERE id = ?').run(nowIso, reason, userId, nowIso, id);
}

export function setChequeStatusRow(db: Db, id: string, status: 'cleared' | 'bounced', date: string, nowIso: string): void {
  stmt(db, 'UPDATE payments SET cheque_status = ?, cheque_status_date = ?, updated_at = ? WHERE id = ?').run(status, date, nowIso, id);
}

export interface PaymentFilter {
  donorId?: string | undefined;
  pledgeId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  method?: PaymentMethod | undefined;
  includeVoided: boolean;
}

/** One page, newest first (by date, then receipt number). */
export function pagePayments(db: Db, f: PaymentFilter, limit: number, offset: number): { items: Payment[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.donorId) (where.push('pm.donor_id = ?'), params.push(f.donorId));
  if (f.pledgeId) (where.push('pm.pledge_id = ?'), params.push(f.pledgeId));
  if (f.from) (where.push('pm.date >= ?'), params.push(f.from));
  if (f.to) (where.push('pm.date <= ?'), params.push(f.to));
  if (f.method) (where.push('pm.method = ?'), params.push(f.method));
  if (!f.includeVoided) where.push('pm.voided_at IS NULL');
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM payments pm ${w}`).get(...params)!.n;
  const rows = stmt<unknown[], PaymentRow>(
    db,
    `${PAYMENT_SELECT} ${w} ORDER BY pm.date DESC, pm.receipt_fiscal_year DESC, pm.receipt_seq DESC LIMIT ? OFFSET ?`,
  ).all(...params, limit, offset);
  return { total, items: rows.map(toPayment) };
}

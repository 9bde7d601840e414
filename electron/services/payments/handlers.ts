// Payments (پرداخت): money or goods received, with or without a pledge. Recorded with its
// receipt number in one IMMEDIATE transaction; never edited afterwards: a mistake is voided
// with a reason (audited) and entered again, and the voided receipt number is not reused.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { isoToJalali, todayIso } from '../../../shared/domain/jalali.ts';
import { formatMoney } from '../../../shared/domain/money.ts';
import { isPlausibleDate, pledgeTotal } from '../../../shared/domain/schedule.ts';
import type { z } from 'zod';
import type { Payment, paymentFields } from '../../../shared/contract/payments.ts';
import { getSetting } from '../settings/repository.ts';
import { projectExists } from '../projects/repository.ts';
import { findPaymentRow, insertPayment, pagePayments, paidOnPledge, setChequeStatusRow, toPayment, voidPaymentRow, type NewPayment } from './repository.ts';
import { takeReceiptSeq } from './receiptNumbers.ts';

type PaymentFields = z.output<typeof paymentFields>;

function mustLoad(ctx: Ctx, id: string): Payment {
  const row = findPaymentRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'payments.notFound');
  return toPayment(row);
}

function money(ctx: Ctx, rials: number): string {
  return formatMoney(rials, { unit: getSetting(ctx.db, 'money.unit') === 'toman' ? 'toman' : 'rial' });
}

interface PledgeTerms {
  donor_id: string;
  project_id: string | null;
  kind: 'oneOff' | 'monthly' | 'installments';
  amount: number;
  start_date: string;
  months: number | null;
  installments: number | null;
  cancelled_at: string | null;
}

/** Checks the pledge the payment is for and returns the project the payment goes to. */
function checkPledge(ctx: Ctx, p: PaymentFields, pledgeId: string, confirmOverpayment: boolean): string | null {
  const pledge = stmt<[string], PledgeTerms>(
    ctx.db,
    'SELECT donor_id, project_id, kind, amount, start_date, months, installments, cancelled_at FROM pledges WHERE id = ?',
  ).get(pledgeId);
  if (!pledge) throw new AppError('NOT_FOUND', 'pledges.notFound', { fieldKeys: { 'payment.pledgeId': { key: 'pledges.notFound' } } });
  if (pledge.donor_id !== p.donorId) {
    throw new AppError('CONFLICT', 'payments.pledgeMismatch', { fieldKeys: { 'payment.pledgeId': { key: 'payments.pledgeMismatch' } } });
  }
  if (pledge.cancelled_at) {
    throw new AppError('CONFLICT', 'payments.pledgeCancelled', { fieldKeys: { 'payment.pledgeId': { key: 'payments.pledgeCancelled' } } });
  }
  const total = pledgeTotal({
    kind: pledge.kind,
    amount: pledge.amount,
    startDate: pledge.start_date,
    months: pledge.months,
    installments: pledge.installments,
  });
  if (total !== null && !confirmOverpayment) {
    const remaining = Math.max(0, total - paidOnPledge(ctx.db, pledgeId));
    if (p.amount > remaining) {
      throw new AppError('CONFLICT', 'payments.overpayment', {
        params: { amount: money(ctx, p.amount), remaining: money(ctx, remaining) },
        details: { amount: p.amount, remaining },
      });
    }
  }
  return p.projectId ?? pledge.project_id;
}

/** The stored row: method-specific fields kept only for their method. */
function newPayment(p: PaymentFields, projectId: string | null, fiscalYear: number, seq: number): NewPayment {
  const { jy, jm } = isoToJalali(p.date);
  const cheque = p.method === 'cheque';
  return {
    donorId: p.donorId,
    pledgeId: p.pledgeId,
    projectId,
    amount: p.amount,
    date: p.date,
    jy,
    jm,
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
    fiscalYear,
    seq,
  };
}

export const paymentsHandlers: AreaHandlers<'payments'> = {
  'payments.record'(ctx, input) {
    const p = input.payment;
    if (p.date > todayIso(ctx.clock.now())) throw fieldError('payment.date', 'v.payment.futureDate');
    if (!isPlausibleDate(p.date)) throw fieldError('payment.date', 'v.date.invalid');
    if (p.chequeDueDate !== null && !isPlausibleDate(p.chequeDueDate)) throw fieldError('payment.chequeDueDate', 'v.date.invalid');
    return inTransaction(ctx.db, () => {
      if (p.donorId !== null && !stmt<[string], { id: string }>(ctx.db, 'SELECT id FROM donors WHERE id = ?').get(p.donorId)) {
        throw new AppError('NOT_FOUND', 'pledges.donorNotFound', { fieldKeys: { 'payment.donorId': { key: 'pledges.donorNotFound' } } });
      }
      const projectId = p.pledgeId !== null ? checkPledge(ctx, p, p.pledgeId, input.confirmOverpayment) : p.projectId;
      if (projectId !== null && !projectExists(ctx.db, projectId)) {
        throw new AppError('NOT_FOUND', 'pledges.projectNotFound', { fieldKeys: { 'payment.projectId': { key: 'pledges.projectNotFound' } } });
      }
      // The fiscal year is the Jalali year of the payment's date; its number is taken here, in
      // the same transaction as the insert.
      const fiscalYear = isoToJalali(p.date).jy;
      const seq = takeReceiptSeq(ctx.db, fiscalYear);
      const id = randomUUID();
      insertPayment(ctx.db, id, newPayment(p, projectId, fiscalYear, seq), {
        nowIso: ctx.nowIso,
        centreId: ctx.centreId,
        userId: ctx.session?.userId ?? null,
      });
      const after = mustLoad(ctx, id);
      ctx.audit({ action: 'create', entity: 'payment', entityId: id, after });
      return after;
    });
  },

  'payments.get'(ctx, input) {
    return mustLoad(ctx, input.id);
  },

  'payments.list'(ctx, input) {
    return pagePayments(ctx.db, input, input.limit, input.offset);
  },

  'payments.void'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = mustLoad(ctx, input.id);
      if (before.voidedAt) throw new AppError('CONFLICT', 'payments.alreadyVoided');
      voidPaymentRow(ctx.db, input.id, input.reason, ctx.session?.userId ?? null, ctx.nowIso);
      const after = mustLoad(ctx, input.id);
      ctx.audit({ action: 'void', entity: 'payment', entityId: input.id, before, after });
      return after;
    });
  },

  'payments.setChequeStatus'(ctx, input) {
    if (input.date > todayIso(ctx.clock.now())) throw fieldError('date', 'v.date.future');
    if (!isPlausibleDate(input.date)) throw fieldError('date', 'v.date.invalid');
    return inTransaction(ctx.db, () => {
      const before = mustLoad(ctx, input.id);
      if (before.method !== 'cheque') throw new AppError('CONFLICT', 'payments.notCheque');
      if (before.voidedAt) throw new AppError('CONFLICT', 'payments.voided');
      setChequeStatusRow(ctx.db, input.id, input.status, input.date, ctx.nowIso);
      const after = mustLoad(ctx, input.id);
      ctx.audit({ action: 'chequeStatus', entity: 'payment', entityId: input.id, before, after });
      return after;
    });
  },
};

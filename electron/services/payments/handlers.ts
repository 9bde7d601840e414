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
import { isPlausibleDate } from '../../../shared/domain/schedule.ts';
import type { Payment } from '../../../shared/contract/payments.ts';
import { getSetting } from '../settings/repository.ts';
import { projectExists } from '../projects/repository.ts';
import { findPaymentRow, insertPayment, newPayment, pagePayments, paidOnPledge, setChequeStatusRow, toPayment, voidPaymentRow } from './repository.ts';
import { takeReceiptSeq } from './receiptNumbers.ts';
import { checkPayment, PLEDGE_TERMS_SQL, problemError, type PaymentLookups, type PledgeTerms } from './checks.ts';
import { importPayments } from './import.ts';

function mustLoad(ctx: Ctx, id: string): Payment {
  const row = findPaymentRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'payments.notFound');
  return toPayment(row);
}

function money(ctx: Ctx, rials: number): string {
  return formatMoney(rials, { unit: getSetting(ctx.db, 'money.unit') === 'toman' ? 'toman' : 'rial' });
}

/** The checks' look-ups for one payment: straight to the database. */
function directLookups(ctx: Ctx): PaymentLookups {
  return {
    donorExists: (id) => stmt<[string], { id: string }>(ctx.db, 'SELECT id FROM donors WHERE id = ?').get(id) !== undefined,
    pledge: (id) => stmt<[string], PledgeTerms>(ctx.db, PLEDGE_TERMS_SQL).get(id),
    paidOnPledge: (id) => paidOnPledge(ctx.db, id),
    projectExists: (id) => projectExists(ctx.db, id),
    money: (rials) => money(ctx, rials),
  };
}

export const paymentsHandlers: AreaHandlers<'payments'> = {
  'payments.record'(ctx, input) {
    const p = input.payment;
    const today = todayIso(ctx.clock.now());
    return inTransaction(ctx.db, () => {
      const check = checkPayment(directLookups(ctx), p, { today, confirmOverpayment: input.confirmOverpayment });
      if (check.problems.length > 0) throw problemError(check.problems[0]!);
      // The fiscal year is the Jalali year of the payment's date; its number is taken here, in
      // the same transaction as the insert.
      const jalali = isoToJalali(p.date);
      const seq = takeReceiptSeq(ctx.db, jalali.jy);
      const id = randomUUID();
      insertPayment(ctx.db, id, newPayment(p, check.projectId, jalali, seq), {
        nowIso: ctx.nowIso,
        centreId: ctx.centreId,
        userId: ctx.session?.userId ?? null,
      });
      const after = mustLoad(ctx, id);
      ctx.audit({ action: 'create', entity: 'payment', entityId: id, after });
      return after;
    });
  },

  'payments.import'(ctx, input) {
    return importPayments(ctx, input);
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

// The checks every payment meets before it is stored, once for both paths: `payments.record`
// (one payment; the first problem is thrown) and `payments.import` (a batch; every problem of
// every row is listed). What the checks read comes through `PaymentLookups`, so the import can
// answer from its per-batch caches and count earlier rows of the batch against a pledge.
import { AppError, fieldError, type MessageParams } from '../../../shared/errors.ts';
import { isPlausibleDate, pledgeTotal } from '../../../shared/domain/schedule.ts';

/** What a payment's check needs to know of a pledge (its row in `pledges`). */
export interface PledgeTerms {
  donor_id: string;
  project_id: string | null;
  kind: 'oneOff' | 'monthly' | 'installments';
  amount: number;
  start_date: string;
  months: number | null;
  installments: number | null;
  cancelled_at: string | null;
}

/** The columns of `PledgeTerms`, for statements that read them. */
export const PLEDGE_COLUMNS = 'donor_id, project_id, kind, amount, start_date, months, installments, cancelled_at';
export const PLEDGE_TERMS_SQL = `SELECT ${PLEDGE_COLUMNS} FROM pledges WHERE id = ?`;

export interface PaymentLookups {
  donorExists(id: string): boolean;
  pledge(id: string): PledgeTerms | undefined;
  /** what the pledge has received so far (the import adds its earlier rows) */
  paidOnPledge(id: string): number;
  /** an active (not archived) project */
  projectExists(id: string): boolean;
  /** an amount as the centre shows money, for messages */
  money(rials: number): string;
}

/** The fields the checks read (a payment's validated input). */
export interface CheckedFields {
  donorId: string | null;
  pledgeId: string | null;
  projectId: string | null;
  amount: number;
  date: string;
  chequeDueDate: string | null;
}

export interface PaymentProblem {
  /** the input's field path, as the form names it: 'payment.date', 'payment.pledgeId' ... */
  field: string;
  key: string;
  params?: MessageParams;
  /** the error `payments.record` answers with */
  code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT';
  details?: unknown;
}

export interface PaymentCheck {
  problems: PaymentProblem[];
  /** the project the payment goes to: its own, else its pledge's */
  projectId: string | null;
  /** the pledge is the donor's and open: the amount counts against it */
  onPledge: boolean;
}

export interface CheckOptions {
  /** today's ISO date (the centre's) */
  today: string;
  confirmOverpayment: boolean;
  /** the donor could not be identified (an import row's donorRef): the pledge is not checked
   *  against a donor, which would only repeat that problem */
  donorUnresolved?: boolean;
}

/** Every problem of one payment, in the order `payments.record` meets them: dates, donor,
 *  pledge (exists, is the donor's, not cancelled, not overpaid unless confirmed), project. */
export function checkPayment(look: PaymentLookups, p: CheckedFields, opts: CheckOptions): PaymentCheck {
  const problems: PaymentProblem[] = [];
  if (p.date > opts.today) problems.push({ field: 'payment.date', key: 'v.payment.futureDate', code: 'VALIDATION' });
  else if (!isPlausibleDate(p.date)) problems.push({ field: 'payment.date', key: 'v.date.invalid', code: 'VALIDATION' });
  if (p.chequeDueDate !== null && !isPlausibleDate(p.chequeDueDate)) {
    problems.push({ field: 'payment.chequeDueDate', key: 'v.date.invalid', code: 'VALIDATION' });
  }
  let donorKnown = !opts.donorUnresolved;
  if (p.donorId !== null && !look.donorExists(p.donorId)) {
    problems.push({ field: 'payment.donorId', key: 'pledges.donorNotFound', code: 'NOT_FOUND' });
    donorKnown = false;
  }
  let projectId = p.projectId;
  let onPledge = false;
  if (p.pledgeId !== null && donorKnown) {
    const pledge = look.pledge(p.pledgeId);
    if (!pledge) problems.push({ field: 'payment.pledgeId', key: 'pledges.notFound', code: 'NOT_FOUND' });
    else if (pledge.donor_id !== p.donorId) problems.push({ field: 'payment.pledgeId', key: 'payments.pledgeMismatch', code: 'CONFLICT' });
    else if (pledge.cancelled_at) problems.push({ field: 'payment.pledgeId', key: 'payments.pledgeCancelled', code: 'CONFLICT' });
    else {
      onPledge = true;
      projectId = p.projectId ?? pledge.project_id;
      const total = pledgeTotal({
        kind: pledge.kind,
        amount: pledge.amount,
        startDate: pledge.start_date,
        months: pledge.months,
        installments: pledge.installments,
      });
      if (total !== null && !opts.confirmOverpayment) {
        const remaining = Math.max(0, total - look.paidOnPledge(p.pledgeId));
        if (p.amount > remaining) {
          problems.push({
            field: 'payment.amount',
            key: 'payments.overpayment',
            code: 'CONFLICT',
            params: { amount: look.money(p.amount), remaining: look.money(remaining) },
            details: { amount: p.amount, remaining },
          });
        }
      }
    }
  }
  if (projectId !== null && !look.projectExists(projectId)) {
    problems.push({ field: 'payment.projectId', key: 'pledges.projectNotFound', code: 'NOT_FOUND' });
  }
  return { problems, projectId, onPledge };
}

/** The error `payments.record` throws for a problem. An overpayment is not one field's fault:
 *  the form reads `details` and asks for a confirmation. */
export function problemError(pr: PaymentProblem): AppError {
  if (pr.code === 'VALIDATION') return fieldError(pr.field, pr.key, pr.params);
  if (pr.key === 'payments.overpayment') return new AppError(pr.code, pr.key, { ...(pr.params ? { params: pr.params } : {}), details: pr.details });
  return new AppError(pr.code, pr.key, { fieldKeys: { [pr.field]: { key: pr.key } } });
}

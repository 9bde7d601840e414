// The payment form's values (text as typed, null for unchosen) and how they become the
// contract's input: the amount read in the centre's unit, and only the chosen method's own
// fields sent. Checked with the contract's `paymentFields` schema, as the main process checks.
import type { TFunction } from 'i18next';
import { zodValidator } from '../../lib/forms.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import type { MoneyUnit } from '../../../shared/domain/money.ts';
import { paymentFields, type PaymentFieldsInput, type PaymentMethod } from '../../../shared/contract/payments.ts';
import { readAmount } from './amounts.ts';

export interface PaymentFormValues {
  /** an anonymous gift (the charity box): no donor, no pledge */
  anonymous: boolean;
  donorId: string | null;
  pledgeId: string | null;
  projectId: string | null;
  amount: string;
  date: string | null;
  method: PaymentMethod;
  cardLast4: string;
  trackingNo: string;
  payerSheba: string;
  chequeNo: string;
  chequeBank: string;
  chequeDueDate: string | null;
  inKindDescription: string;
  notes: string;
}

export function emptyPaymentValues(prefill: { donorId?: string | null; pledgeId?: string | null } = {}): PaymentFormValues {
  return {
    anonymous: false,
    donorId: prefill.donorId ?? null,
    pledgeId: prefill.pledgeId ?? null,
    projectId: null,
    amount: '',
    date: todayIso(),
    method: 'cash',
    cardLast4: '',
    trackingNo: '',
    payerSheba: '',
    chequeNo: '',
    chequeBank: '',
    chequeDueDate: null,
    inKindDescription: '',
    notes: '',
  };
}

/** Which of the method-specific fields each method shows and sends. */
export const METHOD_FIELDS: Record<PaymentMethod, (keyof PaymentFormValues)[]> = {
  cash: [],
  card: ['cardLast4'],
  transfer: ['trackingNo', 'payerSheba'],
  pos: ['trackingNo'],
  cheque: ['chequeNo', 'chequeBank', 'chequeDueDate'],
  inKind: ['inKindDescription'],
};

const SPECIFIC = ['cardLast4', 'trackingNo', 'payerSheba', 'chequeNo', 'chequeBank', 'chequeDueDate', 'inKindDescription'] as const;

/** The contract's input for the values; `amount` is undefined when it is not an amount. */
export function toPaymentInput(v: PaymentFormValues, unit: MoneyUnit): PaymentFieldsInput {
  const shown = METHOD_FIELDS[v.method];
  const specific = Object.fromEntries(SPECIFIC.map((k) => [k, shown.includes(k) ? v[k] || null : null]));
  return {
    donorId: v.anonymous ? null : v.donorId,
    pledgeId: v.anonymous ? null : v.pledgeId,
    projectId: v.projectId,
    amount: readAmount(v.amount, unit).rials as number,
    date: v.date as string,
    method: v.method,
    ...specific,
    notes: v.notes || null,
  };
}

/**
 * Field messages for the values. The schema checks the per-method rules only once every field
 * passes on its own, so it is asked again with a stand-in amount and date to show every
 * problem at once.
 */
export function paymentValidator(t: TFunction, unit: MoneyUnit) {
  const check = zodValidator(paymentFields, t);
  return (v: PaymentFormValues): Record<string, string> => {
    const input = toPaymentInput(v, unit);
    const amount = readAmount(v.amount, unit);
    const errors = check(input);
    if (errors.amount || errors.date) {
      const again = check({ ...input, amount: amount.errorKey ? 1 : input.amount, date: errors.date ? todayIso() : input.date });
      for (const [k, m] of Object.entries(again)) errors[k] ??= m;
    }
    if (amount.errorKey) errors.amount = t(`errors:${amount.errorKey}`);
    if (!v.anonymous && !v.donorId) errors.donorId = t('treasury:form.donorOrAnonymous');
    if (v.date && v.date > todayIso()) errors.date = t('errors:v.payment.futureDate');
    return errors;
  };
}

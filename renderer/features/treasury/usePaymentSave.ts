// Recording a payment. A payment above what a pledge still needs is refused by the main process
// (CONFLICT payments.overpayment) until the user confirms it; then it is sent again with
// confirmOverpayment. Field errors go under their fields, anything else above the buttons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import type { Payment } from '../../../shared/contract/payments.ts';
import { useRecordPayment } from './queries.ts';
import { toPaymentInput, type PaymentFormValues } from './paymentFormValues.ts';

export interface OverpaymentState {
  values: PaymentFormValues;
  message: string;
}

export function usePaymentSave(setErrors: (errors: Record<string, string>) => void, onRecorded: (payment: Payment) => void) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const record = useRecordPayment();
  const [overpayment, setOverpayment] = useState<OverpaymentState | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(values: PaymentFormValues, confirmOverpayment = false) {
    setError(null);
    setErrors({});
    try {
      const payment = await record.mutateAsync({ payment: toPaymentInput(values, unit), confirmOverpayment });
      setOverpayment(null);
      onRecorded(payment);
    } catch (err) {
      setOverpayment(null);
      if (err instanceof ApiError && err.code === 'CONFLICT' && err.payload.key === 'payments.overpayment') {
        // The amounts may arrive as rials: shown here in the centre's unit and the language's digits.
        const money = (v: unknown) => (typeof v === 'number' ? f.money(v) : String(v ?? ''));
        const p = err.payload.params ?? {};
        const message = t('errors:payments.overpayment', { amount: money(p.amount), remaining: money(p.remaining) });
        return setOverpayment({ values, message });
      }
      setErrors(fieldErrors(err, t, 'payment.'));
      setError(errorText(err, t));
    }
  }

  return {
    save,
    saving: record.isPending,
    overpayment,
    confirmOverpayment: () => overpayment && void save(overpayment.values, true),
    closeOverpayment: () => setOverpayment(null),
    error,
  };
}

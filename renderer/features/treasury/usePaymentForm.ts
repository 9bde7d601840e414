// The payment form's state, checked with the contract's schema on save (and on blur once a
// field has a value); the server's field messages are kept until their field changes.
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { emptyPaymentValues, paymentValidator, type PaymentFormValues } from './paymentFormValues.ts';
import { useServerErrors } from './useServerErrors.ts';

export function usePaymentForm(prefill: { donorId?: string | null; pledgeId?: string | null }) {
  const { t } = useTranslation('treasury');
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const server = useServerErrors<PaymentFormValues>();
  const form = useForm<PaymentFormValues>({
    initialValues: emptyPaymentValues(prefill),
    validate: paymentValidator(t, unit),
    onValuesChange: server.onValuesChange,
    enhanceGetInputProps: (payload) => server.enhance(payload),
  });
  return { form, setServerErrors: server.setErrors };
}

export type PaymentFormApi = ReturnType<typeof usePaymentForm>['form'];

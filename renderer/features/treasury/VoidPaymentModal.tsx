// Voiding a payment entered by mistake, with the reason (it stays on record; the receipt
// number is not reused). The payment is then entered again correctly.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { zodValidator } from '../../lib/forms.ts';
import { useFormat } from '../../lib/format.ts';
import { paymentsContract, type Payment } from '../../../shared/contract/payments.ts';
import { useVoidPayment } from './queries.ts';
import { ltr } from './bidi.ts';

export function VoidPaymentModal({ payment, onClose }: { payment: Payment | null; onClose(): void }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const voiding = useVoidPayment();
  const check = zodValidator(paymentsContract['payments.void'].input, t);
  const form = useForm({
    initialValues: { reason: '' },
    validate: (v) => check({ id: payment?.id ?? '', reason: v.reason }),
  });

  const close = () => {
    form.reset();
    voiding.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    voiding.mutate(
      { id: payment!.id, reason: values.reason },
      {
        onSuccess: (p) => {
          notifications.show({ color: 'teal', message: t('void.done', { no: ltr(f.digits(p.receiptNo)) }) });
          close();
        },
        onError: (err) => form.setErrors(fieldErrors(err, t)),
      },
    ),
  );

  return (
    <Modal opened={payment !== null} onClose={close} title={t('void.title')} centered attributes={{ content: { 'data-testid': 'void-dialog' } }}>
      {payment && (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">
              {t('void.text', { amount: f.money(payment.amount), no: ltr(f.digits(payment.receiptNo)), date: f.date(payment.date) })}
            </Text>
            <Textarea data-testid="void-reason" label={t('void.reason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
            {voiding.error && !form.errors.reason && <Alert color="red">{errorText(voiding.error, t)}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} data-testid="void-cancel">
                {t('actions.back')}
              </Button>
              <Button type="submit" color="red" loading={voiding.isPending} data-testid="void-confirm">
                {t('void.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

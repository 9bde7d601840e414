// Recording money received: who and for what, how much and when, how it came. Ctrl+Enter
// saves. A payment is never edited afterwards, so the form says so above the save button.
import { useState } from 'react';
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import type { Payment } from '../../../shared/contract/payments.ts';
import type { Pledge } from '../../../shared/contract/pledges.ts';
import { usePaymentForm } from './usePaymentForm.ts';
import { usePaymentSave } from './usePaymentSave.ts';
import { PaymentPartyFields } from './PaymentPartyFields.tsx';
import { PaymentMethodFields, PaymentMethodPicker } from './PaymentMethodFields.tsx';
import { MoneyInput } from './MoneyInput.tsx';
import { AmountShortcuts } from './AmountShortcuts.tsx';
import { OverpaymentDialog } from './OverpaymentDialog.tsx';
import { SaveableForm } from '../../components/SaveableForm.tsx';

interface Props {
  prefill: { donorId?: string | null; pledgeId?: string | null };
  onRecorded(payment: Payment): void;
  onCancel(): void;
}

export function PaymentForm({ prefill, onRecorded, onCancel }: Props) {
  const { t } = useTranslation('treasury');
  const { form, setServerErrors } = usePaymentForm(prefill);
  const saver = usePaymentSave(setServerErrors, onRecorded);
  const [pledge, setPledge] = useState<Pledge | null>(null);
  const submit = form.onSubmit((values) => saver.save(values));
  const dateProps = form.getInputProps('date');

  return (
    <>
      <SaveableForm onSubmit={submit}>
        <Stack gap="lg" maw={860}>
          <Fieldset legend={t('payment.who')}>
            <PaymentPartyFields form={form} pledge={pledge} onPledge={setPledge} />
          </Fieldset>
          <Fieldset legend={t('payment.what')}>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Stack gap={4}>
                  <MoneyInput
                    data-testid="payment-amount"
                    label={form.values.method === 'inKind' ? t('fields.valuation') : t('fields.amount')}
                    withAsterisk
                    autoFocus={!!prefill.donorId}
                    {...form.getInputProps('amount')}
                  />
                  {pledge && form.values.pledgeId === pledge.id && <AmountShortcuts pledge={pledge} onPick={(text) => form.setFieldValue('amount', text)} />}
                </Stack>
                <JalaliDateInput
                  data-testid="payment-date"
                  label={t('fields.date')}
                  required
                  maxDate={todayIso()}
                  value={form.values.date}
                  onChange={(iso) => form.setFieldValue('date', iso)}
                  error={dateProps.error as string | undefined}
                />
              </SimpleGrid>
              <PaymentMethodPicker form={form} />
              <PaymentMethodFields form={form} />
              <Textarea data-testid="payment-notes" label={t('fields.notes')} autosize minRows={2} maxRows={5} {...form.getInputProps('notes')} />
            </Stack>
          </Fieldset>
          {saver.error && (
            <Alert color="red" data-testid="payment-form-error">
              {saver.error}
            </Alert>
          )}
          <Text size="xs" c="dimmed">
            {t('payment.neverEdited')}
          </Text>
          <Group gap="sm">
            <Button type="submit" loading={saver.saving} leftSection={<IconDeviceFloppy size={16} />} data-testid="payment-save">
              {t('payment.save')}
            </Button>
            <Button variant="default" onClick={onCancel} data-testid="payment-cancel">
              {t('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </SaveableForm>
      <OverpaymentDialog message={saver.overpayment?.message ?? null} saving={saver.saving} onConfirm={saver.confirmOverpayment} onClose={saver.closeOverpayment} />
    </>
  );
}

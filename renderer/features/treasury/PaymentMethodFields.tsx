// How the money came, and what identifies it: each method shows only its own fields (the last
// four digits of the payer's card, a transfer's tracking number, a cheque's number, bank and
// due date, a description of goods given in kind).
import { Box, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, useDirection } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { paymentMethod, type PaymentMethod } from '../../../shared/contract/payments.ts';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import type { PaymentFormApi } from './usePaymentForm.ts';

export function PaymentMethodPicker({ form }: { form: PaymentFormApi }) {
  const { t } = useTranslation('treasury');
  // Six methods do not fit side by side on a narrow window: they stack.
  const narrow = useMediaQuery('(max-width: 40em)');
  return (
    <Box>
      <Text size="sm" fw={500} mb={4} id="payment-method-label">
        {t('fields.method')}
      </Text>
      <SegmentedControl
        data-testid="payment-method"
        aria-labelledby="payment-method-label"
        fullWidth
        orientation={narrow ? 'vertical' : 'horizontal'}
        data={paymentMethod.options.map((m) => ({ value: m, label: <span data-testid={`payment-method-${m}`}>{t(`method.${m}`)}</span> }))}
        value={form.values.method}
        onChange={(m) => form.setFieldValue('method', m as PaymentMethod)}
      />
    </Box>
  );
}

export function PaymentMethodFields({ form }: { form: PaymentFormApi }) {
  const { t } = useTranslation('treasury');
  const { dir } = useDirection();
  const method = form.values.method;
  const ltr = { dir: 'ltr', inputMode: 'numeric', autoComplete: 'off', styles: { input: { textAlign: dir === 'rtl' ? 'right' : 'left' } } } as const;

  if (method === 'card') {
    return (
      <TextInput data-testid="payment-card-last4" label={t('fields.cardLast4')} description={t('payment.cardLast4Hint')} withAsterisk maxLength={4} maw={220} {...ltr} {...form.getInputProps('cardLast4')} />
    );
  }
  if (method === 'transfer' || method === 'pos') {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput data-testid="payment-tracking" label={t('fields.trackingNo')} withAsterisk={method === 'transfer'} description={method === 'pos' ? t('payment.optional') : undefined} {...ltr} {...form.getInputProps('trackingNo')} />
        {method === 'transfer' && (
          <TextInput data-testid="payment-sheba" label={t('fields.payerSheba')} description={t('payment.optional')} placeholder="IR…" {...ltr} inputMode="text" {...form.getInputProps('payerSheba')} />
        )}
      </SimpleGrid>
    );
  }
  if (method === 'cheque') {
    const due = form.getInputProps('chequeDueDate');
    return (
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput data-testid="payment-cheque-no" label={t('fields.chequeNo')} withAsterisk {...ltr} {...form.getInputProps('chequeNo')} />
        <TextInput data-testid="payment-cheque-bank" label={t('fields.chequeBank')} withAsterisk {...form.getInputProps('chequeBank')} />
        <JalaliDateInput
          data-testid="payment-cheque-due"
          label={t('fields.chequeDueDate')}
          required
          value={form.values.chequeDueDate}
          onChange={(iso) => form.setFieldValue('chequeDueDate', iso)}
          error={due.error as string | undefined}
        />
      </SimpleGrid>
    );
  }
  if (method === 'inKind') {
    return (
      <Stack gap={4}>
        <Textarea data-testid="payment-inkind" label={t('fields.inKindDescription')} description={t('payment.inKindHint')} withAsterisk autosize minRows={2} maxRows={5} {...form.getInputProps('inKindDescription')} />
      </Stack>
    );
  }
  return null;
}

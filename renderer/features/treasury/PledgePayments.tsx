// The payments made against one pledge (voided ones too, struck through).
import { useState } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../../shared/contract/payments.ts';
import { usePayments } from './queries.ts';
import { PaymentTable } from './PaymentTable.tsx';
import { VoidPaymentModal } from './VoidPaymentModal.tsx';
import { LoadState } from './ListParts.tsx';

export function PledgePayments({ pledgeId }: { pledgeId: string }) {
  const { t } = useTranslation('treasury');
  const query = usePayments({ pledgeId, limit: 200 });
  const [voiding, setVoiding] = useState<Payment | null>(null);
  const items = query.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md" data-testid="pledge-payments">
      <Title order={4} mb="sm">
        {t('pledge.payments')}
      </Title>
      <LoadState error={query.error} pending={query.isPending} onRetry={() => void query.refetch()} />
      {query.data && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('pledge.noPayments')}
        </Text>
      )}
      {items.length > 0 && <PaymentTable items={items} showDonor={false} onVoid={setVoiding} />}
      <VoidPaymentModal payment={voiding} onClose={() => setVoiding(null)} />
    </Paper>
  );
}

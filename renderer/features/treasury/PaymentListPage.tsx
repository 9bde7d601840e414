// Payments received: filtered by Jalali dates, method and voided; each row prints its receipt
// and, for money roles, voids the payment or records a cheque's clearing.
import { useState } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../../shared/contract/payments.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import { useSession } from '../../app/session.tsx';
import { usePayments } from './queries.ts';
import { parsePaymentList, paymentListInput, useUrlState } from './listParams.ts';
import { PaymentFilters } from './PaymentFilters.tsx';
import { PaymentTable } from './PaymentTable.tsx';
import { VoidPaymentModal } from './VoidPaymentModal.tsx';
import { ListCount, LoadState } from './ListParts.tsx';
import { ListPager } from '../../components/ListPager.tsx';
import { EmptyList } from './EmptyList.tsx';

export function PaymentListPage() {
  const { t } = useTranslation('treasury');
  const { state, update } = useUrlState(parsePaymentList);
  const badOrder = !!state.from && !!state.to && state.from > state.to;
  const query = usePayments(paymentListInput(state), !badOrder);
  const [voiding, setVoiding] = useState<Payment | null>(null);
  const canImport = useSession().hasRole(...MONEY_ROLES);
  const data = query.data;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('payment.listTitle')}</Title>
        <Group gap="sm">
          {canImport && (
            <Button component={Link} to="/payments/import" variant="default" leftSection={<IconFileImport size={16} />} data-testid="payment-import-link">
              {t('import.button')}
            </Button>
          )}
          <Button component={Link} to="/payments/new" leftSection={<IconPlus size={16} />} data-testid="payment-new">
            {t('actions.recordPayment')}
          </Button>
        </Group>
      </Group>
      <PaymentFilters state={state} update={update} />
      <LoadState error={query.error} pending={query.isPending && !badOrder} onRetry={() => void query.refetch()} />
      {data && (
        <>
          <ListCount total={data.total} page={state.page} shown={data.items.length} testId="payment-total" />
          {data.items.length > 0 ? (
            <PaymentTable items={data.items} dimmed={query.isPlaceholderData} onVoid={setVoiding} />
          ) : (
            <EmptyList text={t('payment.empty')} />
          )}
          <ListPager total={data.total} page={state.page} onPage={(page) => update({ page })} testId="payment-pagination" />
        </>
      )}
      <VoidPaymentModal payment={voiding} onClose={() => setVoiding(null)} />
    </Stack>
  );
}

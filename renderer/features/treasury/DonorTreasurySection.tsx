// On a donor's page: their pledges and payments, with "new pledge" (money roles) and "record
// payment" opened with this donor already chosen.
import { useState } from 'react';
import { Badge, Button, Group, Paper, Tabs, Text, Title } from '@mantine/core';
import { IconCash, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import type { Payment } from '../../../shared/contract/payments.ts';
import type { Donor } from '../../../shared/contract/donors.ts';
import { usePayments, usePledges } from './queries.ts';
import { PledgeTable } from './PledgeTable.tsx';
import { PaymentTable } from './PaymentTable.tsx';
import { VoidPaymentModal } from './VoidPaymentModal.tsx';
import { LoadState } from './ListParts.tsx';

const SHOWN = 50;

export function DonorTreasurySection({ donor }: { donor: Pick<Donor, 'id' | 'archivedAt'> }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const money = useSession().hasRole(...MONEY_ROLES);
  const pledges = usePledges({ donorId: donor.id, limit: SHOWN });
  const payments = usePayments({ donorId: donor.id, limit: SHOWN });
  const [voiding, setVoiding] = useState<Payment | null>(null);
  const count = (n: number | undefined) => (
    <Badge size="sm" variant="light" color="gray" ms={6}>
      {f.number(n ?? 0)}
    </Badge>
  );

  return (
    <Paper withBorder p="md" radius="md" data-testid="donor-treasury">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('donor.title')}</Title>
        {!donor.archivedAt && (
          <Group gap="sm">
            {money && (
              <Button size="xs" variant="light" component={Link} to={`/pledges/new?donorId=${donor.id}`} leftSection={<IconPlus size={14} />} data-testid="pledge-new">
                {t('actions.newPledge')}
              </Button>
            )}
            <Button size="xs" component={Link} to={`/payments/new?donorId=${donor.id}`} leftSection={<IconCash size={14} />} data-testid="payment-new">
              {t('actions.recordPayment')}
            </Button>
          </Group>
        )}
      </Group>
      <Tabs defaultValue="pledges" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pledges" data-testid="donor-tab-pledges">
            {t('donor.pledges')}
            {count(pledges.data?.total)}
          </Tabs.Tab>
          <Tabs.Tab value="payments" data-testid="donor-tab-payments">
            {t('donor.payments')}
            {count(payments.data?.total)}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pledges" pt="sm">
          <LoadState error={pledges.error} pending={pledges.isPending} onRetry={() => void pledges.refetch()} />
          {pledges.data && (pledges.data.items.length > 0 ? <PledgeTable items={pledges.data.items} showDonor={false} /> : <Text size="sm" c="dimmed">{t('donor.noPledges')}</Text>)}
        </Tabs.Panel>
        <Tabs.Panel value="payments" pt="sm">
          <LoadState error={payments.error} pending={payments.isPending} onRetry={() => void payments.refetch()} />
          {payments.data &&
            (payments.data.items.length > 0 ? (
              <PaymentTable items={payments.data.items} showDonor={false} onVoid={setVoiding} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('donor.noPayments')}
              </Text>
            ))}
          {(payments.data?.total ?? 0) > SHOWN && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('donor.latestOnly', { n: f.number(SHOWN) })}
            </Text>
          )}
        </Tabs.Panel>
      </Tabs>
      <VoidPaymentModal payment={voiding} onClose={() => setVoiding(null)} />
    </Paper>
  );
}

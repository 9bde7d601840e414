// One pledge: who promised what for which purpose, its figures, its schedule, and the payments
// made against it; record a payment for it, or (money roles) cancel it with a reason.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconCash, IconCircleX } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import { usePledge } from './queries.ts';
import { LoadState } from './ListParts.tsx';
import { PledgeStatusBadge } from './PledgeStatusBadge.tsx';
import { PledgeFiguresCard } from './PledgeFiguresCard.tsx';
import { ScheduleTable } from './ScheduleTable.tsx';
import { CancelPledgeModal } from './CancelPledgeModal.tsx';
import { PledgePayments } from './PledgePayments.tsx';
import { useTreasuryText } from './useTreasuryText.ts';

export function PledgePage() {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const money = useSession().hasRole(...MONEY_ROLES);
  const { id } = useParams();
  const query = usePledge(id);
  const [cancelling, setCancelling] = useState(false);
  const p = query.data;
  const Back = f.lang === 'fa' ? IconArrowRight : IconArrowLeft;
  if (!p) return <LoadState error={query.error} pending onRetry={() => void query.refetch()} />;
  const open = p.figures.status === 'active' || p.figures.status === 'overdue';

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/pledges" size="sm" w="fit-content">
        <Group gap={4}>
          <Back size={14} />
          {t('pledge.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{t('pledge.title')}</Title>
            <PledgeStatusBadge status={p.figures.status} size="lg" />
          </Group>
          <Text>
            <Anchor component={Link} to={`/donors/${p.donorId}`} fw={600} dir="auto" data-testid="pledge-donor-link">
              {p.donorName}
            </Anchor>
            {' · '}
            <bdi>{tx.purpose(p.projectName)}</bdi>
          </Text>
          <Text c="dimmed" size="sm" data-testid="pledge-terms">
            {tx.terms(p)} · {t('pledge.from', { date: f.date(p.startDate), month: tx.monthOf(p.startDate) })}
          </Text>
        </Stack>
        <Group gap="sm">
          {open && (
            <Button component={Link} to={`/payments/new?donorId=${p.donorId}&pledgeId=${p.id}`} leftSection={<IconCash size={16} />} data-testid="payment-new">
              {t('actions.recordPayment')}
            </Button>
          )}
          {money && open && (
            <Button variant="default" color="red" leftSection={<IconCircleX size={16} />} onClick={() => setCancelling(true)} data-testid="pledge-cancel">
              {t('cancel.button')}
            </Button>
          )}
        </Group>
      </Group>
      {p.cancelledAt && (
        <Alert color="gray" title={t('cancel.bannerTitle', { date: f.dateTime(p.cancelledAt) })} data-testid="pledge-cancelled-banner">
          <Text size="sm" dir="auto">
            {p.cancelReason}
          </Text>
        </Alert>
      )}
      <PledgeFiguresCard figures={p.figures} />
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('pledge.schedule')}
        </Title>
        <ScheduleTable rows={p.schedule} />
      </Paper>
      <PledgePayments pledgeId={p.id} />
      {p.notes && (
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb="xs">
            {t('fields.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
            {p.notes}
          </Text>
        </Paper>
      )}
      <CancelPledgeModal pledge={p} opened={cancelling} onClose={() => setCancelling(false)} />
    </Stack>
  );
}

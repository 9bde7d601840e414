// The treasurer's dashboard: this month against last month and last year, overdue pledges,
// the last twelve Jalali months, totals by method and the top projects.
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCash, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import { useDashboard } from './queries.ts';
import { LoadState } from './ListParts.tsx';
import { DashboardStats } from './DashboardStats.tsx';
import { MonthsChart } from './MonthsChart.tsx';
import { MethodsChart } from './MethodsChart.tsx';
import { TopProjects } from './TopProjects.tsx';
import { OverdueList } from './OverdueList.tsx';

export function TreasuryDashboardPage() {
  const allowed = useSession().hasRole(...MONEY_ROLES);
  return allowed ? <Dashboard /> : <NotAllowed roles={[...MONEY_ROLES]} />;
}

function Dashboard() {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const query = useDashboard();
  const d = query.data;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2}>{t('dashboard.title')}</Title>
          {d && (
            <Text size="sm" c="dimmed" data-testid="dash-today">
              {t('dashboard.today', { date: f.date(d.today) })}
            </Text>
          )}
        </Stack>
        <Group gap="sm">
          <Button component={Link} to="/payments/new" leftSection={<IconCash size={16} />} data-testid="payment-new">
            {t('actions.recordPayment')}
          </Button>
          <Button component={Link} to="/pledges/new" variant="light" leftSection={<IconPlus size={16} />} data-testid="pledge-new">
            {t('actions.newPledge')}
          </Button>
        </Group>
      </Group>
      <LoadState error={query.error} pending={query.isPending} onRetry={() => void query.refetch()} />
      {d && (
        <>
          <DashboardStats data={d} />
          <MonthsChart months={d.months} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <MethodsChart byMethod={d.byMethod} />
            <TopProjects projects={d.topProjects} />
          </SimpleGrid>
          <OverdueList />
        </>
      )}
    </Stack>
  );
}

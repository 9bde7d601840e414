// The dashboard's head figures: this month's collections against last month and the same month
// last year, and what is overdue across all pledges.
import type { ReactNode } from 'react';
import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconArrowDownRight, IconArrowUpRight, IconCalendarStats, IconCash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { TreasuryDashboard } from '../../../shared/contract/treasury.ts';
import { useTreasuryText } from './useTreasuryText.ts';

type MonthTotal = TreasuryDashboard['thisMonth'];

function Change({ now, then }: { now: number; then: number }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  if (then === 0) return <Text size="xs" c="dimmed">{t('dashboard.noBase')}</Text>;
  const pct = Math.round(((now - then) / then) * 100);
  const up = pct >= 0;
  const Icon = up ? IconArrowUpRight : IconArrowDownRight;
  return (
    <Group gap={2} c={up ? 'teal.7' : 'red.7'} wrap="nowrap">
      <Icon size={14} />
      <Text size="xs" fw={600}>
        {t(up ? 'dashboard.changeUp' : 'dashboard.changeDown', { pct: f.number(Math.abs(pct)) })}
      </Text>
    </Group>
  );
}

function Stat({ title, value, hint, icon, color, testId, extra }: { title: string; value: string; hint: string; icon: ReactNode; color: string; testId: string; extra?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={600}>
            {title}
          </Text>
          <Text fw={700} size="lg" data-testid={`${testId}-value`}>
            {value}
          </Text>
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
          {extra}
        </Stack>
        <ThemeIcon variant="light" color={color} size={36} radius="md">
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}

export function DashboardStats({ data: d }: { data: TreasuryDashboard }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const month = (m: MonthTotal) => tx.month(m.jy, m.jm);
  const count = (m: MonthTotal) => t('dashboard.payments', { count: m.count, n: f.number(m.count) });

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <Stat testId="dash-this-month" title={t('dashboard.thisMonth', { month: month(d.thisMonth) })} value={f.money(d.thisMonth.total)} hint={count(d.thisMonth)} icon={<IconCash size={20} />} color="teal" />
      <Stat
        testId="dash-last-month"
        title={t('dashboard.lastMonth', { month: month(d.lastMonth) })}
        value={f.money(d.lastMonth.total)}
        hint={count(d.lastMonth)}
        icon={<IconCalendarStats size={20} />}
        color="blue"
        extra={<Change now={d.thisMonth.total} then={d.lastMonth.total} />}
      />
      <Stat
        testId="dash-last-year"
        title={t('dashboard.sameMonthLastYear', { month: month(d.sameMonthLastYear) })}
        value={f.money(d.sameMonthLastYear.total)}
        hint={count(d.sameMonthLastYear)}
        icon={<IconCalendarStats size={20} />}
        color="grape"
        extra={<Change now={d.thisMonth.total} then={d.sameMonthLastYear.total} />}
      />
      <Paper component={Link} to="/pledges?status=overdue" style={{ textDecoration: 'none', color: 'inherit' }} radius="md">
        <Stat testId="dash-overdue" title={t('dashboard.overdue')} value={f.money(d.overdueTotal)} hint={t('dashboard.overduePledges', { count: d.overduePledges, n: f.number(d.overduePledges) })} icon={<IconAlertTriangle size={20} />} color="red" />
      </Paper>
    </SimpleGrid>
  );
}

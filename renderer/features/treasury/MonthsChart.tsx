// Collections of the last twelve Jalali months as bars, oldest first in reading order (so
// right to left in Persian), with short Persian figures on the axis and full money in the tooltip.
import { BarChart } from '@mantine/charts';
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { TreasuryDashboard } from '../../../shared/contract/treasury.ts';
import { useChartFormat } from './useChartFormat.ts';
import { useTreasuryText } from './useTreasuryText.ts';

export function MonthsChart({ months }: { months: TreasuryDashboard['months'] }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const fmt = useChartFormat();
  const rtl = f.lang === 'fa';
  const data = months.map((m) => ({ month: tx.month(m.jy, m.jm), total: m.total }));

  return (
    <Paper withBorder p="md" radius="md" data-testid="dash-months-chart">
      <Title order={4} mb="md">
        {t('dashboard.months')}
      </Title>
      <BarChart
        h={280}
        data={data}
        dataKey="month"
        series={[{ name: 'total', label: t('dashboard.collected'), color: 'teal.6' }]}
        valueFormatter={fmt.full}
        tickLine="y"
        gridAxis="y"
        // The axis names the month; the tooltip adds the year.
        xAxisProps={{ reversed: rtl, interval: 0, tickFormatter: (label: string) => label.split(' ')[0] ?? label }}
        yAxisProps={{ orientation: rtl ? 'right' : 'left', tickFormatter: fmt.axis, width: 72 }}
        maxBarWidth={36}
      />
    </Paper>
  );
}

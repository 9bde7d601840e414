// Raised and received against the budget for each open project with a budget (largest budget
// first, the server's order), as horizontal bars: project names read well on the side axis in
// either script. Short figures on the axis, full money in the tooltip, the language's digits.
import { BarChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ProjectsBoard } from '../../../shared/contract/projects.ts';
import { useChartFormat } from '../treasury/useChartFormat.ts';

/** More bars than this make the chart unreadable; the list and the report have the rest. */
const MAX_BARS = 12;

export function BoardMoneyChart({ money }: { money: ProjectsBoard['money'] }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const fmt = useChartFormat();
  const rtl = f.lang === 'fa';
  const data = money.slice(0, MAX_BARS).map((p) => ({ name: p.name, budget: p.budget, raised: p.raised, received: p.received }));
  const short = (name: string) => (name.length > 28 ? `${name.slice(0, 27)}…` : name);

  return (
    <Paper withBorder p="md" radius="md" data-testid="board-money-chart">
      <Title order={4} mb="md">
        {t('board.moneyChart')}
      </Title>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('board.noBudgets')}
        </Text>
      ) : (
        <BarChart
          h={Math.max(200, 70 + data.length * 56)}
          data={data}
          dataKey="name"
          orientation="vertical"
          withLegend
          legendProps={{ verticalAlign: 'top', height: 36 }}
          series={[
            { name: 'budget', label: t('money.budget'), color: 'gray.4' },
            { name: 'raised', label: t('money.raised'), color: 'teal.4' },
            { name: 'received', label: t('money.received'), color: 'teal.8' },
          ]}
          valueFormatter={fmt.full}
          gridAxis="x"
          tickLine="x"
          xAxisProps={{ reversed: rtl, tickFormatter: fmt.axis }}
          yAxisProps={{ orientation: rtl ? 'right' : 'left', width: 190, tickFormatter: short }}
          maxBarWidth={14}
        />
      )}
    </Paper>
  );
}

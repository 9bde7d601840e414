// This month's (or the period's) collections by method as a donut, with a legend that names
// each method and its total in the language's words and digits.
import { DonutChart } from '@mantine/charts';
import { ColorSwatch, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { TreasuryDashboard } from '../../../shared/contract/treasury.ts';
import { useChartFormat } from './useChartFormat.ts';

const COLORS: Record<string, string> = { cash: 'teal.6', card: 'blue.6', transfer: 'indigo.6', pos: 'cyan.6', cheque: 'orange.6', inKind: 'grape.6' };

export function MethodsChart({ byMethod }: { byMethod: TreasuryDashboard['byMethod'] }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const fmt = useChartFormat();
  const rows = byMethod.filter((m) => m.total > 0);
  const data = rows.map((m) => ({ name: t(`method.${m.method}`, { defaultValue: m.method }), value: m.total, color: COLORS[m.method] ?? 'gray.6' }));
  const sum = rows.reduce((s, m) => s + m.total, 0);

  return (
    <Paper withBorder p="md" radius="md" data-testid="dash-methods-chart">
      <Title order={4} mb="md">
        {t('dashboard.byMethod')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.nothingYet')}
        </Text>
      ) : (
        <Group align="center" gap="xl" wrap="wrap">
          <DonutChart data={data} valueFormatter={fmt.full} size={170} thickness={26} tooltipDataSource="segment" chartLabel={fmt.axis(sum)} />
          <Stack gap={6} miw={200}>
            {rows.map((m, i) => (
              <Group key={m.method} gap="xs" wrap="nowrap" justify="space-between" data-testid="dash-method-row">
                <Group gap={6} wrap="nowrap">
                  <ColorSwatch size={12} color={`var(--mantine-color-${(data[i]?.color ?? 'gray.6').replace('.', '-')})`} />
                  <Text size="sm">{data[i]?.name}</Text>
                  <Text size="xs" c="dimmed">
                    ({f.number(m.count)})
                  </Text>
                </Group>
                <Text size="sm" fw={600}>
                  {f.money(m.total)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Group>
      )}
    </Paper>
  );
}

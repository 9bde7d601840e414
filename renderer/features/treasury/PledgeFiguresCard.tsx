// A pledge's figures at a glance: total (or open-ended), paid, due so far, overdue (with how
// many days), the next instalment, and what is left.
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { PledgeFigures } from '../../../shared/contract/pledges.ts';

function Figure({ label, value, hint, color, testId }: { label: string; value: string; hint?: string | undefined; color?: string | undefined; testId: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text fw={700} c={color} data-testid={testId}>
          {value}
        </Text>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function PledgeFiguresCard({ figures: g }: { figures: PledgeFigures }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const remaining = g.total === null ? null : Math.max(0, g.total - g.paid);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Figure label={t('figures.total')} value={g.total === null ? t('figures.openEnded') : f.money(g.total)} testId="pledge-figure-total" />
      <Figure label={t('figures.paid')} value={f.money(g.paid)} color="teal.8" testId="pledge-figure-paid" />
      <Figure label={t('figures.dueToDate')} value={f.money(g.dueToDate)} testId="pledge-figure-due" />
      <Figure
        label={t('figures.overdue')}
        value={f.money(g.overdue)}
        color={g.overdue > 0 ? 'red.7' : undefined}
        hint={g.daysOverdue > 0 ? t('figures.daysOverdue', { count: g.daysOverdue, n: f.number(g.daysOverdue) }) : undefined}
        testId="pledge-figure-overdue"
      />
      <Figure
        label={t('figures.nextDue')}
        value={g.nextDue ? f.money(g.nextDue.amount) : '—'}
        hint={g.nextDue ? f.date(g.nextDue.date) : undefined}
        testId="pledge-figure-next"
      />
      <Figure label={t('figures.remaining')} value={remaining === null ? '—' : f.money(remaining)} testId="pledge-figure-remaining" />
    </SimpleGrid>
  );
}

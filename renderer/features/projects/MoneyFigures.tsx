// A project's money (or the board's totals) at a glance: raised against the budget as a bar,
// then budget, raised, received, spent, gap, outstanding and balance. The figures come from the
// main process (shared/domain/housing.ts projectMoney); nothing is added up here.
import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ProjectMoneyOut } from '../../../shared/contract/projects.ts';

const FIGURES = ['budget', 'raised', 'received', 'spent', 'gap', 'outstanding', 'balance'] as const;
type Figure = (typeof FIGURES)[number];

/** Colours that say "act on this": a gap, money promised but not in, spending ahead of money. */
function colorOf(key: Figure, m: ProjectMoneyOut): string | undefined {
  if (key === 'gap' && m.gap > 0) return 'orange.8';
  if (key === 'balance' && m.balance < 0) return 'red.7';
  return undefined;
}

export function MoneyFigures({ money: m, title, testId }: { money: ProjectMoneyOut; title: string; testId: string }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const share = m.budget && m.budget > 0 ? Math.min(100, Math.round((m.raised / m.budget) * 100)) : null;
  const inShare = m.budget && m.budget > 0 ? Math.min(100, Math.round((m.received / m.budget) * 100)) : null;

  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{title}</Title>
          {share !== null && (
            <Text size="sm" c="dimmed" data-testid={`${testId}-share`}>
              {t('money.raisedShare', { n: f.number(share) })}
            </Text>
          )}
        </Group>
        {share !== null && inShare !== null && (
          <Progress.Root size="lg" aria-label={t('money.raisedShare', { n: f.number(share) })}>
            <Progress.Section value={inShare} color="teal" />
            <Progress.Section value={Math.max(0, share - inShare)} color="teal.3" />
          </Progress.Root>
        )}
        {share !== null && (
          <Group gap="md">
            <Legend color="teal" label={t('money.received')} />
            <Legend color="teal.3" label={t('money.promised')} />
          </Group>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="sm">
          {FIGURES.map((key) => {
            const value = m[key];
            return (
              <Stack key={key} gap={0} data-testid={`${testId}-${key}`}>
                <Text size="xs" c="dimmed">
                  {t(`money.${key}`)}
                </Text>
                <Text fw={700} size="sm" c={colorOf(key, m)} style={{ whiteSpace: 'nowrap' }} data-testid={`${testId}-${key}-value`}>
                  {value === null ? t('money.noBudget') : f.money(value)}
                </Text>
              </Stack>
            );
          })}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={4}>
      <Progress value={100} color={color} w={14} size="sm" aria-hidden />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

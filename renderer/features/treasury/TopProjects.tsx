// The projects that received the most, each as a bar against the first; the general fund is
// named as such.
import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { TreasuryDashboard } from '../../../shared/contract/treasury.ts';
import { useTreasuryText } from './useTreasuryText.ts';

export function TopProjects({ projects }: { projects: TreasuryDashboard['topProjects'] }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const max = Math.max(1, ...projects.map((p) => p.total));
  return (
    <Paper withBorder p="md" radius="md" data-testid="dash-top-projects">
      <Title order={4} mb="md">
        {t('dashboard.topProjects')}
      </Title>
      {projects.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.nothingYet')}
        </Text>
      ) : (
        <Stack gap="sm">
          {projects.map((p) => (
            <Stack key={p.projectId ?? 'general'} gap={4} data-testid="dash-project-row">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" dir="auto" lineClamp={1}>
                  {tx.purpose(p.name)}
                </Text>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {f.money(p.total)}
                </Text>
              </Group>
              <Progress value={(p.total / max) * 100} color={p.projectId ? 'teal' : 'gray'} size="sm" aria-hidden />
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

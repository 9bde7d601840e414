// The open housing builds on the board, stalled first (longest first), then least complete:
// for each, how far it is, what its stalled stage waits for, and the money it still lacks.
import { Anchor, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ProjectsBoard } from '../../../shared/contract/projects.ts';
import { ProjectStatusBadge } from './ProjectStatusBadge.tsx';

export function BoardBuilds({ builds, stallDays }: { builds: ProjectsBoard['builds']; stallDays: number }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" data-testid="board-builds">
      <Stack gap={2} mb="sm">
        <Title order={4}>{t('board.builds')}</Title>
        <Text size="xs" c="dimmed">
          {t('board.stallRule', { n: f.number(stallDays) })}
        </Text>
      </Stack>
      {builds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('board.noBuilds')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.name')}</Table.Th>
                <Table.Th>{t('columns.status')}</Table.Th>
                <Table.Th>{t('board.stage')}</Table.Th>
                <Table.Th>{t('board.waitingFor')}</Table.Th>
                <Table.Th>{t('columns.percent')}</Table.Th>
                <Table.Th>{t('columns.gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {builds.map((b) => (
                <Table.Tr key={b.id} data-testid="board-build-row" data-stalled={b.stalled ? 'true' : undefined}>
                  <Table.Td>
                    <Anchor component={Link} to={`/projects/${b.id}`} size="sm" fw={600} dir="auto">
                      {b.name}
                    </Anchor>
                    {b.householdName && (
                      <Text size="xs" c="dimmed" dir="auto">
                        {b.householdName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ProjectStatusBadge status={b.status} stalled={b.stalled} />
                  </Table.Td>
                  <Table.Td>{b.stalled ? t(`stage.${b.stalled.stage}`) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={b.stalled?.waitingFor ? 'red.8' : 'dimmed'}>
                      {b.stalled ? (b.stalled.waitingFor ? t(`waitingFor.${b.stalled.waitingFor}`) : t('stalled.noReason')) : '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={130}>
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={b.percent ?? 0} size="sm" color={b.stalled ? 'red' : 'teal'} w={70} aria-hidden />
                      <Text size="xs">{t('percent', { n: f.number(b.percent ?? 0) })}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c={b.money.gap > 0 ? 'orange.8' : 'dimmed'}>
                      {b.money.gap > 0 ? f.money(b.money.gap) : '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

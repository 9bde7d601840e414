// The board's head: how many projects are in each status, each card opening the list filtered
// to it. A housing build found stalled counts as stalled (the server counts so).
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { projectStatus, type ProjectsBoard } from '../../../shared/contract/projects.ts';

const COLORS = { planned: 'gray.7', inProgress: 'blue.7', stalled: 'red.7', finished: 'teal.7', handedOver: 'green.7', cancelled: 'dark.4' } as const;

export function BoardStatusCards({ byStatus }: { byStatus: ProjectsBoard['byStatus'] }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const count = new Map(byStatus.map((s) => [s.status, s.count]));
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      {projectStatus.options.map((s) => (
        <Paper
          key={s}
          withBorder
          p="sm"
          radius="md"
          component={Link}
          to={`/projects?status=${s}`}
          style={{ textDecoration: 'none', color: 'inherit' }}
          data-testid={`board-status-${s}`}
        >
          <Text size="xs" c="dimmed" fw={600}>
            {t(`status.${s}`)}
          </Text>
          <Text fw={700} size="xl" c={(count.get(s) ?? 0) > 0 ? COLORS[s] : 'dimmed'} data-testid={`board-status-${s}-count`}>
            {f.number(count.get(s) ?? 0)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

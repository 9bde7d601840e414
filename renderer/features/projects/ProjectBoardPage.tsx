// The projects board: counts by status, the housing builds (stalled first, with what they wait
// for), raised against budget per project, the totals, and the reports to download.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { ListLoadState } from '../../components/ListLoadState.tsx';
import { STAFF_ROLES } from '../../../shared/contract/channel.ts';
import { useBoard } from './queries.ts';
import { BoardStatusCards } from './BoardStatusCards.tsx';
import { BoardBuilds } from './BoardBuilds.tsx';
import { BoardMoneyChart } from './BoardMoneyChart.tsx';
import { MoneyFigures } from './MoneyFigures.tsx';
import { ProjectReportCards } from './ProjectReportCards.tsx';

export function ProjectBoardPage() {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const staff = useSession().hasRole(...STAFF_ROLES);
  const query = useBoard();
  const d = query.data;

  return (
    <Stack gap="md" data-testid="project-board">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2}>{t('board.title')}</Title>
          {d && (
            <Text size="sm" c="dimmed">
              {t('board.today', { date: f.date(d.today) })}
            </Text>
          )}
        </Stack>
        <Button component={Link} to="/projects" variant="light" leftSection={<IconList size={16} />} data-testid="board-to-list">
          {t('list.title')}
        </Button>
      </Group>
      <ListLoadState error={query.error} pending={query.isPending} onRetry={() => void query.refetch()} failedTitle={t('board.loadFailed')} testId="board-load-error" />
      {d && (
        <>
          <BoardStatusCards byStatus={d.byStatus} />
          <BoardBuilds builds={d.builds} stallDays={d.stallDays} />
          <BoardMoneyChart money={d.money} />
          <MoneyFigures money={d.totals} title={t('board.totals')} testId="board-totals" />
        </>
      )}
      {staff && (
        <>
          <Title order={3} mt="sm">
            {t('reports.title')}
          </Title>
          <ProjectReportCards />
        </>
      )}
    </Stack>
  );
}

// The projects list: search as you type, filters, sortable columns, pages of 50 searched in SQL;
// everything in the URL, so Back from a project returns to the same list. Every role reads it;
// managers and administrators start new projects.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconLayoutDashboard, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { PROJECT_ROLES } from '../../../shared/contract/projects.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { ListLoadState } from '../../components/ListLoadState.tsx';
import { useProjectSearch } from './queries.ts';
import { ListPager } from '../../components/ListPager.tsx';
import { ListEmpty } from '../../components/ListEmpty.tsx';
import { usePagedList } from '../../components/usePagedList.ts';
import { CLEARED, isUnfiltered, projectList } from './listParams.ts';
import { ProjectFilters } from './ProjectFilters.tsx';
import { ProjectTable } from './ProjectTable.tsx';

export function ProjectListPage() {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const canCreate = useSession().hasRole(...PROJECT_ROLES);
  const { state, update, search, data, from, to } = usePagedList(projectList, useProjectSearch);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Group gap="sm">
          <Button component={Link} to="/projects/board" variant="light" leftSection={<IconLayoutDashboard size={16} />} data-testid="project-board-link">
            {t('board.title')}
          </Button>
          {canCreate && (
            <Button component={Link} to="/projects/new" leftSection={<IconPlus size={16} />} data-testid="project-new">
              {t('list.new')}
            </Button>
          )}
        </Group>
      </Group>
      <SearchBox value={state.q} onChange={(q) => update({ q })} loading={search.isFetching} label={t('list.searchLabel')} hint={t('list.searchHint')} clearLabel={t('list.clearSearch')} testId="project-search" />
      <ProjectFilters state={state} update={update} />
      <ListLoadState error={search.isError ? search.error : null} pending={search.isPending} onRetry={() => void search.refetch()} failedTitle={t('list.loadFailed')} testId="project-load-error" />
      {data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="project-total" data-total={data.total}>
            {data.total === 0 ? t('list.countNone') : t('list.range', { from: f.number(from), to: f.number(to), total: f.number(data.total) })}
          </Text>
          {data.items.length > 0 ? (
            <ProjectTable items={data.items} dimmed={search.isPlaceholderData} sort={state.sort} onSort={(sort) => update({ sort })} />
          ) : (
            <ListEmpty
              testId="project-empty"
              text={t(isUnfiltered(state) ? 'list.emptyNone' : 'list.emptyFiltered')}
              clearLabel={t('list.clearFilters')}
              onClear={isUnfiltered(state) ? undefined : () => update(CLEARED)}
            />
          )}
          <ListPager total={data.total} page={state.page} onPage={(page) => update({ page })} />
        </>
      )}
    </Stack>
  );
}

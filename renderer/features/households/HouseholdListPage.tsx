// The households list: search as you type, filters, pages of 50; everything in the URL, so
// Back from a household returns to the same list. New and export for case roles only.
import { useEffect } from 'react';
import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { CASE_ROLES, SENSITIVE_ROLES } from '../../../shared/contract/households.ts';
import { useHouseholdSearch } from './queries.ts';
import { CLEARED, isUnfiltered, PAGE_SIZE, rememberListSearch, toSearchInput, useListState } from './listParams.ts';
import { SearchBox } from '../../components/SearchBox.tsx';
import { HouseholdFilters } from './HouseholdFilters.tsx';
import { HouseholdTable } from './HouseholdTable.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import { ListLoadState } from '../../components/ListLoadState.tsx';

export function HouseholdListPage() {
  const { t } = useTranslation('households');
  const f = useFormat();
  const session = useSession();
  const caseRole = session.hasRole(...CASE_ROLES);
  const { state, update } = useListState();
  const { search: urlSearch } = useLocation();
  useEffect(() => rememberListSearch(urlSearch), [urlSearch]);
  const search = useHouseholdSearch(toSearchInput(state));
  const data = search.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  useEffect(() => {
    if (data && !search.isPlaceholderData && state.page > pages) update({ page: pages });
  }, [data, search.isPlaceholderData, state.page, pages, update]);

  const from = (state.page - 1) * PAGE_SIZE + 1;
  const to = data ? Math.min(data.total, from + data.items.length - 1) : 0;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        {caseRole && (
          <Group gap="sm">
            <ExportMenu state={state} />
            <Button component={Link} to="/households/new" leftSection={<IconPlus size={16} />} data-testid="household-new">
              {t('list.new')}
            </Button>
          </Group>
        )}
      </Group>
      <SearchBox value={state.q} onChange={(q) => update({ q })} loading={search.isFetching} label={t('list.searchLabel')} hint={t('list.searchHint')} clearLabel={t('list.clearSearch')} testId="household-search" />
      <HouseholdFilters state={state} update={update} sensitive={session.hasRole(...SENSITIVE_ROLES)} caseRole={caseRole} />

      <ListLoadState error={search.isError ? search.error : null} pending={search.isPending} onRetry={() => void search.refetch()} failedTitle={t('list.loadFailed')} />
      {data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="household-total">
            {data.total === 0
              ? t('list.countNone')
              : t('list.range', { from: f.number(from), to: f.number(to), total: f.number(data.total) })}
          </Text>
          {data.items.length > 0 ? (
            <HouseholdTable items={data.items} dimmed={search.isPlaceholderData} />
          ) : (
            <Stack align="center" py="xl" gap="sm" data-testid="household-empty">
              <Text c="dimmed">{t(isUnfiltered(state) ? 'list.emptyNone' : 'list.emptyFiltered')}</Text>
              {!isUnfiltered(state) && (
                <Button variant="light" onClick={() => update(CLEARED)}>
                  {t('list.clearFilters')}
                </Button>
              )}
            </Stack>
          )}
          {pages > 1 && (
            <Group justify="center">
              <Pagination
                total={pages}
                value={Math.min(state.page, pages)}
                onChange={(page) => update({ page })}
                getItemProps={(page) => ({ children: f.digits(page) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

// The households list: search as you type, filters, pages of 50; everything in the URL, so
// Back from a household returns to the same list. New and export for case roles only.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { CASE_ROLES, SENSITIVE_ROLES } from '../../../shared/contract/households.ts';
import { useHouseholdSearch } from './queries.ts';
import { CLEARED, householdList, isUnfiltered } from './listParams.ts';
import { usePagedList } from '../../components/usePagedList.ts';
import { ListPager } from '../../components/ListPager.tsx';
import { ListEmpty } from '../../components/ListEmpty.tsx';
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
  const { state, update, search, data, from, to } = usePagedList(householdList, useHouseholdSearch);

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
            <ListEmpty
              testId="household-empty"
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

// The donors list: search as you type, filters, sortable columns and pages of 50. Everything that shapes
// the list is in the URL, so Back from a donor returns to the same list.
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useSession } from '../../app/session.tsx';
import { IMPORT_ROLES } from '../../../shared/contract/donors.ts';
import { useDonorSearch } from './queries.ts';
import { defaultDirection, donorList, isUnfiltered, type SortField } from './listParams.ts';
import { usePagedList } from '../../components/usePagedList.ts';
import { ListPager } from '../../components/ListPager.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { DonorFilters } from './DonorFilters.tsx';
import { DonorTable } from './DonorTable.tsx';
import { DonorListEmpty } from './DonorListEmpty.tsx';
import { ListLoadState } from '../../components/ListLoadState.tsx';

export function DonorListPage() {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const session = useSession();
  const { state, update, search, data, from, to } = usePagedList(donorList, useDonorSearch);

  const onSort = (field: SortField) =>
    update(field === state.sort ? { dir: state.dir === 'asc' ? 'desc' : 'asc' } : { sort: field, dir: defaultDirection(field) });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('list.title')}</Title>
        <Group gap="sm">
          {session.hasRole(...IMPORT_ROLES) && (
            <Button component={Link} to="/donors/import" variant="default" leftSection={<IconFileImport size={16} />} data-testid="donor-import-open">
              {t('import.button')}
            </Button>
          )}
          <Button component={Link} to="/donors/new" leftSection={<IconPlus size={16} />} data-testid="donor-new">
            {t('list.new')}
          </Button>
        </Group>
      </Group>
      <SearchBox value={state.q} onChange={(q) => update({ q })} loading={search.isFetching} label={t('list.searchLabel')} hint={t('list.searchHint')} clearLabel={t('list.clearSearch')} testId="donor-search" />
      <DonorFilters state={state} update={update} facetsWanted={search.data !== undefined || search.isError} />

      <ListLoadState error={search.isError ? search.error : null} pending={search.isPending} onRetry={() => void search.refetch()} failedTitle={t('list.loadFailed')} />

      {data && (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {data.total === 0 ? (
              <Trans t={t} i18nKey="list.countNone" values={{ total: f.number(0) }} components={{ total: <span data-testid="donor-total" /> }} />
            ) : (
              <Trans
                t={t}
                i18nKey="list.range"
                values={{ from: f.number(from), to: f.number(to), total: f.number(data.total) }}
                components={{ total: <span data-testid="donor-total" /> }}
              />
            )}
          </Text>
          {data.items.length > 0 ? (
            <DonorTable items={data.items} sort={state.sort} dir={state.dir} onSort={onSort} dimmed={search.isPlaceholderData} />
          ) : (
            <DonorListEmpty
              unfiltered={isUnfiltered(state)}
              onClear={() => update({ q: '', kind: 'all', city: null, tag: null, status: 'active' })}
            />
          )}
          <ListPager total={data.total} page={state.page} onPage={(page) => update({ page })} testId="donor-pagination" />
        </>
      )}
    </Stack>
  );
}

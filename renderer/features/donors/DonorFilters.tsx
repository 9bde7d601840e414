// The filters above the list: kind, city, tag and status, plus the order of the results.
import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDonorFacets } from './queries.ts';
import { defaultDirection, type KindFilter, type ListState, type SortField, type StatusFilter } from './listParams.ts';

interface Props {
  state: ListState;
  update(patch: Partial<ListState>): void;
  /** ask for the city and tag lists (once the list's first page is in) */
  facetsWanted: boolean;
}

/** The facet values, plus the current one if it is no longer among them. */
function withCurrent(values: string[] | undefined, current: string | null): string[] {
  const list = values ?? [];
  return current && !list.includes(current) ? [current, ...list] : list;
}

export function DonorFilters({ state, update, facetsWanted }: Props) {
  const { t } = useTranslation('donors');
  const facets = useDonorFacets({ enabled: facetsWanted });
  const DirIcon = state.dir === 'asc' ? IconSortAscending : IconSortDescending;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        data-testid="donor-filter-kind"
        label={t('filters.kind')}
        w={170}
        allowDeselect={false}
        value={state.kind}
        onChange={(v) => update({ kind: (v ?? 'all') as KindFilter })}
        data={[
          { value: 'all', label: t('filters.allKinds') },
          { value: 'person', label: t('kind.person') },
          { value: 'organisation', label: t('kind.organisation') },
        ]}
      />
      <Select
        data-testid="donor-filter-city"
        label={t('filters.city')}
        placeholder={t('filters.allCities')}
        w={170}
        searchable
        clearable
        nothingFoundMessage={t('filters.noOptions')}
        value={state.city}
        onChange={(v) => update({ city: v })}
        data={withCurrent(facets.data?.cities, state.city)}
      />
      <Select
        data-testid="donor-filter-tag"
        label={t('filters.tag')}
        placeholder={t('filters.allTags')}
        w={170}
        searchable
        clearable
        nothingFoundMessage={t('filters.noOptions')}
        value={state.tag}
        onChange={(v) => update({ tag: v })}
        data={withCurrent(facets.data?.tags, state.tag)}
      />
      <Select
        data-testid="donor-filter-status"
        label={t('filters.status')}
        w={150}
        allowDeselect={false}
        value={state.status}
        onChange={(v) => update({ status: (v ?? 'active') as StatusFilter })}
        data={(['active', 'archived', 'all'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Group gap={4} align="flex-end" wrap="nowrap">
        <Select
          data-testid="donor-sort"
          label={t('filters.sort')}
          w={170}
          allowDeselect={false}
          value={state.sort}
          onChange={(v) => {
            const sort = (v ?? 'name') as SortField;
            update({ sort, dir: defaultDirection(sort) });
          }}
          data={(['name', 'createdAt', 'updatedAt'] as const).map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        />
        <Tooltip label={t(state.dir === 'asc' ? 'sort.asc' : 'sort.desc')}>
          <ActionIcon
            data-testid="donor-sort-direction"
            variant="default"
            size="input-sm"
            aria-label={t(state.dir === 'asc' ? 'sort.asc' : 'sort.desc')}
            onClick={() => update({ dir: state.dir === 'asc' ? 'desc' : 'asc' })}
          >
            <DirIcon size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}

// The filters above the households list: vulnerability group, need kind, city, case worker,
// waiting days and status.
import { NumberInput, Select, Group, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { vulnerabilityGroup, SENSITIVE_GROUPS, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { needKind, type NeedKind } from '../../../shared/contract/aid.ts';
import { useFormat } from '../../lib/format.ts';
import type { ListState, StatusFilter } from './listParams.ts';
import { useCaseWorkers } from './queries.ts';

interface Props {
  state: ListState;
  update(patch: Partial<ListState>): void;
  /** false for roles that may not see sensitive groups */
  sensitive: boolean;
  /** whether the case worker filter is offered (case roles) */
  caseRole: boolean;
}

export function HouseholdFilters({ state, update, sensitive, caseRole }: Props) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const [city, setCity] = useState(state.city ?? '');
  const writeCity = useDebouncedCallback((v: string) => update({ city: v.trim() || null }), 300);
  const caseWorkers = useCaseWorkers(caseRole);
  const groups = vulnerabilityGroup.options.filter((g) => sensitive || !SENSITIVE_GROUPS.includes(g));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        data-testid="household-filter-group"
        label={t('filters.group')}
        placeholder={t('filters.any')}
        w={200}
        clearable
        value={state.group}
        onChange={(v) => update({ group: v as VulnerabilityGroup | null })}
        data={groups.map((g) => ({ value: g, label: t(`group.${g}`) }))}
      />
      {caseRole && (
        <Select
          data-testid="household-filter-case-worker"
          label={t('filters.caseWorker')}
          placeholder={t('filters.any')}
          w={200}
          clearable
          value={state.cw}
          onChange={(v) => update({ cw: v })}
          data={(caseWorkers.data ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
        />
      )}
      <Select
        data-testid="household-filter-need"
        label={t('filters.need')}
        placeholder={t('filters.any')}
        w={180}
        clearable
        value={state.need}
        onChange={(v) => update({ need: v as NeedKind | null })}
        data={needKind.options.map((k) => ({ value: k, label: t(`needKind.${k}`) }))}
      />
      <TextInput
        data-testid="household-filter-city"
        label={t('filters.city')}
        placeholder={t('filters.anyCity')}
        w={160}
        dir="auto"
        value={city}
        onChange={(e) => {
          setCity(e.currentTarget.value);
          writeCity(e.currentTarget.value);
        }}
      />
      <NumberInput
        data-testid="household-filter-wait"
        label={t('filters.minWait')}
        w={150}
        min={0}
        max={36500}
        allowDecimal={false}
        allowNegative={false}
        value={state.minWait ?? ''}
        onChange={(v) => update({ minWait: typeof v === 'number' ? v : null })}
        suffix={` ${t('filters.days')}`}
        placeholder={f.digits(0)}
      />
      <Select
        data-testid="household-filter-status"
        label={t('filters.status')}
        w={140}
        allowDeselect={false}
        value={state.status}
        onChange={(v) => update({ status: (v ?? 'active') as StatusFilter })}
        data={(['active', 'archived', 'all'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
    </Group>
  );
}

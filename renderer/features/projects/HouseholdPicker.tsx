// Choosing a household by typing part of the head's name, national ID or file number: the
// search runs in SQL (Persian letters and digits normalised there); the chosen household stays
// listed (by the name it was chosen with, or `knownName`) whatever is typed next.
import { useMemo, useState } from 'react';
import { Group, Loader, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useHouseholdOptions } from './queries.ts';

export interface HouseholdPickerProps {
  value: string | null;
  onChange(id: string | null): void;
  label: string;
  /** the chosen household's name when it was chosen elsewhere (the saved project) */
  knownName?: string | null;
  description?: string;
  error?: string | undefined;
  required?: boolean;
  onBlur?(): void;
  'data-testid'?: string;
}

export function HouseholdPicker(props: HouseholdPickerProps) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [known, setKnown] = useState<Record<string, string>>({});
  const chosenName = props.value ? (known[props.value] ?? props.knownName ?? null) : null;
  // Once a household is chosen the box shows its name; opening it again lists everyone.
  const options = useHouseholdOptions(debounced === chosenName ? '' : debounced);

  const data = useMemo(() => {
    const items = (options.data?.items ?? []).map((h) => ({ value: h.id, label: h.displayName, hint: h.village ? t('picker.place', { city: h.city, village: h.village }) : h.city, id: h.nationalId }));
    const v = props.value;
    if (v && !items.some((i) => i.value === v)) items.unshift({ value: v, label: chosenName ?? '…', hint: '', id: '' });
    return items;
  }, [options.data, props.value, chosenName, t]);
  const extra = useMemo(() => new Map(data.map((d) => [d.value, d])), [data]);

  return (
    <Select
      data-testid={props['data-testid']}
      label={props.label}
      description={props.description}
      placeholder={t('picker.householdHint')}
      withAsterisk={props.required}
      error={props.error}
      searchable
      clearable
      openOnFocus={false}
      data={data}
      value={props.value}
      onChange={(v, option) => {
        if (v && option) setKnown((k) => ({ ...k, [v]: option.label }));
        props.onChange(v);
      }}
      onBlur={props.onBlur}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched (with Persian normalisation): show its answer as it is.
      filter={({ options: all }) => all}
      renderOption={({ option }) => {
        const more = extra.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm" dir="auto">
              {option.label}
            </Text>
            <Text size="xs" c="dimmed" dir="auto">
              {more?.hint}
              {more?.id ? ` · ${f.digits(more.id)}` : ''}
            </Text>
          </Group>
        );
      }}
      nothingFoundMessage={options.isFetching ? t('picker.searching') : t('picker.noHousehold')}
      rightSection={options.isFetching && search ? <Loader size="xs" /> : undefined}
    />
  );
}

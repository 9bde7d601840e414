// Choosing a donor by typing part of a name, mobile or ID: the search runs in SQL (Persian
// letters and digits normalised there); the chosen donor stays listed whatever is typed next.
import { useEffect, useMemo, useState } from 'react';
import { Group, Loader, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useDonor } from '../donors/queries.ts';
import { useDonorOptions } from './queries.ts';

export interface DonorPickerProps {
  value: string | null;
  onChange(id: string | null): void;
  label: string;
  placeholder?: string;
  error?: string | undefined;
  disabled?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  onBlur?(): void;
  'data-testid'?: string;
}

export function DonorPicker(props: DonorPickerProps) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  // The chosen donor's name, also when it was chosen elsewhere (a link from the donor's page).
  const chosen = useDonor(props.value ?? undefined);
  const [known, setKnown] = useState<Record<string, string>>({});
  const chosenName = props.value ? (known[props.value] ?? chosen.data?.displayName ?? null) : null;
  // Once a donor is chosen the box shows their name; opening it again lists everyone.
  const options = useDonorOptions(debounced === chosenName ? '' : debounced);

  useEffect(() => {
    const d = chosen.data;
    if (d) setKnown((k) => (k[d.id] === d.displayName ? k : { ...k, [d.id]: d.displayName }));
  }, [chosen.data]);

  const data = useMemo(() => {
    const items = (options.data?.items ?? []).map((d) => ({ value: d.id, label: d.displayName, mobile: d.mobile }));
    const v = props.value;
    if (v && !items.some((i) => i.value === v)) items.unshift({ value: v, label: chosenName ?? '…', mobile: null });
    return items;
  }, [options.data, props.value, chosenName]);
  const mobiles = useMemo(() => new Map(data.map((d) => [d.value, d.mobile])), [data]);

  return (
    <Select
      data-testid={props['data-testid']}
      label={props.label}
      placeholder={props.placeholder ?? t('picker.donorHint')}
      withAsterisk={props.required}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      error={props.error}
      searchable
      clearable
      // Focus alone (the form opening) does not cover the form with the list; typing opens it.
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
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
          <Text size="sm" dir="auto">
            {option.label}
          </Text>
          {mobiles.get(option.value) && (
            <Text size="xs" c="dimmed" className="ltr-value">
              {f.digits(mobiles.get(option.value))}
            </Text>
          )}
        </Group>
      )}
      nothingFoundMessage={options.isFetching ? t('picker.searching') : t('picker.noDonor')}
      rightSection={options.isFetching && search ? <Loader size="xs" /> : undefined}
    />
  );
}

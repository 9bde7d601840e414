// Search as you type (name, national ID, file number): the box answers at once, the URL (and
// so the query) follows ~200 ms later. Esc clears it; a URL change from elsewhere is taken in.
import { useEffect, useRef, useState } from 'react';
import { CloseButton, Loader, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange(value: string): void;
  loading: boolean;
}

export function HouseholdSearchBox({ value, onChange, loading }: Props) {
  const { t } = useTranslation('households');
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 200);
  const written = useRef(value);

  useEffect(() => {
    if (debounced !== written.current) {
      written.current = debounced;
      onChange(debounced);
    }
  }, [debounced, onChange]);

  useEffect(() => {
    if (value !== written.current) {
      written.current = value;
      setText(value);
    }
  }, [value]);

  return (
    <TextInput
      data-testid="household-search"
      autoFocus
      flex={1}
      miw={260}
      aria-label={t('list.searchLabel')}
      placeholder={t('list.searchHint')}
      leftSection={<IconSearch size={16} />}
      rightSection={
        loading ? <Loader size="xs" /> : text ? <CloseButton size="sm" aria-label={t('list.clearSearch')} onClick={() => setText('')} /> : null
      }
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && text) {
          e.preventDefault();
          setText('');
        }
      }}
    />
  );
}

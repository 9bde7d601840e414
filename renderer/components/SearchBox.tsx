// Search as you type: the box answers at once, the URL (and so the query) follows ~200 ms later.
// Esc clears it. A change of the URL from elsewhere (Back) is taken into the box.
import { useEffect, useRef, useState } from 'react';
import { CloseButton, Loader, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';

interface Props {
  value: string;
  onChange(value: string): void;
  loading: boolean;
  /** what the box is for, for screen readers; the hint says what can be typed */
  label: string;
  hint: string;
  clearLabel: string;
  testId: string;
}

export function SearchBox({ value, onChange, loading, label, hint, clearLabel, testId }: Props) {
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
      data-testid={testId}
      autoFocus
      flex={1}
      miw={260}
      aria-label={label}
      placeholder={hint}
      leftSection={<IconSearch size={16} />}
      rightSection={
        loading ? <Loader size="xs" /> : text ? <CloseButton size="sm" aria-label={clearLabel} onClick={() => setText('')} /> : null
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

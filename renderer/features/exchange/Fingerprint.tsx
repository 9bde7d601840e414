// A key fingerprint as people read it to each other on the phone: four groups of four digits in
// the language's digits. Each group is its own box, so the groups keep their reading order (the
// first group first: on the right in Persian) and a group never breaks across lines.
import { Group, Text } from '@mantine/core';
import { useFormat } from '../../lib/format.ts';

export function Fingerprint({ value, size = 'lg', testId }: { value: string; size?: 'md' | 'lg' | 'xl'; testId?: string }) {
  const f = useFormat();
  const groups = value.trim().split(/\s+/);
  const fontSize = { md: 18, lg: 24, xl: 34 }[size];
  return (
    <Group gap={size === 'xl' ? 'lg' : 'sm'} wrap="wrap" data-testid={testId} data-fingerprint={value}>
      {groups.map((g, i) => (
        <Text key={i} component="span" fw={700} style={{ fontSize, letterSpacing: '0.08em', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {f.digits(g)}
        </Text>
      ))}
    </Group>
  );
}

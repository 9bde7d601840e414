// What a list says when a page has no rows: either nothing exists yet, or nothing matched, and
// then a button that clears the search and filters (offered only when there is something to clear).
import { Button, Stack, Text } from '@mantine/core';

interface Props {
  text: string;
  clearLabel: string;
  /** absent when nothing narrows the list */
  onClear?(): void;
  testId: string;
}

export function ListEmpty({ text, clearLabel, onClear, testId }: Props) {
  return (
    <Stack align="center" py="xl" gap="sm" data-testid={testId}>
      <Text c="dimmed">{text}</Text>
      {onClear && (
        <Button variant="light" onClick={onClear}>
          {clearLabel}
        </Button>
      )}
    </Stack>
  );
}

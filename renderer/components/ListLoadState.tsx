// A list's loading or failed state: a loader while the first page loads, or the reason it failed
// with a retry button. Nothing once the list has loaded.
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors.ts';

interface Props {
  error: unknown;
  pending: boolean;
  onRetry(): void;
  failedTitle: string;
  testId?: string;
}

export function ListLoadState({ error, pending, onRetry, failedTitle, testId }: Props) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" title={failedTitle} data-testid={testId}>
        <Group justify="space-between">
          <Text size="sm">{errorText(error, t)}</Text>
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (!pending) return null;
  return (
    <Center py="xl">
      <Loader />
    </Center>
  );
}

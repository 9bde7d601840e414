// While a record (donor, household) loads, or when it cannot be loaded: a loader, or the reason
// and a way back to its list.
import { Alert, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/errors.ts';

interface Props {
  error: unknown;
  onRetry(): void;
  failedTitle: string;
  backLabel: string;
  backTo: string;
  testId: string;
}

export function RecordLoadState({ error, onRetry, failedTitle, backLabel, backTo, testId }: Props) {
  const { t } = useTranslation();
  if (!error) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return (
    <Stack maw={640}>
      <Alert color="red" title={failedTitle} data-testid={testId}>
        {errorText(error, t)}
      </Alert>
      <Group>
        <Button variant="default" component={Link} to={backTo}>
          {backLabel}
        </Button>
        <Button variant="light" onClick={onRetry}>
          {t('common:actions.retry')}
        </Button>
      </Group>
    </Stack>
  );
}

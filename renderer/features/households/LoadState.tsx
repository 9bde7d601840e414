// While a household loads, or when it cannot be loaded: a loader, or the reason and a way back.
import { Alert, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { listHref } from './listParams.ts';

export function LoadState({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation('households');
  if (!error) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  return (
    <Stack maw={640}>
      <Alert color="red" title={t('page.loadFailed')} data-testid="household-load-error">
        {errorText(error, t)}
      </Alert>
      <Group>
        <Button variant="default" component={Link} to={listHref()}>
          {t('page.backToList')}
        </Button>
        <Button variant="light" onClick={onRetry}>
          {t('common:actions.retry')}
        </Button>
      </Group>
    </Stack>
  );
}

// Editing a donor. The form remembers when the donor was loaded: a save over someone else's
// newer change is refused, and "reload" brings the current record into the form.
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDonor } from './queries.ts';
import { DonorForm } from './DonorForm.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { listHref } from './listParams.ts';
import { isolate } from './bidi.ts';

export function DonorEditPage() {
  const { t } = useTranslation('donors');
  const { id } = useParams();
  const query = useDonor(id);
  const donor = query.data;
  if (!donor) return <RecordLoadState error={query.error} onRetry={() => void query.refetch()} failedTitle={t('page.loadFailed')} backLabel={t('page.backToList')} backTo={listHref()} testId="donor-load-error" />;

  return (
    <Stack gap="md">
      <Title order={2}>{t('form.editTitle', { name: isolate(donor.displayName) })}</Title>
      {donor.archivedAt ? (
        <Stack maw={640} align="flex-start">
          <Alert color="yellow">{t('errors:donors.archived')}</Alert>
          <Group>
            <Button component={Link} to={`/donors/${donor.id}`} variant="default">
              {t('page.open')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <DonorForm key={donor.updatedAt} donor={donor} onReload={() => void query.refetch()} />
      )}
    </Stack>
  );
}

// Editing a household (case roles). An archived household is restored before it is changed.
import { Alert, Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { isolate } from '../../lib/bidi.ts';
import { CASE_ROLES } from '../../../shared/contract/households.ts';
import { useHousehold } from './queries.ts';
import { HouseholdForm } from './HouseholdForm.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { listHref } from './listParams.ts';

export function HouseholdEditPage() {
  const { t } = useTranslation('households');
  const allowed = useSession().hasRole(...CASE_ROLES);
  const { id } = useParams();
  const query = useHousehold(allowed ? id : undefined);
  if (!allowed) return <NotAllowed roles={[...CASE_ROLES]} />;
  const household = query.data;
  if (!household) return <RecordLoadState error={query.error} onRetry={() => void query.refetch()} failedTitle={t('page.loadFailed')} backLabel={t('page.backToList')} backTo={listHref()} testId="household-load-error" />;
  return (
    <Stack gap="md">
      <Title order={2}>{t('form.editTitle', { name: isolate(household.displayName) })}</Title>
      {household.archivedAt ? <Alert color="yellow">{t('errors:households.archived')}</Alert> : <HouseholdForm key={household.updatedAt} household={household} />}
    </Stack>
  );
}

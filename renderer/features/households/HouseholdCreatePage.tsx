// Registering a new household (case roles).
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { CASE_ROLES } from '../../../shared/contract/households.ts';
import { HouseholdForm } from './HouseholdForm.tsx';

export function HouseholdCreatePage() {
  const { t } = useTranslation('households');
  if (!useSession().hasRole(...CASE_ROLES)) return <NotAllowed roles={[...CASE_ROLES]} />;
  return (
    <Stack gap="md">
      <Title order={2}>{t('form.newTitle')}</Title>
      <HouseholdForm />
    </Stack>
  );
}

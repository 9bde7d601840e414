// A new pledge (money roles), prefilled with ?donorId=… when opened from a donor's page and
// ?projectId=… when opened from a project's funding section.
import { Stack, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import { PledgeForm } from './PledgeForm.tsx';

export function PledgeCreatePage() {
  const { t } = useTranslation('treasury');
  const [params] = useSearchParams();
  if (!useSession().hasRole(...MONEY_ROLES)) return <NotAllowed roles={[...MONEY_ROLES]} />;
  return (
    <Stack gap="md">
      <Title order={2}>{t('pledge.newTitle')}</Title>
      <PledgeForm donorId={params.get('donorId')} projectId={params.get('projectId')} />
    </Stack>
  );
}

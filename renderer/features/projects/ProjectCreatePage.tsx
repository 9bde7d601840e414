// Starting a project (managers and administrators).
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { PROJECT_ROLES } from '../../../shared/contract/projects.ts';
import { ProjectForm } from './ProjectForm.tsx';

export function ProjectCreatePage() {
  const { t } = useTranslation('projects');
  if (!useSession().hasRole(...PROJECT_ROLES)) return <NotAllowed roles={[...PROJECT_ROLES]} />;
  return (
    <Stack gap="md">
      <Title order={2}>{t('form.newTitle')}</Title>
      <ProjectForm />
    </Stack>
  );
}

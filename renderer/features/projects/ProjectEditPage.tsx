// Editing a project (managers and administrators). An archived project is restored first. The
// form is keyed by the record's version, so a reload after a conflict starts from the new one.
import { Alert, Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { isolate } from '../../lib/bidi.ts';
import { PROJECT_ROLES } from '../../../shared/contract/projects.ts';
import { useProject } from './queries.ts';
import { listHref } from './listParams.ts';
import { ProjectForm } from './ProjectForm.tsx';

export function ProjectEditPage() {
  const { t } = useTranslation('projects');
  const allowed = useSession().hasRole(...PROJECT_ROLES);
  const { id } = useParams();
  const query = useProject(allowed ? id : undefined);
  if (!allowed) return <NotAllowed roles={[...PROJECT_ROLES]} />;
  const project = query.data;
  if (!project) return <RecordLoadState error={query.error} onRetry={() => void query.refetch()} failedTitle={t('page.loadFailed')} backLabel={t('page.backToList')} backTo={listHref()} testId="project-load-error" />;
  return (
    <Stack gap="md">
      <Title order={2}>{t('form.editTitle', { name: isolate(project.name) })}</Title>
      {project.archivedAt ? (
        <Alert color="yellow">{t('errors:projects.archived')}</Alert>
      ) : (
        <ProjectForm key={project.updatedAt} project={project} onReload={() => void query.refetch()} />
      )}
    </Stack>
  );
}

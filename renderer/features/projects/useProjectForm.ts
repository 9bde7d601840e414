// The project form's state and its saving: the contract's checks on save (and on blur once a
// field has a value); the server's field errors kept apart and shown on their fields; a save
// over someone else's newer change is refused (expectedUpdatedAt) and offered a reload.
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import type { ProjectDetail } from '../../../shared/contract/projects.ts';
import { useServerErrors } from '../treasury/useServerErrors.ts';
import { useProjectMutation } from './queries.ts';
import { emptyProjectValues, projectToValues, projectValidator, toProjectInput, type ProjectFormValues } from './formValues.ts';
import { flatErrors } from './numbers.ts';

export function useProjectForm(project: ProjectDetail | undefined) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const session = useSession();
  const unit = session.settings?.moneyUnit ?? 'rial';
  const navigate = useNavigate();
  const create = useProjectMutation('projects.create');
  const update = useProjectMutation('projects.update');
  const server = useServerErrors<ProjectFormValues>();
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const form = useForm<ProjectFormValues>({
    initialValues: project ? projectToValues(project, unit, f.lang, f.digits) : emptyProjectValues(session.settings?.centre.city ?? ''),
    validate: projectValidator(t, unit),
    onValuesChange: server.onValuesChange,
    enhanceGetInputProps: (payload) => server.enhance(payload),
  });

  async function save(values: ProjectFormValues) {
    setError(null);
    server.setErrors({});
    const fields = toProjectInput(values, unit);
    try {
      const saved = project
        ? await update.mutateAsync({ id: project.id, expectedUpdatedAt: project.updatedAt, fields })
        : await create.mutateAsync(fields);
      notifications.show({ color: 'teal', message: t(project ? 'form.updated' : 'form.created', { name: isolate(saved.name) }) });
      void navigate(`/projects/${saved.id}`, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'CONFLICT' && err.payload.key === 'projects.stale') return setStale(true);
      server.setErrors(flatErrors(fieldErrors(err, t)));
      setError(errorText(err, t));
    }
  }

  return { form, save, saving: create.isPending || update.isPending, error, stale };
}

export type ProjectFormApi = ReturnType<typeof useProjectForm>['form'];

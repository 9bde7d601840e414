// Starting or editing a project: name, kind, status, place, dates, budget and manager; a housing
// build adds its household, land and area; an employment plan its jobs. Ctrl+Enter saves.
import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { projectKind, projectStatus, type ProjectDetail, type ProjectKind, type ProjectStatus } from '../../../shared/contract/projects.ts';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { useProjectForm } from './useProjectForm.ts';
import { KindFields } from './KindFields.tsx';
import { SaveableForm } from '../../components/SaveableForm.tsx';

export function ProjectForm({ project, onReload }: { project?: ProjectDetail; onReload?(): void }) {
  const { t } = useTranslation('projects');
  const navigate = useNavigate();
  const { form, save, saving, error, stale } = useProjectForm(project);
  const submit = form.onSubmit((values) => void save(values));
  const v = form.values;
  const err = (field: string) => form.getInputProps(field).error as string | undefined;

  return (
    <SaveableForm onSubmit={submit}>
      <Stack gap="lg" maw={900}>
        {stale && (
          <Alert color="red" data-testid="project-stale">
            <Group justify="space-between">
              <span>{t('errors:projects.stale')}</span>
              {onReload && (
                <Button size="xs" variant="light" color="red" leftSection={<IconRefresh size={14} />} onClick={onReload} data-testid="project-reload">
                  {t('form.reload')}
                </Button>
              )}
            </Group>
          </Alert>
        )}
        <Fieldset legend={t('form.what')}>
          <Stack gap="sm">
            <TextInput data-testid="project-name" label={t('fields.name')} withAsterisk dir="auto" data-autofocus autoFocus={!project} {...form.getInputProps('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                data-testid="project-kind"
                label={t('fields.kind')}
                withAsterisk
                allowDeselect={false}
                data={projectKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                value={v.kind}
                onChange={(k) => form.setFieldValue('kind', (k ?? 'general') as ProjectKind)}
                error={err('kind')}
              />
              <Select
                data-testid="project-status-select"
                label={t('fields.status')}
                allowDeselect={false}
                data={projectStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                value={v.status}
                onChange={(s) => form.setFieldValue('status', (s ?? 'planned') as ProjectStatus)}
                error={err('status')}
              />
              <TextInput data-testid="project-city" label={t('fields.city')} dir="auto" {...form.getInputProps('city')} />
              <TextInput data-testid="project-manager" label={t('fields.managerName')} dir="auto" {...form.getInputProps('managerName')} />
              <JalaliDateInput data-testid="project-start" label={t('fields.startDate')} value={v.startDate} onChange={(iso) => form.setFieldValue('startDate', iso)} error={err('startDate')} />
              <JalaliDateInput data-testid="project-end" label={t('fields.plannedEndDate')} value={v.plannedEndDate} onChange={(iso) => form.setFieldValue('plannedEndDate', iso)} error={err('plannedEndDate')} />
              <MoneyInput data-testid="project-budget" label={t('fields.budget')} description={t('form.budgetHint')} {...form.getInputProps('budget')} />
            </SimpleGrid>
            <Textarea data-testid="project-description" label={t('fields.description')} autosize minRows={2} maxRows={6} dir="auto" {...form.getInputProps('description')} />
          </Stack>
        </Fieldset>
        <KindFields form={form} householdName={project?.housing?.householdName ?? null} />
        {error && (
          <Alert color="red" data-testid="project-form-error">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />} data-testid="project-save">
            {t('form.save')}
          </Button>
          <Button variant="default" onClick={() => void navigate(project ? `/projects/${project.id}` : '/projects')} data-testid="project-cancel">
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </SaveableForm>
  );
}

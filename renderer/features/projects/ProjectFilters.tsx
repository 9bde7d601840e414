// The filters above the projects list: kind, status (stalled includes builds found stalled),
// and whether closed and archived projects are listed.
import { Checkbox, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { projectKind, projectStatus, type ProjectKind, type ProjectStatus } from '../../../shared/contract/projects.ts';
import type { ListState } from './listParams.ts';

export function ProjectFilters({ state, update }: { state: ListState; update(patch: Partial<ListState>): void }) {
  const { t } = useTranslation('projects');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        data-testid="project-filter-kind"
        label={t('filters.kind')}
        placeholder={t('filters.any')}
        w={200}
        clearable
        value={state.kind}
        onChange={(v) => update({ kind: v as ProjectKind | null })}
        data={projectKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
      />
      <Select
        data-testid="project-filter-status"
        label={t('filters.status')}
        placeholder={t('filters.any')}
        w={200}
        clearable
        value={state.status}
        onChange={(v) => update({ status: v as ProjectStatus | null })}
        data={projectStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      <Checkbox
        data-testid="project-filter-closed"
        mb={8}
        label={t('filters.closed')}
        checked={state.closed}
        onChange={(e) => update({ closed: e.currentTarget.checked })}
      />
      <Checkbox
        data-testid="project-filter-archived"
        mb={8}
        label={t('filters.archived')}
        checked={state.archived}
        onChange={(e) => update({ archived: e.currentTarget.checked })}
      />
    </Group>
  );
}

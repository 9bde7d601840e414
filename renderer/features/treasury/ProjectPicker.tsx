// What the money is for: one of the centre's open projects, or its general fund (the first
// choice, and the only one while the centre has no projects).
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProjects } from './queries.ts';

const GENERAL = 'general-fund';

export interface ProjectPickerProps {
  value: string | null;
  onChange(id: string | null): void;
  label: string;
  error?: string | undefined;
  disabled?: boolean;
  description?: string | undefined;
  /** the name to show for a project that is no longer listed (closed since) */
  knownName?: string | null;
  'data-testid'?: string;
}

export function ProjectPicker(props: ProjectPickerProps) {
  const { t } = useTranslation('treasury');
  const projects = useProjects();
  const items = (projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (props.value && !items.some((i) => i.value === props.value)) items.push({ value: props.value, label: props.knownName ?? '…' });
  const none = projects.isSuccess && items.length === 0;

  return (
    <Select
      data-testid={props['data-testid']}
      label={props.label}
      description={props.description ?? (none ? t('picker.noProjects') : undefined)}
      error={props.error}
      disabled={props.disabled}
      searchable={items.length > 8}
      allowDeselect={false}
      data={[{ value: GENERAL, label: t('purpose.general') }, ...items]}
      value={props.value ?? GENERAL}
      onChange={(v) => props.onChange(!v || v === GENERAL ? null : v)}
      nothingFoundMessage={t('picker.noProjectMatch')}
    />
  );
}

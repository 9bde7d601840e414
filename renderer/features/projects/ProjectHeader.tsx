// The top of a project's page: its name, kind and status, then where, when and who.
import type { ReactNode } from 'react';
import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendar, IconMapPin, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { isolate } from '../../lib/bidi.ts';
import type { ProjectDetail } from '../../../shared/contract/projects.ts';
import { ProjectStatusBadge } from './ProjectStatusBadge.tsx';
import { ProjectActions } from './ProjectActions.tsx';

export function ProjectHeader({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const dates = p.startDate || p.plannedEndDate ? t('page.dates', { start: p.startDate ? f.date(p.startDate) : '…', end: p.plannedEndDate ? f.date(p.plannedEndDate) : '…' }) : null;
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={6}>
        <Group gap="sm">
          <Title order={2} dir="auto" data-testid="project-title">
            {p.name}
          </Title>
          <Badge variant="outline" color="gray" style={{ textTransform: 'none' }} data-testid="project-kind-badge">
            {t(`kind.${p.kind}`)}
          </Badge>
          <ProjectStatusBadge status={p.status} stalled={p.housing?.stalled ?? null} size="md" />
        </Group>
        <Group gap="lg">
          {p.city && <Meta icon={<IconMapPin size={14} />} text={p.city} />}
          {dates && <Meta icon={<IconCalendar size={14} />} text={dates} testId="project-dates" />}
          {p.managerName && <Meta icon={<IconUser size={14} />} text={t('page.manager', { name: isolate(p.managerName) })} />}
        </Group>
        {p.description && (
          <Text size="sm" c="dimmed" dir="auto" maw={760} style={{ whiteSpace: 'pre-wrap' }}>
            {p.description}
          </Text>
        )}
      </Stack>
      <ProjectActions project={p} />
    </Group>
  );
}

function Meta({ icon, text, testId }: { icon: ReactNode; text: string; testId?: string }) {
  return (
    <Group gap={4} c="dimmed" wrap="nowrap">
      {icon}
      <Text size="sm" dir="auto" data-testid={testId}>
        {text}
      </Text>
    </Group>
  );
}

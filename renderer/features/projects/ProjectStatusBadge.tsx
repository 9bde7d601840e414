// A project's status as a coloured badge. A housing build found stalled (a stage overdue past
// the centre's setting) shows a red "stalled N days" badge whatever status it was given, since
// that is what a manager has to act on.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ProjectRow, ProjectStatus } from '../../../shared/contract/projects.ts';

const COLORS: Record<ProjectStatus, string> = {
  planned: 'gray',
  inProgress: 'blue',
  stalled: 'red',
  finished: 'teal',
  handedOver: 'green',
  cancelled: 'dark',
};

interface Props {
  status: ProjectStatus;
  stalled: ProjectRow['stalled'];
  size?: 'sm' | 'md' | 'lg';
}

export function ProjectStatusBadge({ status, stalled, size = 'sm' }: Props) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  if (stalled) {
    const why = stalled.waitingFor ? t('stalled.waitingFor', { what: t(`waitingFor.${stalled.waitingFor}`) }) : t('stalled.noReason');
    return (
      <Tooltip label={`${t(`stage.${stalled.stage}`)} · ${why}`} withArrow>
        <Badge size={size} color="red" variant="filled" miw="max-content" data-testid="project-stalled-badge" data-days={stalled.days}>
          {t('stalled.badge', { n: f.number(stalled.days) })}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge size={size} color={COLORS[status]} variant="light" miw="max-content" data-testid="project-status" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

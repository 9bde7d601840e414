// A housing build: who it is for, the land, the overall progress (weighted by stage), a red
// alert when it is stalled with what it waits for, and the stages table with its edit dialog.
import { useState } from 'react';
import { Alert, Anchor, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { DetailRow, DetailSection } from '../../components/DetailSection.tsx';
import { FIELD_ROLES, type ProjectDetail, type Stage } from '../../../shared/contract/projects.ts';
import { StageTable } from './StageTable.tsx';
import { StageModal } from './StageModal.tsx';

type Housing = NonNullable<ProjectDetail['housing']>;

export function HousingSection({ project: p, housing: h }: { project: ProjectDetail; housing: Housing }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const field = useSession().hasRole(...FIELD_ROLES) && !p.archivedAt;
  const [editing, setEditing] = useState<Stage | null>(null);

  return (
    <DetailSection title={t('housing.title')} testId="project-housing">
      {h.stalled && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('housing.stalledTitle', { n: f.number(h.stalled.days) })} data-testid="project-stalled-alert">
          {t('housing.stalledText', {
            stage: t(`stage.${h.stalled.stage}`),
            what: h.stalled.waitingFor ? t(`waitingFor.${h.stalled.waitingFor}`) : t('stalled.noReason'),
          })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs">
          <DetailRow label={t('fields.household')} testId="project-household-link">
            {h.householdId && (
              <Anchor component={Link} to={`/households/${h.householdId}`} size="sm" dir="auto">
                {h.householdName ?? t('housing.household')}
              </Anchor>
            )}
          </DetailRow>
          <DetailRow label={t('fields.landStatus')}>{t(`land.${h.landStatus}`)}</DetailRow>
          <DetailRow label={t('fields.areaM2')}>{h.areaM2 === null ? null : t('housing.area', { n: f.number(h.areaM2) })}</DetailRow>
          <DetailRow label={t('fields.address')}>{h.address}</DetailRow>
        </Stack>
        <Stack gap={6}>
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('housing.progress')}
            </Text>
            <Text size="xl" fw={700} c={h.stalled ? 'red.7' : 'teal.8'} data-testid="project-percent">
              {t('percent', { n: f.number(h.percent) })}
            </Text>
          </Group>
          <Progress value={h.percent} size="xl" radius="md" color={h.stalled ? 'red' : 'teal'} aria-label={t('housing.progress')} />
          <Text size="sm" c="dimmed" data-testid="project-current-stage">
            {h.currentStage ? t('housing.current', { stage: t(`stage.${h.currentStage}`) }) : t('housing.complete')}
          </Text>
        </Stack>
      </SimpleGrid>
      <StageTable stages={h.stages} current={h.currentStage} attachments={p.attachments} onEdit={field ? setEditing : undefined} />
      <StageModal projectId={p.id} stage={editing} onClose={() => setEditing(null)} />
    </DetailSection>
  );
}

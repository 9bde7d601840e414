// The six stages of a build in building order: planned and actual dates, the estimate against
// what was spent, progress, days overdue and what it waits for, and its photos. Field roles
// edit a stage from its row.
import { ActionIcon, Badge, Group, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { STAGE_WEIGHTS } from '../../../shared/domain/housing.ts';
import type { AttachmentInfo, Stage } from '../../../shared/contract/projects.ts';
import { AttachmentThumb } from './AttachmentThumb.tsx';
import { isImage } from './upload.ts';

interface Props {
  stages: Stage[];
  current: Stage['stage'] | null;
  attachments: AttachmentInfo[];
  /** undefined when the user may not edit stages */
  onEdit?(stage: Stage): void;
}

/** Photos shown in a row; the rest are in the attachments section. */
const THUMBS = 3;

export function StageTable({ stages, current, attachments, onEdit }: Props) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const span = (from: string | null, to: string | null) => (from || to ? t('stages.span', { from: from ? f.date(from) : '…', to: to ? f.date(to) : '…' }) : '—');

  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="xs" data-testid="stage-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stages.stage')}</Table.Th>
            <Table.Th>{t('stages.planned')}</Table.Th>
            <Table.Th>{t('stages.actual')}</Table.Th>
            <Table.Th>{t('stages.cost')}</Table.Th>
            <Table.Th>{t('stages.progress')}</Table.Th>
            <Table.Th>{t('stages.late')}</Table.Th>
            <Table.Th>{t('stages.photos')}</Table.Th>
            {onEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((s) => {
            const done = s.actualEnd !== null || s.percent >= 100;
            const photos = attachments.filter((a) => a.stage === s.stage && isImage(a.mimeType));
            return (
              <Table.Tr key={s.stage} data-testid={`stage-row-${s.stage}`} data-done={done || undefined} bg={s.stage === current ? 'var(--mantine-primary-color-light)' : undefined}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {done && <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-label={t('stages.done')} />}
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {t(`stage.${s.stage}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('stages.weight', { n: f.number(STAGE_WEIGHTS[s.stage]) })}
                      </Text>
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{span(s.plannedStart, s.plannedEnd)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" data-testid="stage-actual">{span(s.actualStart, s.actualEnd)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{s.estimatedCost === null ? '—' : f.money(s.estimatedCost)}</Text>
                  {s.actualCost > 0 && (
                    <Text size="xs" c={s.estimatedCost !== null && s.actualCost > s.estimatedCost ? 'red.7' : 'dimmed'}>
                      {t('stages.spent', { amount: f.money(s.actualCost) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td miw={120}>
                  <Text size="xs" data-testid="stage-percent-value">{t('percent', { n: f.number(s.percent) })}</Text>
                  <Progress value={s.percent} size="sm" color={done ? 'teal' : s.overdueDays > 0 ? 'orange' : 'blue'} aria-hidden />
                </Table.Td>
                <Table.Td>
                  {s.overdueDays > 0 && (
                    <Badge size="sm" color="orange" variant="light" miw="max-content">
                      {t('stages.overdue', { n: f.number(s.overdueDays) })}
                    </Badge>
                  )}
                  {s.waitingFor && !done && (
                    <Text size="xs" c="dimmed">
                      {t('stalled.waitingFor', { what: t(`waitingFor.${s.waitingFor}`) })}
                    </Text>
                  )}
                  {s.overdueDays === 0 && (!s.waitingFor || done) && <Text size="sm" c="dimmed">—</Text>}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {photos.slice(0, THUMBS).map((a) => (
                      <AttachmentThumb key={a.id} attachment={a} size={36} />
                    ))}
                    {photos.length > THUMBS && <Text size="xs" c="dimmed">{t('stages.morePhotos', { n: f.number(photos.length - THUMBS) })}</Text>}
                  </Group>
                </Table.Td>
                {onEdit && (
                  <Table.Td>
                    <Tooltip label={t('stages.edit')}>
                      <ActionIcon variant="subtle" onClick={() => onEdit(s)} aria-label={t('stages.editTitle', { stage: t(`stage.${s.stage}`) })} data-testid={`stage-edit-${s.stage}`}>
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

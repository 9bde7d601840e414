// A project's photos and documents: photos as a gallery (each fetched as data, never by path),
// PDFs as downloads; field roles upload and remove.
import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { invoke } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { saveFilePayload } from '../../lib/files.ts';
import { useFormat } from '../../lib/format.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { DetailSection } from '../../components/DetailSection.tsx';
import { FIELD_ROLES, type AttachmentInfo, type ProjectDetail } from '../../../shared/contract/projects.ts';
import { useProjectMutation } from './queries.ts';
import { AttachmentThumb } from './AttachmentThumb.tsx';
import { UploadModal } from './UploadModal.tsx';
import { isImage } from './upload.ts';

export function AttachmentsSection({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const field = useSession().hasRole(...FIELD_ROLES) && !p.archivedAt;
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<AttachmentInfo | null>(null);
  const remove = useProjectMutation('attachments.remove');
  const photos = p.attachments.filter((a) => isImage(a.mimeType));
  const docs = p.attachments.filter((a) => !isImage(a.mimeType));
  const failed = (e: unknown) => notifications.show({ color: 'red', message: errorText(e, t) });
  const download = (a: AttachmentInfo) => invoke('attachments.get', { id: a.id }).then(saveFilePayload, failed);
  const removeButton = (a: AttachmentInfo) =>
    field && (
      <Tooltip label={t('attachments.remove')}>
        <ActionIcon variant="subtle" color="red" size="sm" onClick={() => setRemoving(a)} aria-label={t('attachments.remove')} data-testid="attachment-remove">
          <IconTrash size={14} />
        </ActionIcon>
      </Tooltip>
    );

  return (
    <DetailSection
      title={t('attachments.title')}
      testId="project-attachments"
      action={
        field && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)} data-testid="attachment-add">
            {t('attachments.add')}
          </Button>
        )
      }
    >
      {p.attachments.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attachments.none')}
        </Text>
      )}
      {photos.length > 0 && (
        <SimpleGrid cols={{ base: 2, xs: 3, sm: 4, md: 6 }} spacing="sm">
          {photos.map((a) => (
            <Stack key={a.id} gap={4} data-testid="attachment-photo">
              <AttachmentThumb attachment={a} size={150} />
              <Group gap={4} justify="space-between" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  {a.stage && (
                    <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                      {t(`stage.${a.stage}`)}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed" dir="auto" lineClamp={1}>
                    {a.caption ?? f.date(a.createdAt)}
                  </Text>
                </Stack>
                {removeButton(a)}
              </Group>
            </Stack>
          ))}
        </SimpleGrid>
      )}
      {docs.map((a) => (
        <Group key={a.id} gap="xs" data-testid="attachment-doc" wrap="nowrap">
          <IconFileTypePdf size={18} />
          <Anchor component="button" type="button" size="sm" dir="auto" onClick={() => void download(a)}>
            {a.caption ?? a.fileName}
          </Anchor>
          {a.stage && (
            <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
              {t(`stage.${a.stage}`)}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('attachments.size', { kb: f.number(Math.max(1, Math.round(a.sizeBytes / 1024))) })} · {f.date(a.createdAt)}
          </Text>
          {removeButton(a)}
        </Group>
      ))}
      <UploadModal projectId={p.id} housing={p.kind === 'housing'} opened={adding} onClose={() => setAdding(false)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('attachments.removeTitle')}
        confirmLabel={t('attachments.remove')}
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        data-testid="attachment-remove-confirm"
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null), onError: failed })}
      >
        <Text size="sm" dir="auto">
          {removing?.caption ?? removing?.fileName}
        </Text>
      </ConfirmModal>
    </DetailSection>
  );
}

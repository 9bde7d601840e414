// One photo of a project, fetched through attachments.get and shown as a data: URL (the
// renderer never sees a path on disk). A click opens it large.
import { useState } from 'react';
import { Image, Modal, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/contract/projects.ts';
import { useAttachmentData } from './queries.ts';

export function AttachmentThumb({ attachment: a, size }: { attachment: AttachmentInfo; size: number }) {
  const { t } = useTranslation('projects');
  const data = useAttachmentData(a.id);
  const [open, setOpen] = useState(false);
  const src = data.data ? `data:${data.data.mimeType};base64,${data.data.base64}` : null;
  const alt = a.caption ?? a.fileName;

  if (data.isError) {
    return (
      <Text size="xs" c="red" w={size}>
        {t('attachments.loadFailed')}
      </Text>
    );
  }
  if (!src) return <Skeleton w={size} h={size} radius="sm" />;
  return (
    <>
      <UnstyledButton onClick={() => setOpen(true)} aria-label={t('attachments.open', { name: alt })} data-testid="attachment-thumb">
        <Image src={src} alt={alt} w={size} h={size} fit="cover" radius="sm" />
      </UnstyledButton>
      <Modal opened={open} onClose={() => setOpen(false)} size="xl" title={alt} centered>
        <Image src={src} alt={alt} fit="contain" mah="75vh" />
      </Modal>
    </>
  );
}

// Restore (administrators only): from an automatic backup or from a file the user saved. Both
// replace all data after a confirmation; the main process takes a safety backup first and ends
// every session, so the window returns to sign-in.
import { useRef, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload, IconRestore } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { readFileAsBase64 } from '../../lib/files.ts';
import { isolate } from '../../lib/bidi.ts';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { BackupList } from './BackupList.tsx';
import { Section } from './Section.tsx';
import { FileName } from './FileName.tsx';

type Pending = { kind: 'automatic'; fileName: string } | { kind: 'file'; file: File };

export function RestoreSection() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const backups = useQuery({ queryKey: ['backup.list'], queryFn: () => invoke('backup.list', {}) });

  async function restore(p: Pending) {
    setBusy(true);
    try {
      const input = p.kind === 'automatic' ? { fileName: p.fileName } : { base64: await readFileAsBase64(p.file) };
      const r = await invoke('backup.restore', input);
      setPending(null);
      notifications.show({
        color: 'teal',
        autoClose: 12_000,
        title: t('restore.done'),
        message: (
          <>
            {t('restore.safety')} <FileName name={r.safetyBackup} />
          </>
        ),
      });
      queryClient.clear();
      session.sessionEnded();
    } catch (err) {
      setPending(null);
      notifications.show({ color: 'red', autoClose: 12_000, message: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('restore.title')} description={t('restore.description')} icon={<IconRestore size={20} />} data-testid="settings-restore-section">
      <Text fw={600} size="sm">
        {t('restore.automatic')}
      </Text>
      <BackupList query={backups} onRestore={(fileName) => setPending({ kind: 'automatic', fileName })} />
      <Group gap="sm">
        <input
          ref={fileInput}
          type="file"
          accept=".sqlite,.db"
          hidden
          data-testid="restore-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) setPending({ kind: 'file', file });
          }}
        />
        <Button variant="default" leftSection={<IconFileUpload size={18} />} onClick={() => fileInput.current?.click()} data-testid="restore-from-file">
          {t('restore.fromFile')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('restore.fromFileHint')}
        </Text>
      </Group>
      <ConfirmModal
        opened={pending !== null}
        title={t('restore.confirmTitle')}
        confirmLabel={t('restore.confirmYes')}
        loading={busy}
        onClose={() => !busy && setPending(null)}
        onConfirm={() => pending && void restore(pending)}
        data-testid="restore-confirm"
      >
        <Text>{t('restore.confirmBody', { source: isolate(pending?.kind === 'file' ? pending.file.name : (pending?.fileName ?? '')) })}</Text>
        <Text fw={600}>{t('restore.confirmSignOut')}</Text>
      </ConfirmModal>
    </Section>
  );
}

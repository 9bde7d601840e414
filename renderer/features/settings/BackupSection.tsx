// Download a full backup (managers and administrators): the main process makes a consistent
// copy; the renderer hands it to the user as a file to save.
import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { saveFilePayload } from '../../lib/files.ts';
import { FileName } from './FileName.tsx';
import { Section } from './Section.tsx';

export function BackupSection() {
  const { t } = useTranslation('settings');
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const payload = await invoke('backup.create', {});
      saveFilePayload(payload);
      notifications.show({ color: 'teal', title: t('backup.done'), message: <FileName name={payload.fileName} /> });
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('backup.title')} description={t('backup.description')} icon={<IconDatabaseExport size={20} />} data-testid="settings-backup-section">
      <Group>
        <Button leftSection={<IconDownload size={18} />} loading={busy} onClick={() => void download()} data-testid="backup-download">
          {t('backup.download')}
        </Button>
      </Group>
    </Section>
  );
}

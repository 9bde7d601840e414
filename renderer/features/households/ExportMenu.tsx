// Export the filtered list (all pages) as XLSX or CSV; sensitive columns only for roles that
// may see them (the main process decides).
import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { saveFilePayload } from '../../lib/files.ts';
import { invoke } from '../../api/client.ts';
import { toFilterInput, type ListState } from './listParams.ts';

export function ExportMenu({ state }: { state: ListState }) {
  const { t } = useTranslation('households');
  const [busy, setBusy] = useState(false);

  async function run(format: 'xlsx' | 'csv') {
    setBusy(true);
    try {
      saveFilePayload(await invoke('households.export', { ...toFilterInput(state), format }));
    } catch (err) {
      notifications.show({ color: 'red', title: t('list.exportFailed'), message: errorText(err, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy} data-testid="household-export">
          {t('list.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('xlsx')} data-testid="household-export-xlsx">
          {t('list.exportXlsx')}
        </Menu.Item>
        <Menu.Item onClick={() => void run('csv')} data-testid="household-export-csv">
          {t('list.exportCsv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

// The automatic backups kept in the data folder, newest first, each with a restore button.
import { Alert, Button, Loader, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract/backup.ts';
import { errorText } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';

export function BackupList({ query, onRestore }: { query: UseQueryResult<BackupInfo[]>; onRestore(fileName: string): void }) {
  const { t } = useTranslation('settings');
  const fmt = useFormat();

  if (query.isPending) return <Loader size="sm" />;
  if (query.isError) return <Alert color="red">{errorText(query.error, t)}</Alert>;
  if (query.data.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="backup-list-empty">
        {t('restore.none')}
      </Text>
    );
  }

  function reason(r: string): string {
    const m = /^before-migration-(\d+)$/.exec(r);
    if (m) return t('restore.reasons.migration', { version: fmt.digits(m[1]) });
    return t(`restore.reasons.${r}`, { defaultValue: r });
  }
  function size(bytes: number): string {
    if (bytes < 1024 * 1024) return t('restore.sizeKb', { n: fmt.number(Math.max(1, Math.round(bytes / 1024))) });
    return t('restore.sizeMb', { n: fmt.number(Math.round((bytes / 1024 / 1024) * 10) / 10) });
  }

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="backup-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('restore.when')}</Table.Th>
            <Table.Th>{t('restore.reason')}</Table.Th>
            <Table.Th>{t('restore.size')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {query.data.map((b) => (
            <Table.Tr key={b.fileName} data-testid="backup-row">
              <Table.Td title={b.fileName}>{fmt.dateTime(b.createdAt)}</Table.Td>
              <Table.Td>{reason(b.reason)}</Table.Td>
              <Table.Td>{size(b.sizeBytes)}</Table.Td>
              <Table.Td ta="end">
                <Button size="xs" variant="light" color="orange" onClick={() => onRestore(b.fileName)} data-testid="backup-restore">
                  {t('restore.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

// What an import did, kept on screen until the manager picks another file; the same record is
// in the imports history below.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi.ts';
import type { ImportRecord } from '../../../shared/contract/exchange.ts';
import { ImportCounts } from './ImportCounts.tsx';

export function ImportSummary({ record, onAnother }: { record: ImportRecord; onAnother(): void }) {
  const { t } = useTranslation('exchange');
  const c = record.counts;
  const nothing = c.new === 0 && c.newer === 0 && (record.scope === 'report' ? c.figures === 0 : true);
  return (
    <Stack gap="sm" data-testid="import-summary">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('summary.title', { name: isolate(record.senderName) })}>
        <Text size="sm">{record.scope === 'bank' && nothing ? t('summary.nothingNew') : t(`summary.done.${record.scope}`)}</Text>
        {record.backupFile && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('summary.backup', { file: isolate(record.backupFile) })}
          </Text>
        )}
      </Alert>
      <ImportCounts counts={c} scope={record.scope} testId="summary-count" />
      <Group>
        <Button variant="light" onClick={onAnother} data-testid="import-another">
          {t('summary.another')}
        </Button>
      </Group>
    </Stack>
  );
}

// What the picked file holds, before anything is sent: its name and number of rows, the columns
// that were not recognised (ignored, so the user knows a misspelt one is lost), and under the
// "first rows" title the feature's table and problems (PreviewTable, ProblemsAlert).
import type { ReactNode } from 'react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { isolate } from '../../lib/bidi.ts';
import type { ImportScreen } from './types.ts';

interface Props {
  screen: ImportScreen;
  fileName: string;
  rowCount: number;
  unknownColumns: readonly string[];
  children: ReactNode;
}

export function CsvPreview({ screen, fileName, rowCount, unknownColumns, children }: Props) {
  const { t } = useTranslation(screen.ns);
  const f = useFormat();
  return (
    <Stack gap="sm" data-testid={screen.testIds.preview}>
      <Text size="sm">
        {t('import.fileName', { name: isolate(fileName) })} — <b>{t('import.rowCount', { count: rowCount, n: f.number(rowCount) })}</b>
      </Text>
      {unknownColumns.length > 0 && (
        <Alert color="yellow" variant="light">
          {t('import.unknownColumns', { columns: unknownColumns.join(t('import.listSeparator')) })}
        </Alert>
      )}
      <Title order={5}>{t('import.previewTitle')}</Title>
      {children}
    </Stack>
  );
}

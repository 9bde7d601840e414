// An import screen's first step: pick a CSV file or an Excel workbook (.xlsx, its first sheet),
// or download an empty template whose column names (Persian, with a BOM so Excel shows them) the
// import understands; under them the columns it reads, and why the last file picked could not
// be used.
import { useRef } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { saveFilePayload } from '../../lib/files.ts';
import { templatePayload } from './csvTemplate.ts';
import { useImportVocabularies } from './useImportVocabularies.ts';
import type { ImportScreen } from './types.ts';

// by extension and by type: some systems name one and not the other
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  screen: ImportScreen;
  /** the columns the import reads, in the template's order */
  columns: readonly string[];
  picked: boolean;
  disabled: boolean;
  /** a picked workbook is being read (by the main process): the button waits */
  reading?: boolean;
  error: string | null;
  /** more values for the screen's "import.columnsHint" sentence than the column names */
  hintParams?: Record<string, string>;
  onFile(file: File): void;
}

export function CsvFilePicker({ screen, columns, picked, disabled, reading, error, hintParams, onFile }: Props) {
  const { t } = useTranslation(screen.ns);
  const persian = useImportVocabularies<{ headers: Record<string, string[] | undefined> }>(screen.ns).fa;
  const input = useRef<HTMLInputElement>(null);
  const columnNames = columns.map((c) => t(`import.headers.${c}.0`)).join(t('import.listSeparator'));

  // the template's column names are the Persian ones (each column's first name), whatever the
  // screen's language: the centre's files are Persian
  const downloadTemplate = () => saveFilePayload(templatePayload(columns.map((c) => persian.headers[c]?.[0] ?? c), t('import.templateFile')));

  return (
    <>
      <Group gap="sm">
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid={screen.testIds.fileInput}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // cleared so that picking the same (fixed) file again fires onChange again
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
        <Button leftSection={<IconFileSpreadsheet size={16} />} disabled={disabled} loading={reading} onClick={() => input.current?.click()}>
          {picked ? t('import.pickAgain') : t('import.pick')}
        </Button>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={downloadTemplate} data-testid={screen.testIds.template}>
          {t('import.template')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('import.columnsHint', { ...hintParams, columns: columnNames })}
      </Text>
      {error && (
        <Alert color="red" data-testid={screen.testIds.fileError}>
          {error}
        </Alert>
      )}
    </>
  );
}

// The import page's first step: pick a CSV file, or download an empty template whose column
// names (Persian, with a BOM so Excel shows them) the import understands.
import { useRef } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { saveFilePayload } from '../../lib/files.ts';
import { IMPORT_COLUMNS, templatePayload, type ImportVocabulary } from './importCsv.ts';

interface Props {
  picked: boolean;
  disabled: boolean;
  /** the Persian vocabulary: the template's column names are its first name per column */
  persian: ImportVocabulary;
  onFile(file: File): void;
}

export function ImportFilePicker({ picked, disabled, persian, onFile }: Props) {
  const { t } = useTranslation('donors');
  const input = useRef<HTMLInputElement>(null);
  const columns = IMPORT_COLUMNS.map((c) => t(`import.headers.${c}.0`)).join(t('import.listSeparator'));

  const downloadTemplate = () =>
    saveFilePayload(templatePayload(IMPORT_COLUMNS.map((c) => persian.headers[c][0] ?? c), t('import.templateFile')));

  return (
    <>
      <Group gap="sm">
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="import-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            // cleared so that picking the same (fixed) file again fires onChange again
            e.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
        <Button leftSection={<IconFileSpreadsheet size={16} />} disabled={disabled} onClick={() => input.current?.click()}>
          {picked ? t('import.pickAgain') : t('import.pick')}
        </Button>
        <Button variant="default" leftSection={<IconDownload size={16} />} onClick={downloadTemplate} data-testid="import-template">
          {t('import.template')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('import.columnsHint', { columns })}
      </Text>
    </>
  );
}

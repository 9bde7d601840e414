// What the picked file holds, before anything is sent: how many rows, the first few, and every
// row the contract's check refuses (by spreadsheet row number, with the reasons).
import { Alert, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ImportColumn, ParsedRow, RowProblem } from './importCsv.ts';
import { isolate } from './bidi.ts';

const PREVIEW_ROWS = 5;
const SHOWN_PROBLEMS = 100;

interface Props {
  fileName: string;
  rows: readonly ParsedRow[];
  columns: readonly ImportColumn[];
  unknownColumns: readonly string[];
  problems: readonly RowProblem[];
}

function cellText(row: ParsedRow, col: ImportColumn, kindLabel: (k: string) => string): string {
  const d = row.donor;
  if (col === 'tags') return (d.tags ?? []).join('\u060C '); // Persian comma
  if (col === 'kind') return kindLabel(d.kind);
  return d[col] ?? '';
}

export function ImportPreview({ fileName, rows, columns, unknownColumns, problems }: Props) {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const kindLabel = (k: string) => (k === 'person' || k === 'organisation' ? t(`kind.${k}`) : k);
  const fieldLabel = (field: string, kind: string) => t(`fields.${field === 'nationalId' && kind === 'organisation' ? 'legalId' : field}`, { defaultValue: field });
  const idLength = problems.some((p) => p.errors.nationalId !== undefined && p.kind === 'person');

  return (
    <Stack gap="sm" data-testid="import-preview">
      <Text size="sm">
        {t('import.fileName', { name: isolate(fileName) })} — <b>{t('import.rowCount', { count: rows.length, n: f.number(rows.length) })}</b>
      </Text>
      {unknownColumns.length > 0 && (
        <Alert color="yellow" variant="light">
          {t('import.unknownColumns', { columns: unknownColumns.join(t('import.listSeparator')) })}
        </Alert>
      )}
      <Title order={5}>{t('import.previewTitle')}</Title>
      <ScrollArea type="auto">
        <Table striped withTableBorder fz="sm" miw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.row')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c}>{t(`fields.${c}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, PREVIEW_ROWS).map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td>{f.digits(row.line)}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c} dir="auto">
                    {cellText(row, c, kindLabel)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>

      {problems.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
          {t('import.allValid')}
        </Alert>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('import.errorsTitle', { count: problems.length, n: f.number(problems.length) })} data-testid="import-errors">
          <Stack gap="xs">
            <Text size="sm">{t('import.errorsHint')}</Text>
            {idLength && <Text size="sm">{t('import.leadingZeroHint')}</Text>}
            <List size="sm" spacing={4}>
              {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <List.Item key={p.line} data-testid="import-error-row">
                  <b>
                    {t('import.row')} {f.digits(p.line)}:
                  </b>{' '}
                  {Object.entries(p.errors)
                    .map(([field, message]) => `${fieldLabel(field, p.kind)}: ${message}`)
                    .join(t('import.problemSeparator'))}
                </List.Item>
              ))}
            </List>
            {problems.length > SHOWN_PROBLEMS && (
              <Text size="sm">{t('import.moreErrors', { count: problems.length - SHOWN_PROBLEMS, n: f.number(problems.length - SHOWN_PROBLEMS) })}</Text>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

// What the picked payments file holds, before anything is recorded: how many rows, the first
// few, and every row with a problem (by spreadsheet row number, each column's reason) — those
// the contract's schema finds here, then those the main process finds in its dry run.
import { Alert, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { isolate } from './bidi.ts';
import type { PaymentFileRow, PaymentImportColumn, RowProblem } from './paymentImportCsv.ts';

const PREVIEW_ROWS = 5;
const SHOWN_PROBLEMS = 100;

interface Props {
  fileName: string;
  rows: readonly PaymentFileRow[];
  columns: readonly PaymentImportColumn[];
  unknownColumns: readonly string[];
  /** null while the rows are not checked yet */
  problems: readonly RowProblem[] | null;
}

export function PaymentImportPreview({ fileName, rows, columns, unknownColumns, problems }: Props) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const label = (col: string) => t(`import.headers.${col}.0`, { defaultValue: t(`errors:fields.${col}`, { defaultValue: col }) });

  // As read, in the language's digits: dates and amounts as the import understood them, numbers
  // (IDs, card, cheque) with their digits; words as typed.
  const cellText = (row: PaymentFileRow, col: PaymentImportColumn): string => {
    const cell = row.cells[col];
    if (cell === '') return col === 'donor' ? t('import.anonymous') : '';
    if (col === 'amount' && !row.cellProblems.amount) return f.number(row.payment.amount);
    if (col === 'date' && !row.cellProblems.date) return f.date(row.payment.date);
    if (col === 'chequeDueDate' && !row.cellProblems.chequeDueDate && row.payment.chequeDueDate) return f.date(row.payment.chequeDueDate);
    if (col === 'donor' || col === 'cardLast4' || col === 'trackingNo' || col === 'chequeNo') return f.digits(cell);
    return cell;
  };

  return (
    <Stack gap="sm" data-testid="payment-import-preview">
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
                <Table.Th key={c}>{label(c)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, PREVIEW_ROWS).map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td>{f.digits(row.line)}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c} dir="auto" style={{ whiteSpace: 'nowrap' }}>
                    {cellText(row, c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>

      {problems === null ? null : problems.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="payment-import-valid">
          {t('import.allValid')}
        </Alert>
      ) : (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('import.errorsTitle', { count: problems.length, n: f.number(problems.length) })}
          data-testid="payment-import-errors"
        >
          <Stack gap="xs">
            <Text size="sm">{t('import.errorsHint')}</Text>
            <List size="sm" spacing={4}>
              {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                <List.Item key={p.line} data-testid="payment-import-error-row">
                  <b>
                    {t('import.row')} {f.digits(p.line)}:
                  </b>{' '}
                  {Object.entries(p.errors)
                    .map(([col, message]) => `${label(col)}: ${message}`)
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

// The file's first rows as the import read them, each under its spreadsheet row number, so the
// user sees that the columns were understood before anything is sent.
import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

const PREVIEW_ROWS = 5;

interface Props<R extends { line: number }, C extends string> {
  ns: string;
  rows: readonly R[];
  columns: readonly C[];
  label(col: C): string;
  cell(row: R, col: C): string;
  /** cells kept on one line (dates and amounts that would break badly) */
  nowrap?: boolean;
}

export function PreviewTable<R extends { line: number }, C extends string>({ ns, rows, columns, label, cell, nowrap }: Props<R, C>) {
  const { t } = useTranslation(ns);
  const f = useFormat();
  return (
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
                <Table.Td key={c} dir="auto" style={nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                  {cell(row, c)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

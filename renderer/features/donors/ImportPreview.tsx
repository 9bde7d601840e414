// What the picked donors file holds, in the shared preview (components/fileImport): the first
// rows under the donor form's field names, the kind in words, and every row the contract's check
// refuses, an organisation's ID named as a legal ID; with a hint when national IDs look cut short.
import { useTranslation } from 'react-i18next';
import { CsvPreview } from '../../components/fileImport/CsvPreview.tsx';
import { PreviewTable } from '../../components/fileImport/PreviewTable.tsx';
import { ProblemsAlert } from '../../components/fileImport/ProblemsAlert.tsx';
import type { ImportColumn, ParsedRow, RowProblem } from './importCsv.ts';
import { DONOR_IMPORT } from './donorImportScreen.ts';

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
  const kindLabel = (k: string) => (k === 'person' || k === 'organisation' ? t(`kind.${k}`) : k);
  const fieldLabel = (field: string, p: RowProblem) => t(`fields.${field === 'nationalId' && p.kind === 'organisation' ? 'legalId' : field}`, { defaultValue: field });
  // a spreadsheet that took national IDs for numbers dropped their leading zero
  const idLength = problems.some((p) => p.errors.nationalId !== undefined && p.kind === 'person');

  return (
    <CsvPreview screen={DONOR_IMPORT} fileName={fileName} rowCount={rows.length} unknownColumns={unknownColumns}>
      <PreviewTable ns={DONOR_IMPORT.ns} rows={rows} columns={columns} label={(c) => t(`fields.${c}`)} cell={(row, c) => cellText(row, c, kindLabel)} />
      <ProblemsAlert screen={DONOR_IMPORT} problems={problems} fieldLabel={fieldLabel} hint={idLength ? t('import.leadingZeroHint') : null} />
    </CsvPreview>
  );
}

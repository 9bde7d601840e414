// What the picked payments file holds, in the shared preview (components/fileImport): the first
// rows as the import read them, and every row with a problem (by spreadsheet row number, each
// column's reason) — those the contract's schema finds here, then those the main process finds
// in its dry run.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { CsvPreview } from '../../components/fileImport/CsvPreview.tsx';
import { PreviewTable } from '../../components/fileImport/PreviewTable.tsx';
import { ProblemsAlert } from '../../components/fileImport/ProblemsAlert.tsx';
import type { RowProblem } from '../../components/fileImport/types.ts';
import type { PaymentFileRow, PaymentImportColumn } from './paymentImportCsv.ts';
import { PAYMENT_IMPORT } from './paymentImportScreen.ts';

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
    if (cell === '') return col === 'donor' ? t('import.anonymous') : col === 'project' ? t('import.generalFund') : '';
    if (col === 'amount' && !row.cellProblems.amount) return f.number(row.payment.amount);
    if (col === 'date' && !row.cellProblems.date) return f.date(row.payment.date);
    if (col === 'chequeDueDate' && !row.cellProblems.chequeDueDate && row.payment.chequeDueDate) return f.date(row.payment.chequeDueDate);
    if (col === 'donor' || col === 'cardLast4' || col === 'trackingNo' || col === 'chequeNo') return f.digits(cell);
    return cell;
  };

  return (
    <CsvPreview screen={PAYMENT_IMPORT} fileName={fileName} rowCount={rows.length} unknownColumns={unknownColumns}>
      <PreviewTable ns={PAYMENT_IMPORT.ns} rows={rows} columns={columns} label={label} cell={cellText} nowrap />
      <ProblemsAlert screen={PAYMENT_IMPORT} problems={problems} fieldLabel={label} />
    </CsvPreview>
  );
}

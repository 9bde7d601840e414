// Reading a centre's payments file (a CSV in UTF-8, or an Excel sheet the main process turned
// into the same rows of text, its date cells as Jalali dates) for the import page: the shared
// reader (components/fileImport/csvTable.ts) matches the header row against the column names the
// locale files list (Persian and English, see locales/*/treasury.json "import.headers"); here
// each row becomes the contract's import row — the Jalali date converted to ISO, the amount read
// as rials, the method word mapped, the donor's national ID or mobile passed as `donorRef`, the
// project's name as `projectRef` — and is checked locally with the contract's own schema before
// anything is sent. The checks only the database can make (donor known, date not in the future
// ...) come from a dry run of `payments.import`.
import type { TFunction } from 'i18next';
import { parseJalali } from '../../../shared/domain/jalali.ts';
import { parseMoney } from '../../../shared/domain/money.ts';
import { paymentImportRow, paymentMethod, type PaymentImportRowInput, type PaymentMethod } from '../../../shared/contract/payments.ts';
import { issueToKey } from '../../../shared/validation/issues.ts';
import { matchKey, readTable, wordLookup } from '../../components/fileImport/csvTable.ts';
import type { RowProblem } from '../../components/fileImport/types.ts';

export const PAYMENT_IMPORT_COLUMNS = [
  'date', 'donor', 'amount', 'project', 'method', 'cardLast4', 'trackingNo', 'chequeNo', 'chequeBank', 'chequeDueDate', 'inKindDescription', 'notes',
] as const;
export type PaymentImportColumn = (typeof PAYMENT_IMPORT_COLUMNS)[number];

/** Column names and method words per language, from the locale files. */
export interface PaymentImportVocabulary {
  headers: Record<PaymentImportColumn, string[]>;
  methodValues: Record<PaymentMethod, string[]>;
}

/** A problem found while reading a cell (before the schema sees the row): a catalogue key of the
 *  treasury namespace ("import.badDate") or of the errors catalogue ("errors:v.money.format"). */
interface CellProblem {
  key: string;
  params?: Record<string, string>;
}

export interface PaymentFileRow {
  /** the row's number in the spreadsheet (the header is row 1) */
  line: number;
  /** the cells as typed, per recognised column */
  cells: Record<PaymentImportColumn, string>;
  payment: PaymentImportRowInput;
  /** cells that could not be read (a date or an amount that is not one) */
  cellProblems: Partial<Record<PaymentImportColumn, CellProblem>>;
}

export type ReadResult =
  | { ok: true; rows: PaymentFileRow[]; columns: PaymentImportColumn[]; unknownColumns: string[] }
  | { ok: false; reason: 'empty' | 'noColumns' };

/** A Jalali date cell → ISO; '' stays '' (the schema then says what is missing). */
function readDate(cell: string): { iso: string } | { problem: CellProblem } {
  if (cell === '') return { iso: '' };
  const r = parseJalali(cell);
  return r.ok ? { iso: r.iso } : { problem: { key: 'import.badDate', params: { value: cell } } };
}

/** The file's rows (row i is the spreadsheet's row i+1) → import rows (not yet validated). */
export function readPaymentRows(sheet: readonly (readonly string[])[], vocabularies: readonly PaymentImportVocabulary[]): ReadResult {
  const table = readTable(sheet, PAYMENT_IMPORT_COLUMNS, vocabularies.map((v) => v.headers));
  if (!table.ok) return table;
  const methods = wordLookup(paymentMethod.options, vocabularies.map((v) => v.methodValues));
  const rows = table.records.map(({ line, cells }): PaymentFileRow => {
    const cellProblems: PaymentFileRow['cellProblems'] = {};
    const date = readDate(cells.date);
    if ('problem' in date) cellProblems.date = date.problem;
    const due = readDate(cells.chequeDueDate);
    if ('problem' in due) cellProblems.chequeDueDate = due.problem;
    const money = parseMoney(cells.amount, 'rial');
    if (!money.ok) cellProblems.amount = { key: `errors:v.money.${money.reason === 'empty' ? 'required' : money.reason === 'too_large' ? 'tooLarge' : money.reason === 'negative' ? 'positive' : money.reason === 'fraction' ? 'integer' : 'format'}` };
    // an empty method is cash (a notebook of the charity box); an unknown word is reported
    const method = cells.method === '' ? 'cash' : methods.get(matchKey(cells.method));
    if (!method) cellProblems.method = { key: 'import.badMethod', params: { value: cells.method } };
    return {
      line,
      cells,
      cellProblems,
      payment: {
        donorRef: cells.donor,
        projectRef: cells.project,
        amount: money.ok ? money.rials : 0,
        date: 'iso' in date ? date.iso : '',
        method: method ?? 'cash',
        cardLast4: cells.cardLast4,
        trackingNo: cells.trackingNo,
        chequeNo: cells.chequeNo,
        chequeBank: cells.chequeBank,
        chequeDueDate: 'iso' in due && due.iso !== '' ? due.iso : null,
        inKindDescription: cells.inKindDescription,
        notes: cells.notes,
      },
    };
  });
  return { ok: true, rows, columns: table.columns, unknownColumns: table.unknownColumns };
}

/** The column a field of the contract (or of a `payments.import` problem) was read from. */
export function columnOf(field: string): PaymentImportColumn | null {
  const name = field.replace(/^payment\./, '');
  if (name === 'donorRef' || name === 'donorId') return 'donor';
  if (name === 'projectRef' || name === 'projectId') return 'project';
  return (PAYMENT_IMPORT_COLUMNS as readonly string[]).includes(name) ? (name as PaymentImportColumn) : null;
}

/** Every row the contract's schema refuses (or whose cells could not be read), with translated
 *  messages per column; `methods` lists the method words for the message about an unknown one. */
export function checkRows(rows: readonly PaymentFileRow[], t: TFunction, methods: string): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const errors: RowProblem['errors'] = {};
    for (const [col, p] of Object.entries(row.cellProblems) as [PaymentImportColumn, CellProblem][]) {
      errors[col] = t(p.key, { ...p.params, methods });
    }
    const parsed = paymentImportRow.safeParse(row.payment);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const col = columnOf(String(issue.path[0] ?? ''));
        if (col === null || errors[col] !== undefined) continue;
        const { key: k, params } = issueToKey(issue);
        errors[col] = t(`errors:${k}`, params ?? {});
      }
    }
    if (Object.keys(errors).length > 0) problems.push({ line: row.line, errors });
  }
  return problems;
}

// The neutral table model every report is built into. Report modules (donorStatement.ts,
// overduePledges.ts, collections.ts, dailyCash.ts) only fill this in; one renderer per format
// (pdfTable.ts, xlsx.ts, csv.ts) turns any model into a file. Values stay raw: money as integer
// rials, dates as ISO, counts as integers; each renderer formats them its own way.
import type { MoneyUnit } from '../../shared/domain/money.ts';
import type { CentreHeading } from './layout.ts';

export type ColumnKind = 'text' | 'money' | 'date' | 'number';

export interface Column {
  key: string;
  /** without unit: renderers add «(ریال)»/«(تومان)» to money columns */
  label: string;
  kind: ColumnKind;
  /** PDF: keep on one line (names, phone numbers, receipt numbers) */
  nowrap?: boolean;
}

/** text: string; money: integer rials; date: ISO 'YYYY-MM-DD'; number: integer. null: blank. */
export type CellValue = string | number | null;

export interface Row {
  cells: Record<string, CellValue>;
  /** listed for the record, not counted: struck through in PDF */
  voided?: boolean;
}

export interface Totals {
  label: string;
  cells: Record<string, CellValue>;
}

export interface TableSection {
  title?: string;
  note?: string;
  columns: Column[];
  rows: Row[];
  /** the bold last row; its sums come from SQL, never from adding up the rows here */
  totals?: Totals | null;
}

export interface ReportModel {
  title: string;
  subtitle: string[];
  /** Persian worksheet name (at most 31 characters, none of []:*?/\) */
  sheetName: string;
  /** file name without extension, ASCII: 'daily-cash-1405-09-03' */
  fileBase: string;
  landscape?: boolean;
  sections: TableSection[];
}

/** What every renderer needs besides the model. */
export interface RenderContext {
  centre: CentreHeading;
  /** the centre's display unit for printed money (exports are always integer rials) */
  unit: MoneyUnit;
  /** ISO date the document is produced on (Tehran) */
  today: string;
}

/** A column of an exported sheet (XLSX, CSV): every date column becomes two, the Jalali date as
 *  text and the ISO date beside it, so a spreadsheet can both show and sort. */
export interface ExportColumn {
  key: string;
  header: string;
  kind: 'text' | 'money' | 'number' | 'jalali' | 'iso';
}

export function exportColumns(columns: Column[], labels: { moneyUnit: string; isoSuffix: string }): ExportColumn[] {
  return columns.flatMap((c): ExportColumn[] => {
    if (c.kind === 'date') {
      return [
        { key: c.key, header: c.label, kind: 'jalali' },
        { key: c.key, header: `${c.label} ${labels.isoSuffix}`, kind: 'iso' },
      ];
    }
    if (c.kind === 'money') return [{ key: c.key, header: `${c.label} (${labels.moneyUnit})`, kind: 'money' }];
    return [{ key: c.key, header: c.label, kind: c.kind }];
  });
}

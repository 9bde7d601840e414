// Any report model as an Excel workbook: one right-to-left sheet with a Persian name, the
// report's heading lines, then each section (title, header row, rows, bold totals row). Money is
// a real number of rials with a #,##0 format; every date is two columns, the Jalali date as text
// and the ISO date; voided rows are struck through and say so in their status column.
// exceljs is loaded on the first export, not at start-up (it costs ~200 ms to import).
import type ExcelJS from 'exceljs';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { L, UNIT_LABELS } from './labels.ts';
import { exportColumns, type CellValue, type ExportColumn, type RenderContext, type ReportModel } from './model.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3EFEB' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD4E8E1' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFB9C4C0' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

function exportValue(col: ExportColumn, v: CellValue): string | number | null {
  if (v === null || v === '') return null;
  switch (col.kind) {
    case 'money':
    case 'number':
      return Number(v);
    case 'jalali':
      return formatJalali(String(v)); // Persian digits: the column people read
    case 'iso':
      return String(v);
    case 'text':
      return String(v);
  }
}

export async function reportXlsx(model: ReportModel, ctx: RenderContext): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Hamyar';
  wb.created = new Date(`${ctx.today}T00:00:00Z`);
  const ws = wb.addWorksheet(safeSheetName(model.sheetName), { views: [{ rightToLeft: true }] });
  const widths: number[] = [];
  const measure = (i: number, v: unknown) => {
    const len = v === null || v === undefined ? 0 : String(v).length;
    widths[i] = Math.max(widths[i] ?? 8, Math.min(len + 2, 48));
  };

  ws.addRow([ctx.centre.name]).font = { bold: true, size: 12 };
  ws.addRow([model.title]).font = { bold: true, size: 14 };
  for (const line of model.subtitle) ws.addRow([line]);
  ws.addRow([`${L.printedOn}: ${formatJalali(ctx.today)}`]);

  for (const section of model.sections) {
    ws.addRow([]);
    const cols = exportColumns(section.columns, { moneyUnit: UNIT_LABELS.rial, isoSuffix: L.isoSuffix });
    if (section.title) ws.addRow([section.title]).font = { bold: true, size: 12 };
    if (section.note) ws.addRow([section.note]).font = { italic: true, color: { argb: 'FF666666' } };

    const header = ws.addRow(cols.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = HEADER_FILL;
      cell.border = BOX;
    });
    cols.forEach((c, i) => measure(i, c.header));

    const style = (row: ExcelJS.Row) => {
      cols.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.border = BOX;
        if (c.kind === 'money') cell.numFmt = '#,##0';
        if (c.kind === 'number') cell.numFmt = '0';
      });
    };

    if (section.rows.length === 0) ws.addRow([L.none]).font = { italic: true };
    for (const r of section.rows) {
      const values = cols.map((c) => exportValue(c, r.cells[c.key] ?? null));
      values.forEach((v, i) => measure(i, v));
      const row = ws.addRow(values);
      style(row);
      if (r.voided) row.font = { strike: true, color: { argb: 'FF8A8A8A' } };
    }

    if (section.totals && section.rows.length > 0) {
      const totals = section.totals;
      const values = cols.map((c) => {
        const v = totals.cells[c.key];
        return v === undefined || c.kind === 'iso' ? null : exportValue(c, v);
      });
      values[0] = totals.label;
      const row = ws.addRow(values);
      style(row);
      row.font = { bold: true };
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = TOTAL_FILL;
      });
    }
  }
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

// The first worksheet of an .xlsx as rows of text, for the import screens (which read a CSV the
// same way). The row index is the spreadsheet's row number less one, so the row numbers the
// screens report are Excel's; an empty row stays as [] for that reason. exceljs is loaded on
// the first workbook, not at start-up (it costs ~200 ms to import).
import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors.ts';
import { cellText } from './cellText.ts';
import { checkWorkbookContainer } from './sheetBytes.ts';

/** The first sheet the user sees: a hidden sheet (a lookup list, say) is not the data. */
function firstSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  const sheets = wb.worksheets;
  return sheets.find((ws) => ws.state === 'visible') ?? sheets[0];
}

/** A cell under a merge other than its top-left one: Excel's CSV leaves it empty, so do we. */
const mergedAway = (cell: ExcelJS.Cell) => cell.isMerged && cell.master !== cell;

function rowsOf(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = mergedAway(cell) ? '' : cellText(cell.value, cell.numFmt);
      if (text === '') return;
      while (cells.length < col - 1) cells.push('');
      cells[col - 1] = text;
    });
    if (cells.length === 0) return; // only formatting, or formulas never calculated
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

export async function readFirstSheet(bytes: Buffer): Promise<string[][]> {
  await checkWorkbookContainer(bytes);
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // a ZIP that is not a workbook (a .docx, an .ods) or one that is damaged
    throw new AppError('BAD_FILE', 'files.notSheet');
  }
  const ws = firstSheet(wb);
  if (!ws) throw new AppError('BAD_FILE', 'files.notSheet');
  return rowsOf(ws);
}

// One cell of an imported workbook as the text the import reads. The import screens parse text
// (the same functions read a CSV), so a cell must come out as the string Excel's own
// "Save as CSV" would give for it, minus Excel's accidents: numbers in plain digits (never
// grouped, never 1.23457E+09), date cells as Jalali 'YYYY/MM/DD' (the imports read Jalali
// dates; Excel stores a Gregorian serial), a formula as the result Excel saved with it.
import type ExcelJS from 'exceljs';
import { formatJalali } from '../../../shared/domain/jalali.ts';

// 15 significant digits, Excel's own precision: 0.1+0.2 shows as 0.3 there, and here.
const FRACTION = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/** The first section of a number format without its [colour]/[$-locale] parts. */
function formatSection(numFmt: string | undefined): string {
  return (numFmt ?? '').split(';')[0]!.replace(/\[[^\]]*\]/g, '');
}

/**
 * A number in plain digits. Integers exactly as stored (String() never uses an exponent below
 * 1e21); a format of only zeros, such as 0000000000 (how a centre keeps the leading zeros of
 * national IDs stored as numbers), pads them as Excel shows them. Other formats (#,##0, percent)
 * are not applied: grouping is what a CSV would carry, and the imports read plain digits best.
 */
export function numberText(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) <= Number.MAX_SAFE_INTEGER) {
    const digits = String(n); // -0 → '0'
    const zeros = /^0+$/.exec(formatSection(numFmt));
    return zeros && n >= 0 ? digits.padStart(zeros[0].length, '0') : digits;
  }
  return FRACTION.format(n);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A date cell: exceljs gives the serial as a UTC Date. A serial below 1 is a time of day. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  if (d.getUTCFullYear() < 1900) {
    const s = d.getUTCSeconds();
    return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}${s ? `:${pad2(s)}` : ''}`;
  }
  return formatJalali(d.toISOString().slice(0, 10), { digits: 'latin' });
}

function richText(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((r) => r.text).join('');
}

/** Any cell value exceljs reads → text ('' for an empty cell or a formula never calculated). */
export function cellText(value: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'; // as Excel writes them to CSV
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return richText(value);
  // formula, shared formula, array formula: what Excel saved as its result
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue | undefined, numFmt);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue, numFmt);
  if ('error' in value) return value.error; // '#N/A' etc.: the import then says the cell is wrong
  return '';
}

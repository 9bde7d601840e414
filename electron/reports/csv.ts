// Any report model as CSV: UTF-8 with a byte-order mark (so Excel reads Persian right), CRLF
// line ends and RFC 4180 quoting. Money is a plain integer of rials; every date is two columns,
// Jalali (1405/09/03) and ISO. Sections follow one another, each with its title line, header
// line, rows and totals line, separated by an empty line.
import { formatJalali } from '../../shared/domain/jalali.ts';
import { L, UNIT_LABELS } from './labels.ts';
import { exportColumns, type CellValue, type ExportColumn, type ReportModel, type RenderContext } from './model.ts';

export const CSV_MIME = 'text/csv; charset=utf-8';
const BOM = '\uFEFF';

/** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe. */
function defuse(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function exportText(col: ExportColumn, v: CellValue): string {
  if (v === null || v === '') return '';
  switch (col.kind) {
    case 'money':
    case 'number':
      return String(Math.trunc(Number(v)));
    case 'jalali':
      return formatJalali(String(v), { digits: 'latin' });
    case 'iso':
      return String(v);
    case 'text':
      return defuse(String(v));
  }
}

export function reportCsv(model: ReportModel, ctx: RenderContext): Buffer {
  const lines: string[][] = [[ctx.centre.name], [model.title], ...model.subtitle.map((l) => [l])];
  lines.push([`${L.printedOn}: ${formatJalali(ctx.today, { digits: 'latin' })}`]);
  for (const section of model.sections) {
    lines.push([]);
    if (section.title) lines.push([section.title]);
    const cols = exportColumns(section.columns, { moneyUnit: UNIT_LABELS.rial, isoSuffix: L.isoSuffix });
    lines.push(cols.map((c) => c.header));
    for (const r of section.rows) lines.push(cols.map((c) => exportText(c, r.cells[c.key] ?? null)));
    if (section.totals && section.rows.length > 0) {
      const totals = section.totals;
      const values = cols.map((c) => {
        const v = totals.cells[c.key];
        return v === undefined || c.kind === 'iso' ? '' : exportText(c, v);
      });
      values[0] = totals.label;
      lines.push(values);
    }
  }
  const text = lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
  return Buffer.from(BOM + text, 'utf8');
}

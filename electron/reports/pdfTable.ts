// Any report model as one printable A4 HTML page: the centre's heading, title and subtitle
// lines, then each section as a table with a repeated header row and a bold totals row.
// Money in the centre's unit, dates in Jalali, all digits Persian.
import { formatMoney } from '../../shared/domain/money.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { documentHead, esc, htmlDocument, ltr } from './layout.ts';
import { L } from './labels.ts';
import type { CellValue, Column, RenderContext, ReportModel, TableSection } from './model.ts';

function cellHtml(col: Column, v: CellValue, ctx: RenderContext): string {
  if (v === null || v === '') return '';
  switch (col.kind) {
    case 'money':
      return ltr(esc(formatMoney(Number(v), { unit: ctx.unit, withUnit: false })));
    case 'number':
      return ltr(esc(toPersianDigits(v)));
    case 'date':
      return ltr(esc(formatJalali(String(v))));
    case 'text':
      return esc(toPersianDigits(String(v)));
  }
}

function cellClass(c: Column): string {
  return [c.kind, c.key === 'status' ? 'status' : '', c.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ');
}

function headerLabel(col: Column, ctx: RenderContext): string {
  return col.kind === 'money' ? L.moneyColumn(col.label, ctx.unit) : col.label;
}

function sectionHtml(s: TableSection, ctx: RenderContext): string {
  const head = s.title ? `<h2>${esc(s.title)}</h2>` : '';
  const note = s.note ? `<p class="note">${esc(s.note)}</p>` : '';
  if (s.rows.length === 0) return `<section class="table">${head}${note}<div class="empty">${L.none}</div></section>`;
  const ths = s.columns.map((c) => `<th class="${c.kind}">${esc(headerLabel(c, ctx))}</th>`).join('');
  const body = s.rows
    .map((r) => {
      const tds = s.columns.map((c) => `<td class="${cellClass(c)}">${cellHtml(c, r.cells[c.key] ?? null, ctx)}</td>`);
      return `<tr${r.voided ? ' class="voided"' : ''}>${tds.join('')}</tr>`;
    })
    .join('\n');
  // The totals row closes the table body: a <tfoot> would be repeated at the foot of every page
  // with the whole table's total, which reads like a page subtotal.
  let totalsRow = '';
  if (s.totals) {
    const totals = s.totals;
    // The label spans the leading columns that carry no total.
    let span = s.columns.findIndex((c) => totals.cells[c.key] !== undefined && totals.cells[c.key] !== null);
    if (span < 0) span = s.columns.length;
    const labelCell = `<td colspan="${Math.max(span, 1)}">${esc(totals.label)}</td>`;
    const rest = s.columns
      .slice(Math.max(span, 1))
      .map((c) => `<td class="${c.kind}">${cellHtml(c, totals.cells[c.key] ?? null, ctx)}</td>`)
      .join('');
    totalsRow = `<tr class="totals">${labelCell}${rest}</tr>`;
  }
  return `<section class="table">${head}${note}<table class="grid"><thead><tr>${ths}</tr></thead><tbody>${body}${totalsRow}</tbody></table></section>`;
}

/** The model as a complete A4 page for the printer. */
export function reportHtml(model: ReportModel, ctx: RenderContext): string {
  const head = documentHead(ctx.centre, [`${L.printedOn}: ${ltr(esc(formatJalali(ctx.today)))}`]);
  const titles = `<h1 class="doc-title">${esc(model.title)}</h1>${model.subtitle.map((l) => `<p class="subtitle">${esc(toPersianDigits(l))}</p>`).join('')}`;
  const body = `${head}${titles}${model.sections.map((s) => sectionHtml(s, ctx)).join('\n')}`;
  return htmlDocument({ title: model.title, pageSize: 'A4', landscape: model.landscape ?? false, pageNumbers: true, body });
}

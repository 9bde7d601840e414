// The report to the supervising agency (گزارش به دستگاه نظارتی) for a Jalali month, quarter or
// year. PDF: A4, right to left, the centre, the period in Jalali with its first and last days,
// one table of every figure grouped by section (code, label, unit, value) and signature lines
// for the centre's manager. XLSX and CSV: the fixed layout of docs/agency-report.md: one row per
// figure under one header row, nothing else, so a province office can stack 112 centres' files
// and add rows by code. The general report renderers (pdfTable, xlsx, csv) put headings and
// section titles above their tables, which a fixed layout cannot have, so this file writes its
// own; the page shell, heading band and CSV quoting are theirs.
// Figure labels and section titles are the errors catalogue's (agency.figure.*, agency.section.*),
// which the screen uses too; the report's other words live here beside the layout, as in
// handoverReceipt.ts.
import type { AgencyFigure } from '../../shared/contract/agency.ts';
import type { ReportFormat } from '../../shared/contract/treasury.ts';
import type { AgencyPeriod, AgencyUnit } from '../../shared/domain/agencyReport.ts';
import type { FilePayload } from '../../shared/validation/fields.ts';
import { JALALI_MONTHS_FA, formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { formatMoney } from '../../shared/domain/money.ts';
import { translateError } from '../../shared/i18n/translate.ts';
import { documentHead, esc, htmlDocument, ltr } from './layout.ts';
import { L } from './labels.ts';
import { csvField, CSV_MIME } from './csv.ts';
import { safeSheetName, XLSX_MIME } from './xlsx.ts';
import { PDF_MIME, type PrintPdf } from './render.ts';
import type { RenderContext } from './model.ts';

export interface AgencyReportData {
  period: AgencyPeriod;
  from: string;
  to: string;
  figures: AgencyFigure[];
}

const T = {
  title: 'گزارش عملکرد مرکز به دستگاه نظارتی',
  sheet: 'گزارش دستگاه نظارتی',
  file: 'agency-report',
  period: 'دورهٔ گزارش',
  centre: 'مرکز',
  province: 'استان',
  city: 'شهر',
  note: 'مبالغ به ریال است. کد هر ردیف در همهٔ مراکز و همهٔ دوره‌ها یک معنا دارد و عوض نمی‌شود.',
  code: 'کد',
  label: 'شرح',
  unit: 'واحد',
  value: 'مقدار',
  from: 'از تاریخ',
  to: 'تا تاریخ',
  quarters: ['اول', 'دوم', 'سوم', 'چهارم'],
  quarter: 'فصل',
  year: 'سال',
  statement: 'ارقام این گزارش از داده‌های ثبت‌شده در سامانهٔ همیار استخراج شده و صحت آن را تأیید می‌کنم.',
  signatures: ['نام و نام خانوادگی مدیر مرکز', 'امضا', 'مهر مرکز', 'تاریخ'],
};

/** Money is printed in rials whatever unit the centre shows on screen: the agency adds the
 *  centres' figures up, and the paper must match the spreadsheet row for row. */
const UNIT_WORDS: Record<AgencyUnit, string> = { count: 'تعداد', rials: 'ریال', jobs: 'شغل' };

/** «دی ۱۴۰۴», «فصل سوم ۱۴۰۴», «سال ۱۴۰۴». */
export function agencyPeriodTitle(p: AgencyPeriod): string {
  const text = p.kind === 'month' ? `${JALALI_MONTHS_FA[p.jm - 1]} ${p.jy}` : p.kind === 'quarter' ? `${T.quarter} ${T.quarters[p.quarter - 1]} ${p.jy}` : `${T.year} ${p.jy}`;
  return toPersianDigits(text);
}

/** ASCII file name without extension: agency-report-1404-10, -1404-q3, -1404. */
export function agencyFileBase(p: AgencyPeriod): string {
  const tail = p.kind === 'month' ? `${p.jy}-${String(p.jm).padStart(2, '0')}` : p.kind === 'quarter' ? `${p.jy}-q${p.quarter}` : `${p.jy}`;
  return `${T.file}-${tail}`;
}

export function figureLabel(code: string): string {
  return translateError(`agency.figure.${code}`);
}

function sectionTitle(letter: string): string {
  return translateError(`agency.section.${letter}`);
}

/** Thousands grouped with Persian digits, for counts as for rials. */
function grouped(n: number): string {
  return formatMoney(n, { unit: 'rial', withUnit: false });
}

const CSS = `
table.agency { margin-top: 4mm; }
table.agency td.code { width: 13mm; white-space: nowrap; text-align: center; }
table.agency td.unit { width: 14mm; white-space: nowrap; color: #444; }
table.agency td.number, table.agency th.number { width: 38mm; }
table.agency tbody { break-inside: avoid; }
table.agency tbody tr.section td { background: #d4e8e1; font-weight: 700; color: #1f6f5c; border-top: 1pt solid #1f6f5c; break-after: avoid; }
.period { margin: 1mm 0 0; font-size: 12pt; font-weight: 700; color: #1f6f5c; }
.facts { margin: 1mm 0 0; font-size: 10pt; }
.facts b { font-weight: 700; }
.sign { break-inside: avoid; margin-top: 9mm; }
.sign .statement { font-size: 9.5pt; margin: 0 0 3mm; }
.sign .slots { display: flex; gap: 6mm; }
.sign .slots div { flex: 1; padding-top: 17mm; }
.sign .slots span { display: block; border-top: 0.8pt solid #444; padding-top: 1.2mm; text-align: center; font-size: 9pt; color: #444; }
`;

/** One <tbody> per section, kept on one page: a section's title never ends a page alone. */
function tableHtml(d: AgencyReportData): string {
  const sections = new Map<string, AgencyFigure[]>();
  for (const f of d.figures) {
    const letter = f.code.charAt(0);
    sections.set(letter, [...(sections.get(letter) ?? []), f]);
  }
  const bodies = [...sections].map(([letter, figures]) => {
    const rows = figures.map(
      (f) =>
        `<tr><td class="code">${ltr(esc(f.code))}</td><td>${esc(figureLabel(f.code))}</td><td class="unit">${UNIT_WORDS[f.unit]}</td><td class="number">${ltr(esc(grouped(f.value)))}</td></tr>`,
    );
    return `<tbody><tr class="section"><td colspan="4">${esc(sectionTitle(letter))}</td></tr>${rows.join('\n')}</tbody>`;
  });
  const head = `<tr><th>${T.code}</th><th>${T.label}</th><th>${T.unit}</th><th class="number">${T.value}</th></tr>`;
  return `<table class="grid agency"><thead>${head}</thead>${bodies.join('\n')}</table>`;
}

export function agencyReportHtml(d: AgencyReportData, ctx: RenderContext): string {
  const c = ctx.centre;
  const head = documentHead(c, [`${L.printedOn}: ${ltr(esc(formatJalali(ctx.today)))}`]);
  // The period and its days on lines of their own: a Jalali date inside parentheses beside
  // Persian words is where bidi reordering goes wrong in PDF readers.
  const facts = [
    `<p class="period">${T.period}: ${esc(agencyPeriodTitle(d.period))}</p>`,
    `<p class="facts">${L.period(ltr(esc(formatJalali(d.from))), ltr(esc(formatJalali(d.to))))}</p>`,
    `<p class="facts">${T.centre}: <b>${esc(c.name)}</b> · ${T.province}: <b>${esc(c.province)}</b> · ${T.city}: <b>${esc(c.city)}</b></p>`,
  ];
  const sign = `<div class="sign"><p class="statement">${T.statement}</p><div class="slots">${T.signatures.map((s) => `<div><span>${s}</span></div>`).join('')}</div></div>`;
  const body = `${head}<h1 class="doc-title">${T.title}</h1>${facts.join('')}<p class="subtitle">${esc(T.note)}</p>${tableHtml(d)}${sign}`;
  return htmlDocument({ title: `${T.title} ${agencyPeriodTitle(d.period)}`, pageSize: 'A4', pageNumbers: true, body, css: CSS });
}

// ---- the fixed layout (XLSX and CSV) ------------------------------------------------------

/** The columns of the fixed layout, in order; docs/agency-report.md documents them. Dates: ISO
 *  first (for programs), then Jalali (for people); the centre on every row, so stacked files
 *  from many centres keep each row's origin. */
export const AGENCY_EXPORT_HEADERS = [
  T.code,
  T.label,
  T.unit,
  T.value,
  `${T.from} ${L.isoSuffix}`,
  `${T.to} ${L.isoSuffix}`,
  T.from,
  T.to,
  T.centre,
  T.province,
  T.city,
] as const;

const WIDTHS = [7, 48, 8, 18, 16, 16, 12, 12, 28, 14, 14];

/** One row per figure; Jalali dates in Persian digits for the sheet, Latin for CSV (as the other
 *  reports do: CSV is read by programs). */
function exportRows(d: AgencyReportData, ctx: RenderContext, digits: 'fa' | 'latin'): (string | number)[][] {
  const dates = [d.from, d.to, formatJalali(d.from, { digits }), formatJalali(d.to, { digits })];
  return d.figures.map((f) => [f.code, figureLabel(f.code), UNIT_WORDS[f.unit], f.value, ...dates, ctx.centre.name, ctx.centre.province, ctx.centre.city]);
}

export async function agencyReportXlsx(d: AgencyReportData, ctx: RenderContext): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Hamyar';
  wb.created = new Date(`${ctx.today}T00:00:00Z`);
  wb.title = `${T.title} ${agencyPeriodTitle(d.period)}`;
  wb.company = ctx.centre.name;
  const ws = wb.addWorksheet(safeSheetName(T.sheet), { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1 }] });
  ws.addRow([...AGENCY_EXPORT_HEADERS]).font = { bold: true };
  for (const values of exportRows(d, ctx, 'fa')) ws.addRow(values);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(4).numFmt = '#,##0';
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** A spreadsheet runs text starting with = + - @ as a formula: such a centre name is defused
 *  with an apostrophe, as csv.ts does for every report. */
function defuse(v: string | number): string {
  const s = String(v);
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function agencyReportCsv(d: AgencyReportData, ctx: RenderContext): Buffer {
  const lines = [[...AGENCY_EXPORT_HEADERS], ...exportRows(d, ctx, 'latin')];
  const text = lines.map((l) => l.map((v) => csvField(defuse(v))).join(',')).join('\r\n') + '\r\n';
  return Buffer.from('\uFEFF' + text, 'utf8');
}

export async function agencyReportFile(d: AgencyReportData, ctx: RenderContext, format: ReportFormat, printPdf: PrintPdf): Promise<FilePayload> {
  const base = agencyFileBase(d.period);
  switch (format) {
    case 'pdf':
      return { fileName: `${base}.pdf`, mimeType: PDF_MIME, base64: (await printPdf(agencyReportHtml(d, ctx), { pageSize: 'A4' })).toString('base64') };
    case 'xlsx':
      return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, base64: (await agencyReportXlsx(d, ctx)).toString('base64') };
    case 'csv':
      return { fileName: `${base}.csv`, mimeType: CSV_MIME, base64: agencyReportCsv(d, ctx).toString('base64') };
  }
}

// The province's agency report (گزارش استانی): every centre's agency figures for one Jalali
// period side by side and the province's total per figure, as a province office sends it to the
// supervising agency. The figures and their codes are the agency report's (agencyReport.ts,
// shared/domain/agencyReport.ts); this file only lays many centres out together.
//
// Layout: one row per centre, one column per figure, a bold «جمع استان» row last.
//  - PDF (A4 landscape): a province has up to 112 centres and the report 44 figures. Rows are
//    centres because a page runs down far better than across: 113 rows page down with the
//    header row repeated on every page, while 113 centre columns would need 15 bands of 8
//    centres each, every band repeating the 44 long figure labels. The 44 figures are split
//    into four bands by section (households H; aid A; employment, housing and equipment E M Q;
//    money raised and donors F D), at most 12 columns each, which fit 277 mm of landscape width
//    in 7.5 pt with Persian digit grouping (a count column 14 mm, a rials column 24 mm, the
//    centre's name 40 mm). Each band starts on a new page; the province total closes each band.
//  - XLSX and CSV: the same table in one sheet with one header row and nothing above it, so a
//    program can read it as it is: «مرکز», «شناسهٔ مرکز», then one column per figure headed
//    "<code> <label>" (the code is the first three characters, stable forever), then the
//    period's first and last days (ISO, then Jalali). The last row is the province total
//    («جمع استان», no centre id). Money in rials as integers, as in the agency report.
// A cell is empty when a centre's file did not carry that figure (an older version); the total
// adds the figures present.
import type { ReportFormat } from '../../shared/contract/treasury.ts';
import type { FilePayload } from '../../shared/validation/fields.ts';
import { AGENCY_FIGURES, type AgencyFigureDef, type AgencyPeriod, type AgencyUnit } from '../../shared/domain/agencyReport.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { formatMoney } from '../../shared/domain/money.ts';
import { translateError } from '../../shared/i18n/translate.ts';
import { agencyPeriodTitle, figureLabel } from './agencyReport.ts';
import { documentHead, esc, htmlDocument, ltr } from './layout.ts';
import { L } from './labels.ts';
import { csvField, CSV_MIME } from './csv.ts';
import { safeSheetName, XLSX_MIME } from './xlsx.ts';
import { PDF_MIME, type PrintPdf } from './render.ts';
import type { RenderContext } from './model.ts';

export interface ProvinceCentreRow {
  centreId: string;
  name: string;
  /** this install's own figures (computed now), not a received file's */
  own: boolean;
  /** code → value; a code missing from a received file is absent */
  values: Record<string, number>;
}

export interface ProvinceReportData {
  period: AgencyPeriod;
  from: string;
  to: string;
  rows: ProvinceCentreRow[];
  /** code → the sum over the rows that carry it */
  totals: Record<string, number>;
}

const T = {
  title: 'گزارش استانی مراکز نیکوکاری به دستگاه نظارتی',
  sheet: 'گزارش استانی',
  file: 'province-report',
  period: 'دورهٔ گزارش',
  centres: 'شمار مراکز',
  note: 'هر ردیف یک مرکز است و ردیف آخر جمع استان. مبالغ به ریال است. کد هر ستون همان کد گزارش مرکز به دستگاه نظارتی است؛ خانهٔ خالی یعنی پروندهٔ آن مرکز این رقم را نداشت.',
  row: 'ردیف',
  centre: 'مرکز',
  centreId: 'شناسهٔ مرکز',
  total: 'جمع استان',
  own: '(همین مرکز)',
  from: 'از تاریخ',
  to: 'تا تاریخ',
  statement: 'ارقام هر مرکز از پروندهٔ گزارش امضاشدهٔ همان مرکز برداشته شده و جمع استان از جمع آن‌ها به دست آمده است.',
  signatures: ['نام و نام خانوادگی مسئول دفتر استان', 'امضا', 'مهر', 'تاریخ'],
};

/** The PDF's bands: sections printed together, at most 12 columns each. */
const BANDS: readonly string[][] = [['H'], ['A'], ['E', 'M', 'Q'], ['F', 'D']];

function sectionTitle(letter: string): string {
  return translateError(`agency.section.${letter}`);
}

function grouped(n: number): string {
  return formatMoney(n, { unit: 'rial', withUnit: false });
}

export function provinceFileBase(p: AgencyPeriod): string {
  const tail = p.kind === 'month' ? `${p.jy}-${String(p.jm).padStart(2, '0')}` : p.kind === 'quarter' ? `${p.jy}-q${p.quarter}` : `${p.jy}`;
  return `${T.file}-${tail}`;
}

const UNIT_CLASS: Record<AgencyUnit, string> = { count: 'count', jobs: 'count', rials: 'rials' };

const CSS = `
body { font-size: 8.5pt; }
.band { break-before: page; }
.band.first { break-before: auto; }
.band h2 { font-size: 10.5pt; color: #1f6f5c; margin: 3mm 0 1.5mm; break-after: avoid; }
table.province { table-layout: fixed; width: 100%; border-collapse: collapse; font-size: 7.5pt; line-height: 1.35; }
table.province th, table.province td { border: 0.5pt solid #b9c4c0; padding: 0.7mm 1mm; }
table.province thead th { background: #e3efeb; font-weight: 700; vertical-align: bottom; text-align: center; }
table.province thead th .code { display: block; font-size: 7.5pt; }
table.province thead th .label { display: block; font-weight: 400; font-size: 6.3pt; color: #333; line-height: 1.25; }
table.province th.n, table.province td.n { width: 7mm; text-align: center; }
table.province th.name, table.province td.name { width: 40mm; text-align: right; }
table.province th.count, table.province td.count { width: 14mm; }
table.province th.rials, table.province td.rials { width: 24mm; }
table.province td.count, table.province td.rials { text-align: left; white-space: nowrap; }
table.province tbody tr:nth-child(even) td { background: #f7faf9; }
table.province tbody tr.totals td { font-weight: 700; background: #d4e8e1; border-top: 1.2pt solid #1f6f5c; }
table.province tr { break-inside: avoid; }
.facts { margin: 1mm 0 0; font-size: 9pt; }
.sign { break-inside: avoid; margin-top: 8mm; }
.sign .statement { font-size: 8.5pt; margin: 0 0 3mm; }
.sign .slots { display: flex; gap: 6mm; }
.sign .slots div { flex: 1; padding-top: 14mm; }
.sign .slots span { display: block; border-top: 0.8pt solid #444; padding-top: 1.2mm; text-align: center; font-size: 8.5pt; color: #444; }
`;

function cell(v: number | undefined): string {
  return v === undefined ? '' : ltr(esc(grouped(v)));
}

function bandHtml(d: ProvinceReportData, letters: string[], first: boolean): string {
  const figures = AGENCY_FIGURES.filter((f) => letters.includes(f.code.charAt(0)));
  const head =
    `<th class="n">${T.row}</th><th class="name">${T.centre}</th>` +
    figures.map((f) => `<th class="${UNIT_CLASS[f.unit]}"><span class="code">${ltr(esc(f.code))}</span><span class="label">${esc(figureLabel(f.code))}</span></th>`).join('');
  const rows = d.rows.map(
    (r, i) =>
      `<tr><td class="n">${esc(toPersianDigits(i + 1))}</td><td class="name">${esc(r.name)}${r.own ? ` ${T.own}` : ''}</td>${figures
        .map((f) => `<td class="${UNIT_CLASS[f.unit]}">${cell(r.values[f.code])}</td>`)
        .join('')}</tr>`,
  );
  const totals = `<tr class="totals"><td colspan="2">${T.total}</td>${figures.map((f) => `<td class="${UNIT_CLASS[f.unit]}">${cell(d.totals[f.code])}</td>`).join('')}</tr>`;
  const title = letters.map(sectionTitle).join(' · ');
  return `<section class="band${first ? ' first' : ''}"><h2>${esc(title)}</h2><table class="province"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}${totals}</tbody></table></section>`;
}

export function provinceReportHtml(d: ProvinceReportData, ctx: RenderContext): string {
  const head = documentHead(ctx.centre, [`${L.printedOn}: ${ltr(esc(formatJalali(ctx.today)))}`]);
  const facts = [
    `${T.period}: <b>${esc(agencyPeriodTitle(d.period))}</b> (${L.period(ltr(esc(formatJalali(d.from))), ltr(esc(formatJalali(d.to))))})`,
    `${T.centres}: <b>${esc(toPersianDigits(d.rows.length))}</b>`,
  ];
  const bands = BANDS.map((letters, i) => bandHtml(d, letters, i === 0)).join('\n');
  const sign = `<div class="sign"><p class="statement">${T.statement}</p><div class="slots">${T.signatures.map((s) => `<div><span>${s}</span></div>`).join('')}</div></div>`;
  const body = `${head}<h1 class="doc-title">${T.title}</h1>${facts.map((f) => `<p class="facts">${f}</p>`).join('')}<p class="subtitle">${esc(T.note)}</p>${bands}${sign}`;
  return htmlDocument({ title: `${T.title} ${agencyPeriodTitle(d.period)}`, pageSize: 'A4', landscape: true, pageNumbers: true, margin: '10mm 10mm 14mm 10mm', body, css: CSS });
}

// ---- XLSX and CSV -------------------------------------------------------------------------

/** "<code> <label>": the code first, so a program takes the first three characters. */
function figureHeader(f: AgencyFigureDef): string {
  return `${f.code} ${figureLabel(f.code)}`;
}

export function provinceExportHeaders(): string[] {
  return [T.centre, T.centreId, ...AGENCY_FIGURES.map(figureHeader), `${T.from} ${L.isoSuffix}`, `${T.to} ${L.isoSuffix}`, T.from, T.to];
}

function exportRows(d: ProvinceReportData, digits: 'fa' | 'latin'): (string | number | null)[][] {
  const dates = [d.from, d.to, formatJalali(d.from, { digits }), formatJalali(d.to, { digits })];
  const line = (name: string, id: string, values: Record<string, number>) => [name, id, ...AGENCY_FIGURES.map((f) => values[f.code] ?? null), ...dates];
  return [...d.rows.map((r) => line(r.name, r.centreId, r.values)), line(T.total, '', d.totals)];
}

export async function provinceReportXlsx(d: ProvinceReportData, ctx: RenderContext): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Hamyar';
  wb.created = new Date(`${ctx.today}T00:00:00Z`);
  wb.title = `${T.title} ${agencyPeriodTitle(d.period)}`;
  wb.company = ctx.centre.name;
  const ws = wb.addWorksheet(safeSheetName(T.sheet), { views: [{ rightToLeft: true, state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const header = ws.addRow(provinceExportHeaders());
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom' };
  const rows = exportRows(d, 'fa');
  rows.forEach((values, i) => {
    const row = ws.addRow(values);
    if (i === rows.length - 1) row.font = { bold: true };
  });
  ws.getColumn(1).width = 32;
  ws.getColumn(2).width = 38;
  AGENCY_FIGURES.forEach((f, i) => {
    const c = ws.getColumn(i + 3);
    c.width = f.unit === 'rials' ? 20 : 12;
    c.numFmt = '#,##0';
  });
  for (let i = 0; i < 4; i++) ws.getColumn(AGENCY_FIGURES.length + 3 + i).width = 14;
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** A spreadsheet runs text starting with = + - @ as a formula: defused with an apostrophe. */
function defuse(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function provinceReportCsv(d: ProvinceReportData): Buffer {
  const lines = [provinceExportHeaders(), ...exportRows(d, 'latin')];
  const text = lines.map((l) => l.map((v) => csvField(defuse(v))).join(',')).join('\r\n') + '\r\n';
  return Buffer.from('\uFEFF' + text, 'utf8');
}

export async function provinceReportFile(d: ProvinceReportData, ctx: RenderContext, format: ReportFormat, printPdf: PrintPdf): Promise<FilePayload> {
  const base = provinceFileBase(d.period);
  switch (format) {
    case 'pdf':
      return { fileName: `${base}.pdf`, mimeType: PDF_MIME, base64: (await printPdf(provinceReportHtml(d, ctx), { pageSize: 'A4', landscape: true })).toString('base64') };
    case 'xlsx':
      return { fileName: `${base}.xlsx`, mimeType: XLSX_MIME, base64: (await provinceReportXlsx(d, ctx)).toString('base64') };
    case 'csv':
      return { fileName: `${base}.csv`, mimeType: CSV_MIME, base64: provinceReportCsv(d).toString('base64') };
  }
}

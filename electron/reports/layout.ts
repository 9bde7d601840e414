// The HTML shell every printed page shares: Persian, right to left, the bundled Vazirmatn font
// inline, the page size and margins in CSS (@page, printed with preferCSSPageSize), page numbers
// in Persian digits in an @page margin box (header/footer templates ignore web fonts), and the
// common styles of headings, tables and totals. Pages are self-contained: no scripts, no URLs.
import { vazirmatnFontFaces } from './font.ts';
import type { PageSize } from './printer.ts';
import { L } from './labels.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and attribute values. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Numbers, dates and codes that must read left to right inside Persian text. */
export function ltr(html: string): string {
  return `<bdi dir="ltr" class="ltr">${html}</bdi>`;
}

/** The centre's mark: a simple heart in an open hand, drawn inline. */
export const LOGO_SVG = `<svg class="logo" viewBox="0 0 64 64" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">
  <circle cx="32" cy="32" r="30" fill="#eef6f3" stroke="#1f6f5c" stroke-width="2.5"/>
  <path d="M32 44c-9-6.5-14-11.2-14-17a7.2 7.2 0 0 1 14-2.6A7.2 7.2 0 0 1 46 27c0 5.8-5 10.5-14 17z" fill="#1f6f5c"/>
  <path d="M12 43c6 0 10 2.5 13 5h14c3-2.5 7-5 13-5" fill="none" stroke="#1f6f5c" stroke-width="2.5" stroke-linecap="round"/>
</svg>`;

export interface DocumentOptions {
  title: string;
  pageSize: PageSize;
  landscape?: boolean;
  /** «صفحه ۱ از ۳» at the bottom of every page */
  pageNumbers: boolean;
  /** page margins, CSS (top right bottom left) */
  margin?: string;
  body: string;
  css?: string;
}

const BASE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font-family: 'Vazirmatn', sans-serif;
  font-size: 10pt;
  line-height: 1.6;
  color: #1b1b1b;
  direction: rtl;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.ltr { unicode-bidi: isolate; direction: ltr; }
h1, h2, h3 { margin: 0; font-weight: 700; }
.doc-head { display: flex; align-items: center; gap: 4mm; border-bottom: 1.5pt solid #1f6f5c; padding-bottom: 3mm; margin-bottom: 4mm; }
.doc-head .logo { width: 15mm; height: 15mm; flex: none; }
.doc-head .centre { flex: 1; }
.doc-head .centre .name { font-size: 13pt; font-weight: 700; color: #1f6f5c; }
.doc-head .centre .place { font-size: 9pt; color: #555; }
.doc-head .meta { font-size: 9pt; color: #444; text-align: left; }
.doc-title { font-size: 15pt; margin-bottom: 1mm; }
.subtitle { font-size: 9.5pt; color: #444; margin: 0; }
section.table { margin-top: 6mm; }
section.table h2 { font-size: 11.5pt; margin-bottom: 1.5mm; color: #1f6f5c; break-after: avoid; }
section.table .note { font-size: 8.5pt; color: #666; margin: 0 0 1.5mm; break-after: avoid; }
table.grid { width: 100%; border-collapse: collapse; font-size: 9pt; }
table.grid th, table.grid td { border: 0.6pt solid #b9c4c0; padding: 1.2mm 1.8mm; vertical-align: top; }
table.grid thead th { background: #e3efeb; font-weight: 700; text-align: right; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; }
table.grid td.money, table.grid td.number, table.grid th.money, table.grid th.number { text-align: left; white-space: nowrap; }
table.grid td.date, table.grid td.nowrap { white-space: nowrap; }
table.grid tbody tr:nth-child(even) td { background: #f7faf9; }
table.grid tr.voided td { color: #8a8a8a; text-decoration: line-through; text-decoration-color: #b00020; }
table.grid tr.voided td.status { text-decoration: none; color: #b00020; font-weight: 700; }
table.grid tbody tr.totals td { font-weight: 700; background: #d4e8e1; border-top: 1.2pt solid #1f6f5c; }
table.grid tr.totals { break-before: avoid; }
.empty { color: #666; font-size: 9pt; padding: 2mm 0; }
`;

function pageCss(o: DocumentOptions): string {
  const size = `${o.pageSize} ${o.landscape ? 'landscape' : 'portrait'}`;
  const margin = o.margin ?? (o.pageNumbers ? '14mm 12mm 16mm 12mm' : '10mm');
  const numbers = o.pageNumbers
    ? `@bottom-center {
    content: "${L.page} " counter(page, persian) " ${L.of} " counter(pages, persian);
    font-family: 'Vazirmatn', sans-serif; font-size: 8.5pt; color: #555; direction: rtl;
  }`
    : '';
  return `@page { size: ${size}; margin: ${margin}; ${numbers} }`;
}

/** A complete page: <html lang="fa" dir="rtl"> with the font, the page rules and `body`. */
export function htmlDocument(o: DocumentOptions): string {
  return `<!DOCTYPE html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<title>${esc(o.title)}</title>
<style>
${vazirmatnFontFaces()}
${pageCss(o)}
${BASE_CSS}
${o.css ?? ''}
</style>
</head>
<body>
${o.body}
</body>
</html>`;
}

export interface CentreHeading {
  name: string;
  province: string;
  city: string;
}

/** The band at the top of every document: mark, centre, and a few lines on the left. */
export function documentHead(centre: CentreHeading, metaLines: string[]): string {
  const place = centre.province === centre.city ? centre.city : `${centre.city}، ${centre.province}`;
  return `<header class="doc-head">
  ${LOGO_SVG}
  <div class="centre"><div class="name">${esc(centre.name)}</div><div class="place">${esc(place)}</div></div>
  <div class="meta">${metaLines.map((l) => `<div>${l}</div>`).join('')}</div>
</header>`;
}

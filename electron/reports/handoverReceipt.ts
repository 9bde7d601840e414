// The A5 equipment handover receipt (رسید تحویل تجهیزات): the household signs it when it takes
// one item of a lot. Centre and mark, the project, what was handed over and its number in the
// lot («۳ از ۴۰»), the head of the household with the national ID, the Jalali date, the item's
// value in figures and in Persian words, and signature lines for the recipient and the centre.
// Printed documents are Persian whatever the user's screen language (see labels.ts), so the
// words live here beside the layout.
import { formatMoney } from '../../shared/domain/money.ts';
import { rialsInWords } from '../../shared/domain/words.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { documentHead, esc, htmlDocument, ltr } from './layout.ts';
import { L, UNIT_LABELS } from './labels.ts';
import type { RenderContext } from './model.ts';

export interface HandoverReceiptData {
  seq: number;
  date: string;
  notes: string | null;
  lotKind: string;
  lotCount: number;
  unitValue: number;
  projectName: string;
  headName: string;
  headNationalId: string;
}

const T = {
  title: 'رسید تحویل تجهیزات',
  itemNo: 'شمارهٔ قلم',
  date: 'تاریخ تحویل',
  project: 'طرح',
  item: 'تجهیزات تحویلی',
  of: 'از',
  recipient: 'تحویل‌گیرنده (سرپرست خانوار)',
  nationalId: 'کد ملی',
  value: 'ارزش قلم',
  valueInWords: 'ارزش به حروف',
  notes: 'توضیحات',
  pledge: 'اینجانب یک قلم از تجهیزات بالا را سالم و کامل تحویل گرفتم.',
  recipientSignature: 'امضا و اثر انگشت تحویل‌گیرنده',
  centreSignature: 'مهر و امضای مرکز',
};

const CSS = `
.receipt { min-height: 186mm; display: flex; flex-direction: column; }
h1 { font-size: 15pt; text-align: center; margin: 1mm 0 4mm; }
.meta b { font-weight: 700; color: #1b1b1b; }
.fields { width: 100%; border-collapse: collapse; font-size: 10pt; }
.fields th { text-align: right; font-weight: 400; color: #555; width: 42mm; padding: 1.3mm 0; vertical-align: top; white-space: nowrap; }
.fields td { padding: 1.3mm 2mm; border-bottom: 0.6pt dotted #b9c4c0; font-weight: 700; }
.value-box { margin: 4mm 0; border: 1.2pt solid #1f6f5c; border-radius: 2mm; padding: 2.5mm 4mm; background: #f3f9f7; }
.value-box .figures { font-size: 14pt; font-weight: 700; color: #1f6f5c; }
.value-box .words { font-size: 10.5pt; margin-top: 1mm; }
.value-box .label { color: #555; font-size: 9pt; font-weight: 400; margin-inline-end: 2mm; }
.statement { font-size: 9.5pt; color: #333; margin: 2mm 0; }
.spacer { flex: 1; }
.signatures { display: flex; gap: 10mm; margin-top: 4mm; }
.signatures div { flex: 1; border-top: 0.8pt solid #444; padding-top: 1.5mm; text-align: center; font-size: 9pt; color: #444; height: 22mm; }
`;

/** Numbers, dates and IDs isolated left to right so the bidi algorithm cannot reorder them. */
function digits(s: string | number): string {
  return ltr(esc(toPersianDigits(String(s))));
}

function money(rials: number, ctx: RenderContext): string {
  return `${ltr(esc(formatMoney(rials, { unit: ctx.unit, withUnit: false })))} ${UNIT_LABELS[ctx.unit]}`;
}

export function handoverReceiptHtml(d: HandoverReceiptData, ctx: RenderContext): string {
  const date = ltr(esc(formatJalali(d.date)));
  // «۳ از ۴۰»: the item's number in its lot, which the centre also writes on the item itself
  const itemNo = `${digits(d.seq)} ${T.of} ${digits(d.lotCount)}`;
  const rows: [string, string][] = [
    [T.project, esc(d.projectName)],
    [T.item, esc(d.lotKind)],
    [T.itemNo, itemNo],
    [T.recipient, esc(d.headName)],
    [T.nationalId, digits(d.headNationalId)],
  ];
  if (d.notes) rows.push([T.notes, esc(toPersianDigits(d.notes))]);

  const head = documentHead(ctx.centre, [`${T.itemNo}: <b>${itemNo}</b>`, `${T.date}: <b>${date}</b>`]);
  const value = `<div class="value-box">
  <div class="figures"><span class="label">${T.value}:</span>${money(d.unitValue, ctx)}</div>
  <div class="words"><span class="label">${T.valueInWords}:</span>${esc(rialsInWords(d.unitValue, ctx.unit))}</div>
</div>`;
  const body = `<div class="receipt">
${head}
<h1>${T.title}</h1>
<table class="fields">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>
${value}
<p class="statement">${T.pledge}</p>
<div class="spacer"></div>
<div class="signatures"><div>${T.recipientSignature}</div><div>${T.centreSignature}</div></div>
</div>`;
  return htmlDocument({ title: `${T.title} ${L.project} ${d.projectName}`, pageSize: 'A5', pageNumbers: false, margin: '10mm', body, css: CSS });
}

// The A5 receipt (رسید): centre and mark, receipt number, donor (or «ناشناس»), the amount in
// figures and in Persian words, the Jalali date, how it was paid, what it was for, the pledge it
// counts against, and two signature lines. A voided payment carries a «باطل شده» stamp with the
// reason, a cheque that bounced a «چک برگشتی» stamp saying the money was not received (a receipt
// is a donor's proof of a gift: a reprint must not pass for one); every print after the first is
// marked «المثنی» with the date it was printed.
import type { Payment } from '../../shared/contract/payments.ts';
import type { PledgeKind } from '../../shared/contract/pledges.ts';
import { formatMoney } from '../../shared/domain/money.ts';
import { rialsInWords } from '../../shared/domain/words.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { documentHead, esc, htmlDocument, ltr } from './layout.ts';
import { paymentDetailParts, type PaymentFacts } from './paymentDetails.ts';
import { L, METHOD_LABELS, PLEDGE_KIND_LABELS, UNIT_LABELS } from './labels.ts';
import type { RenderContext } from './model.ts';

export type ReceiptData = PaymentFacts &
  Pick<Payment, 'receiptNo' | 'date' | 'donorName' | 'amount' | 'notes' | 'projectName'> & {
  pledge: { id: string; kind: PledgeKind; amount: number; startDate: string } | null;
  /** set when the payment is voided: the (Tehran) date and the reason */
  voided: { date: string; reason: string } | null;
  /** set when the payment is a cheque that bounced: the date it was marked so */
  bounced: { date: string } | null;
  /** set on every print after the first: the date of this print */
  copy: { printedOn: string } | null;
};

const RECEIPT_CSS = `
.receipt { position: relative; min-height: 186mm; display: flex; flex-direction: column; }
.title-row { display: flex; align-items: center; justify-content: center; gap: 4mm; margin: 1mm 0 4mm; }
.title-row h1 { font-size: 15pt; }
.copy-badge { border: 1.4pt solid #8a5a00; color: #8a5a00; border-radius: 2mm; padding: 0 3mm; font-weight: 700; font-size: 11pt; }
.copy-line { text-align: center; color: #8a5a00; font-size: 9pt; margin: -3mm 0 3mm; }
.meta b { font-weight: 700; color: #1b1b1b; }
.fields { width: 100%; border-collapse: collapse; font-size: 10pt; }
.fields th { text-align: right; font-weight: 400; color: #555; width: 30mm; padding: 1.3mm 0; vertical-align: top; white-space: nowrap; }
.fields td { padding: 1.3mm 2mm; border-bottom: 0.6pt dotted #b9c4c0; font-weight: 700; }
.amount-box { margin: 4mm 0; border: 1.2pt solid #1f6f5c; border-radius: 2mm; padding: 2.5mm 4mm; background: #f3f9f7; }
.amount-box .figures { font-size: 16pt; font-weight: 700; color: #1f6f5c; }
.amount-box .words { font-size: 10.5pt; margin-top: 1mm; }
.amount-box .label { color: #555; font-size: 9pt; font-weight: 400; margin-inline-end: 2mm; }
.details { font-weight: 400; color: #333; font-size: 9pt; }
.spacer { flex: 1; }
.thanks { text-align: center; color: #1f6f5c; font-size: 9.5pt; margin: 4mm 0 2mm; }
.signatures { display: flex; gap: 10mm; margin-top: 4mm; }
.signatures div { flex: 1; border-top: 0.8pt solid #444; padding-top: 1.5mm; text-align: center; font-size: 9pt; color: #444; height: 20mm; }
.void-stamp {
  position: absolute; bottom: 12mm; left: 50%; transform: translateX(-50%) rotate(-16deg);
  border: 3pt double #c62828; color: #c62828; border-radius: 3mm; padding: 2mm 8mm; text-align: center;
  background: rgba(255, 255, 255, 0.8); width: 88mm;
}
.void-stamp .big { font-size: 26pt; font-weight: 700; line-height: 1.3; }
.void-stamp .why { font-size: 10pt; font-weight: 700; }
.void-text { color: #c62828; }
`;

/** «۱٬۲۵۰٬۰۰۰ تومان»: the figures isolated left to right, the unit after them in reading order. */
function money(rials: number, ctx: RenderContext): string {
  return `${ltr(esc(formatMoney(rials, { unit: ctx.unit, withUnit: false })))} ${UNIT_LABELS[ctx.unit]}`;
}

function date(iso: string): string {
  return ltr(esc(formatJalali(iso)));
}

function digits(s: string): string {
  return ltr(esc(toPersianDigits(s)));
}

/** The stamp across a receipt whose money did not count: voided (with why and when), or a
 *  cheque that bounced (when); null for a valid payment. Lines are HTML. */
function stampOf(d: ReceiptData): { big: string; lines: string[] } | null {
  const r = L.receipt;
  if (d.voided) return { big: r.voidStamp, lines: [`${r.voidReason}: ${esc(toPersianDigits(d.voided.reason))}`, `${r.voidedOn}: ${date(d.voided.date)}`] };
  if (d.bounced) return { big: r.bouncedStamp, lines: [r.bouncedNote, `${r.bouncedOn}: ${date(d.bounced.date)}`] };
  return null;
}

export function receiptHtml(d: ReceiptData, ctx: RenderContext): string {
  const r = L.receipt;
  const rows: [string, string][] = [
    [r.receivedFrom, d.donorName ? esc(d.donorName) : L.anonymous],
    [
      r.method,
      `${esc(METHOD_LABELS[d.method])}${paymentDetailParts(d)
        .map((x) => `<div class="details">${esc(x.label)}: ${x.ltr ? ltr(esc(x.value)) : esc(x.value)}</div>`)
        .join('')}`,
    ],
    [r.purpose, d.projectName ? `${L.project} ${esc(d.projectName)}` : L.generalFund],
  ];
  if (d.pledge) {
    const p = d.pledge;
    rows.push([
      r.pledge,
      `${PLEDGE_KIND_LABELS[p.kind]}، ${money(p.amount, ctx)}، ${L.donorStatement.startDate} ${date(p.startDate)}`,
    ]);
  }
  if (d.notes) rows.push([r.notes, esc(toPersianDigits(d.notes))]);
  // Said in plain words as well as stamped: the stamp may cover text, and copies may be faint.
  const stamp = stampOf(d);
  if (stamp) rows.push([L.status, `<span class="void-text">${[stamp.big, ...stamp.lines].join(' — ')}</span>`]);

  const head = documentHead(ctx.centre, [
    `${r.number}: <b>${digits(d.receiptNo)}</b>`,
    `${r.date}: <b>${date(d.date)}</b>`,
  ]);
  const title = `<div class="title-row"><h1>${r.title}</h1>${d.copy ? `<span class="copy-badge">${r.copyStamp}</span>` : ''}</div>`;
  const copyLine = d.copy ? `<div class="copy-line">${r.copyStamp} — ${r.copyPrintedOn}: ${date(d.copy.printedOn)}</div>` : '';
  const amount = `<div class="amount-box">
  <div class="figures"><span class="label">${r.amount}:</span>${money(d.amount, ctx)}</div>
  <div class="words"><span class="label">${r.amountInWords}:</span>${esc(rialsInWords(d.amount, ctx.unit))}</div>
</div>`;
  const fields = `<table class="fields">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
  const stampBox = stamp ? `<div class="void-stamp"><div class="big">${stamp.big}</div>${stamp.lines.map((l) => `<div class="why">${l}</div>`).join('')}</div>` : '';
  const body = `<div class="receipt">
${head}
${title}
${copyLine}
${amount}
${fields}
<div class="spacer"></div>
<div class="thanks">${r.thanks}</div>
<div class="signatures"><div>${r.treasurerSignature}</div><div>${r.donorSignature}</div></div>
${stampBox}
</div>`;
  return htmlDocument({ title: `${r.title} ${d.receiptNo}`, pageSize: 'A5', pageNumbers: false, margin: '10mm', body, css: RECEIPT_CSS });
}

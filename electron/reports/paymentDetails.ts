// The facts that go with a payment's method (card digits, tracking number, Sheba, cheque, goods),
// as labelled parts. The receipt lays them out as HTML; report tables join them into one cell.
import { formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { CHEQUE_STATUS_LABELS, L } from './labels.ts';
import type { Payment } from '../../shared/contract/payments.ts';

/** The facts that go with a payment's method. */
export type PaymentFacts = Pick<
  Payment,
  'method' | 'cardLast4' | 'trackingNo' | 'payerSheba' | 'chequeNo' | 'chequeBank' | 'chequeDueDate' | 'chequeStatus' | 'inKindDescription'
>;

/** A payment as the report tables list it. */
export type PaymentEntry = PaymentFacts &
  Pick<Payment, 'date' | 'receiptNo' | 'donorName' | 'projectName' | 'amount' | 'voidedAt' | 'voidReason'>;

export interface DetailPart {
  label: string;
  value: string;
  /** digits and dates read left to right inside Persian text */
  ltr: boolean;
}

export function paymentDetailParts(p: PaymentFacts): DetailPart[] {
  const r = L.receipt;
  const out: DetailPart[] = [];
  if (p.cardLast4) out.push({ label: r.cardLast4, value: toPersianDigits(p.cardLast4), ltr: true });
  if (p.trackingNo) out.push({ label: r.trackingNo, value: toPersianDigits(p.trackingNo), ltr: true });
  if (p.payerSheba) out.push({ label: r.sheba, value: p.payerSheba, ltr: true });
  if (p.chequeNo) out.push({ label: r.chequeNo, value: toPersianDigits(p.chequeNo), ltr: true });
  if (p.chequeBank) out.push({ label: r.chequeBank, value: p.chequeBank, ltr: false });
  if (p.chequeDueDate) out.push({ label: r.chequeDueDate, value: formatJalali(p.chequeDueDate), ltr: true });
  if (p.method === 'cheque' && p.chequeStatus) out.push({ label: r.chequeStatus, value: CHEQUE_STATUS_LABELS[p.chequeStatus], ltr: false });
  if (p.inKindDescription) out.push({ label: r.inKind, value: p.inKindDescription, ltr: false });
  return out;
}

/** One line for a table cell: «شمارهٔ چک: ۱۲۳۴۵۶، بانک: ملت». */
export function paymentDetailsText(p: PaymentFacts): string {
  return paymentDetailParts(p)
    .map((d) => `${d.label}: ${d.value}`)
    .join('، ');
}

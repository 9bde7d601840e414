// Columns and cells that several reports share (a payment's line, counts and sums), defined once.
import { formatJalali, todayIso } from '../../shared/domain/jalali.ts';
import { CHEQUE_STATUS_LABELS, L, METHOD_LABELS } from './labels.ts';
import { paymentDetailsText, type PaymentEntry } from './paymentDetails.ts';
import type { CellValue, Column } from './model.ts';

export const COL = {
  date: { key: 'date', label: L.date, kind: 'date' },
  receiptNo: { key: 'receiptNo', label: L.receiptNo, kind: 'text', nowrap: true },
  donor: { key: 'donor', label: L.donor, kind: 'text', nowrap: true },
  method: { key: 'method', label: L.method, kind: 'text', nowrap: true },
  details: { key: 'details', label: L.details, kind: 'text' },
  purpose: { key: 'purpose', label: L.purpose, kind: 'text' },
  amount: { key: 'amount', label: L.amount, kind: 'money' },
  status: { key: 'status', label: L.status, kind: 'text' },
  reason: { key: 'reason', label: L.reason, kind: 'text' },
  count: { key: 'count', label: L.count, kind: 'number' },
  paymentDate: { key: 'date', label: L.dailyCash.paymentDate, kind: 'date' },
  voidedOn: { key: 'voidedOn', label: L.dailyCash.voidedAt, kind: 'date' },
} as const satisfies Record<string, Column>;

/** «طرح …» or «صندوق عمومی». */
export function purposeText(projectName: string | null): string {
  return projectName ?? L.generalFund;
}

/** Every shared cell of a payment's row; a table shows the columns it lists. */
export function paymentCells(p: PaymentEntry): Record<string, CellValue> {
  return {
    date: p.date,
    receiptNo: p.receiptNo,
    donor: p.donorName ?? L.anonymous,
    method: METHOD_LABELS[p.method],
    details: paymentDetailsText(p),
    purpose: purposeText(p.projectName),
    amount: p.amount,
    status: p.voidedAt ? L.voided : p.chequeStatus === 'bounced' ? CHEQUE_STATUS_LABELS.bounced : '',
    reason: p.voidReason,
    // the centre's calendar day of the void's timestamp
    voidedOn: p.voidedAt ? todayIso(new Date(p.voidedAt)) : null,
  };
}

/** A file-name-safe Jalali date with Latin digits: 1405-09-03. */
export function fileDate(iso: string): string {
  return formatJalali(iso, { digits: 'latin' }).replace(/\//g, '-');
}

// The day's cash report: every valid payment of the day, one table per method with its
// subtotal, a summary by method with the grand total, and the day's voids listed apart (not
// counted).
import type { PaymentMethod } from '../../shared/contract/payments.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { COL, fileDate, paymentCells } from './columns.ts';
import { L, METHOD_LABELS } from './labels.ts';
import type { PaymentEntry } from './paymentDetails.ts';
import type { Column, ReportModel, TableSection } from './model.ts';

interface Sum {
  total: number;
  count: number;
}

export interface DailyCashData {
  date: string;
  /** the day's valid payments, grouped by method */
  payments: PaymentEntry[];
  /** per method, summed in SQL */
  byMethod: (Sum & { method: PaymentMethod })[];
  /** the day, summed in SQL */
  sum: Sum;
  voids: PaymentEntry[];
}

const D = L.dailyCash;
const PAYMENT_COLUMNS: Column[] = [COL.receiptNo, COL.donor, COL.details, COL.purpose, COL.amount];
const VOID_COLUMNS: Column[] = [COL.receiptNo, COL.paymentDate, COL.donor, COL.method, COL.amount, COL.reason, COL.voidedOn];

/** Methods in the order the desk thinks of them: cash first, goods last. */
const METHOD_ORDER = Object.keys(METHOD_LABELS) as PaymentMethod[];

export function dailyCashModel(d: DailyCashData): ReportModel {
  const byMethod = [...d.byMethod].sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
  const perMethod: TableSection[] = byMethod.map((m) => ({
    title: METHOD_LABELS[m.method],
    columns: PAYMENT_COLUMNS,
    rows: d.payments.filter((p) => p.method === m.method).map((p) => ({ cells: paymentCells(p) })),
    totals: { label: `${L.total} ${METHOD_LABELS[m.method]}`, cells: { amount: m.total } },
  }));
  return {
    title: D.title,
    subtitle: [D.dayOf(formatJalali(d.date, { monthName: true }))],
    sheetName: D.sheet,
    fileBase: `${D.file}-${fileDate(d.date)}`,
    sections: [
      ...perMethod,
      {
        title: D.summary,
        columns: [COL.method, COL.count, COL.amount],
        rows: byMethod.map((m) => ({ cells: { method: METHOD_LABELS[m.method], count: m.count, amount: m.total } })),
        totals: { label: L.grandTotal, cells: { count: d.sum.count, amount: d.sum.total } },
      },
      {
        title: D.voids,
        note: D.voidsNote,
        columns: VOID_COLUMNS,
        rows: d.voids.map((p) => ({ cells: paymentCells(p) })),
      },
    ],
  };
}

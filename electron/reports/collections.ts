// Money received in a period, grouped by Jalali month, by project or by payment method, with
// the count of payments and their sum per group and for the whole period. Voided payments are
// left out.
import { addJalaliMonths, formatJalali, isoToJalali, JALALI_MONTHS_FA } from '../../shared/domain/jalali.ts';
import { COL, fileDate, purposeText } from './columns.ts';
import { L, METHOD_LABELS } from './labels.ts';
import type { PaymentMethod } from '../../shared/contract/payments.ts';
import type { Column, ReportModel, Row } from './model.ts';

interface Sum {
  total: number;
  count: number;
}

export type CollectionGroups =
  | { by: 'month'; rows: (Sum & { jy: number; jm: number })[] }
  | { by: 'project'; rows: (Sum & { projectName: string | null })[] }
  | { by: 'method'; rows: (Sum & { method: PaymentMethod })[] };

export interface CollectionsData {
  from: string;
  to: string;
  groups: CollectionGroups;
  /** the whole period, summed in SQL */
  sum: Sum;
}

const C = L.collections;

/** Every Jalali month the period touches, with what it received (none: zero), oldest first. */
function everyMonth(from: string, to: string, rows: (Sum & { jy: number; jm: number })[]): (Sum & { jy: number; jm: number })[] {
  const got = new Map(rows.map((r) => [r.jy * 12 + r.jm, r]));
  const out: (Sum & { jy: number; jm: number })[] = [];
  const last = isoToJalali(to);
  for (let m = isoToJalali(from); m.jy * 12 + m.jm <= last.jy * 12 + last.jm; ) {
    out.push(got.get(m.jy * 12 + m.jm) ?? { jy: m.jy, jm: m.jm, total: 0, count: 0 });
    const next = addJalaliMonths(m.jy, m.jm, 1);
    m = { ...next, jd: 1 };
  }
  return out;
}

function groupTable(g: CollectionGroups, from: string, to: string): { columns: Column[]; rows: Row[] } {
  const measures = [COL.count, COL.amount];
  switch (g.by) {
    case 'month':
      return {
        columns: [{ key: 'year', label: C.year, kind: 'number' }, { key: 'month', label: C.month, kind: 'text' }, ...measures],
        rows: everyMonth(from, to, g.rows).map((r) => ({ cells: { year: r.jy, month: JALALI_MONTHS_FA[r.jm - 1] ?? String(r.jm), count: r.count, amount: r.total } })),
      };
    case 'project':
      return {
        columns: [{ key: 'project', label: L.project, kind: 'text' }, ...measures],
        rows: g.rows.map((r) => ({ cells: { project: purposeText(r.projectName), count: r.count, amount: r.total } })),
      };
    case 'method':
      return {
        columns: [COL.method, ...measures],
        rows: g.rows.map((r) => ({ cells: { method: METHOD_LABELS[r.method], count: r.count, amount: r.total } })),
      };
  }
}

export function collectionsModel(d: CollectionsData): ReportModel {
  const table = groupTable(d.groups, d.from, d.to);
  return {
    title: `${C.title} ${C.by[d.groups.by]}`,
    subtitle: [L.period(formatJalali(d.from), formatJalali(d.to)), C.voidedExcluded],
    sheetName: C.sheet,
    fileBase: `${C.file}-${C.fileBy[d.groups.by]}-${fileDate(d.from)}-${fileDate(d.to)}`,
    sections: [{ ...table, totals: { label: L.grandTotal, cells: { count: d.sum.count, amount: d.sum.total } } }],
  };
}

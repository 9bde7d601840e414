// Pledges overdue on a date: who, how to reach them, what kind of pledge, how much is late, for
// how many days, and the oldest unpaid due date; the longest overdue first.
import type { PledgeKind } from '../../shared/contract/pledges.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { COL, fileDate, purposeText } from './columns.ts';
import { L, PLEDGE_KIND_LABELS } from './labels.ts';
import type { Column, ReportModel } from './model.ts';

export interface OverdueEntry {
  donorName: string;
  mobile: string | null;
  kind: PledgeKind;
  projectName: string | null;
  amount: number;
  overdue: number;
  daysOverdue: number;
  oldestUnpaidDue: string;
}

export interface OverdueData {
  asOf: string;
  /** already sorted, longest overdue first */
  entries: OverdueEntry[];
  total: number;
}

const O = L.overdue;

const COLUMNS: Column[] = [
  COL.donor,
  { key: 'mobile', label: L.mobile, kind: 'text', nowrap: true },
  { key: 'kind', label: O.kind, kind: 'text', nowrap: true },
  COL.purpose,
  { key: 'amount', label: O.pledgeAmount, kind: 'money' },
  { key: 'overdue', label: O.overdueAmount, kind: 'money' },
  { key: 'days', label: O.daysOverdue, kind: 'number' },
  { key: 'oldestDue', label: O.oldestDue, kind: 'date' },
];

export function overduePledgesModel(d: OverdueData): ReportModel {
  return {
    title: O.title,
    subtitle: [O.asOf(formatJalali(d.asOf)), O.pledgesCount(toPersianDigits(d.entries.length))],
    sheetName: O.sheet,
    fileBase: `${O.file}-${fileDate(d.asOf)}`,
    sections: [
      {
        columns: COLUMNS,
        rows: d.entries.map((e) => ({
          cells: {
            donor: e.donorName,
            mobile: e.mobile,
            kind: PLEDGE_KIND_LABELS[e.kind],
            purpose: purposeText(e.projectName),
            amount: e.amount,
            overdue: e.overdue,
            days: e.daysOverdue,
            oldestDue: e.oldestUnpaidDue,
          },
        })),
        totals: { label: L.total, cells: { overdue: d.total } },
      },
    ],
  };
}

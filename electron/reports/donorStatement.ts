// The donor's statement for a period: a summary of their pledges with their figures, then every
// payment dated in the period with its receipt number and method. Voided payments are listed
// (struck through, marked «باطل») but not totalled.
import type { PledgeKind, PledgeStatus } from '../../shared/contract/pledges.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { COL, fileDate, paymentCells, purposeText } from './columns.ts';
import { isReceived } from '../../shared/domain/received.ts';
import { L, PLEDGE_KIND_LABELS, PLEDGE_STATUS_LABELS } from './labels.ts';
import type { PaymentEntry } from './paymentDetails.ts';
import type { Column, ReportModel } from './model.ts';

export interface StatementPledge {
  kind: PledgeKind;
  months: number | null;
  installments: number | null;
  projectName: string | null;
  startDate: string;
  amount: number;
  figures: { total: number | null; paid: number; overdue: number; status: PledgeStatus };
}

export interface DonorStatementData {
  donor: { displayName: string; nationalId: string | null; mobile: string | null };
  from: string;
  to: string;
  /** the day the pledges' figures are worked out for */
  figuresAsOf: string;
  pledges: StatementPledge[];
  payments: PaymentEntry[];
  /** the payments of the period received (not voided, not a bounced cheque), summed in SQL */
  paymentSum: { total: number; count: number };
}

const S = L.donorStatement;

const PLEDGE_COLUMNS: Column[] = [
  { key: 'kind', label: S.kind, kind: 'text' },
  COL.purpose,
  { key: 'startDate', label: S.startDate, kind: 'date' },
  { key: 'amount', label: S.pledgeAmount, kind: 'money' },
  { key: 'total', label: S.pledgeTotal, kind: 'money' },
  { key: 'paid', label: S.paid, kind: 'money' },
  { key: 'overdue', label: S.overdue, kind: 'money' },
  COL.status,
];

const PAYMENT_COLUMNS: Column[] = [COL.date, COL.receiptNo, COL.method, COL.details, COL.purpose, COL.amount, COL.status];

function pledgeKindText(p: StatementPledge): string {
  if (p.kind === 'monthly') return S.perMonth(p.months);
  if (p.kind === 'installments' && p.installments !== null) return `${PLEDGE_KIND_LABELS.installments}، ${S.installments(p.installments)}`;
  return PLEDGE_KIND_LABELS[p.kind];
}

export function donorStatementModel(d: DonorStatementData): ReportModel {
  const ids = [
    d.donor.nationalId ? `${S.nationalId}: ${d.donor.nationalId}` : null,
    d.donor.mobile ? `${L.mobile}: ${d.donor.mobile}` : null,
  ].filter((x): x is string => x !== null);
  return {
    title: `${S.title}: ${d.donor.displayName}`,
    subtitle: [
      ...(ids.length ? [ids.join(' — ')] : []),
      L.period(formatJalali(d.from), formatJalali(d.to)),
      S.figuresAsOf(formatJalali(d.figuresAsOf)),
    ],
    sheetName: S.sheet,
    fileBase: `${S.file}-${fileDate(d.from)}-${fileDate(d.to)}`,
    sections: [
      {
        title: S.pledges,
        columns: PLEDGE_COLUMNS,
        rows: d.pledges.map((p) => ({
          cells: {
            kind: pledgeKindText(p),
            purpose: purposeText(p.projectName),
            startDate: p.startDate,
            amount: p.amount,
            total: p.figures.total,
            paid: p.figures.paid,
            overdue: p.figures.overdue,
            status: PLEDGE_STATUS_LABELS[p.figures.status],
          },
        })),
      },
      {
        title: S.payments,
        note: S.voidNote,
        columns: PAYMENT_COLUMNS,
        rows: d.payments.map((p) => ({ cells: paymentCells(p), voided: !isReceived(p) })),
        totals: { label: S.paidInPeriod, cells: { amount: d.paymentSum.total } },
      },
    ],
  };
}

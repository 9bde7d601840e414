// The supervising agency's report (گزارش به دستگاه نظارتی): a fixed list of figures, each with
// a stable code, so the agency (and a province office adding up 112 centres) can sum the same
// row of every centre's file. Codes never change meaning; a new figure gets a new code at the
// end of its group. Labels live in the errors catalogue under `agency.figure.<code>` (fa, en);
// the exact definitions are in docs/agency-report.md and electron/services/agency/figures.ts.
import { jalaliMonthLength, jalaliToIso } from './jalali.ts';
import { VULNERABILITY_GROUP_CODES } from './agencyGroups.ts';

export type AgencyUnit = 'count' | 'rials' | 'jobs';

export interface AgencyFigureDef {
  code: string;
  unit: AgencyUnit;
}

const AID_KINDS = ['cash', 'goods', 'equipment', 'housing', 'employmentLoan'] as const;
const SOURCES = ['donors', 'agencyGrant', 'bankFacility', 'companyCsr', 'budgetNote', 'other'] as const;

/** Every figure of the report, in the order it is printed. */
export const AGENCY_FIGURES: readonly AgencyFigureDef[] = [
  // H: households served (had aid in the period) by vulnerability group, and new this period
  { code: 'H01', unit: 'count' }, // households served (given aid by this centre, dated in the period), all
  ...VULNERABILITY_GROUP_CODES.map(({ code }) => ({ code, unit: 'count' as const })), // H02–H08
  { code: 'H09', unit: 'count' }, // households registered in the period (recorded that Tehran day)
  { code: 'H10', unit: 'count' }, // households under the centre's care at the period's end (registered, not archived)
  // A: aid given by this centre, by kind: count then rials
  ...AID_KINDS.flatMap((_, i) => [
    { code: `A${String(i * 2 + 1).padStart(2, '0')}`, unit: 'count' as const },
    { code: `A${String(i * 2 + 2).padStart(2, '0')}`, unit: 'rials' as const },
  ]), // A01–A10
  { code: 'A11', unit: 'count' }, // all aid, count
  { code: 'A12', unit: 'rials' }, // all aid, rials
  // E: employment
  { code: 'E01', unit: 'count' }, // employment plans under way at some time in the period
  { code: 'E02', unit: 'jobs' }, // jobs planned by the E01 plans (the plans' totals, not dated)
  { code: 'E03', unit: 'jobs' }, // jobs created by the E01 plans (the plans' totals, not dated)
  { code: 'E04', unit: 'count' }, // households that started work on a plan in the period
  // M: housing builds (مسکن)
  { code: 'M01', unit: 'count' }, // builds started in the period (first actual start)
  { code: 'M02', unit: 'count' }, // builds finished in the period (finishing stage's actual end)
  { code: 'M03', unit: 'count' }, // builds handed over in the period (handover stage's actual end)
  { code: 'M04', unit: 'rials' }, // spent on housing builds in the period (expenses not voided)
  { code: 'M05', unit: 'count' }, // builds under way at the period's end (started, not handed over, not cancelled)
  // Q: equipment
  { code: 'Q01', unit: 'count' }, // equipment items handed out in the period
  { code: 'Q02', unit: 'rials' }, // their value
  // F: money raised by source in the period: donors' payments; other sources' received (received_on)
  ...SOURCES.map((_, i) => ({ code: `F${String(i + 1).padStart(2, '0')}`, unit: 'rials' as const })), // F01–F06
  { code: 'F07', unit: 'rials' }, // all sources
  // D: donors
  { code: 'D01', unit: 'count' }, // donors who gave in the period (a payment not voided)
  { code: 'D02', unit: 'count' }, // pledges open at the period's end (made, not cancelled, not paid in full by then)
  { code: 'D03', unit: 'count' }, // new pledges in the period (start date in it, not cancelled by its end)
];

export const AID_KIND_CODES = AID_KINDS.map((kind, i) => ({
  kind,
  count: `A${String(i * 2 + 1).padStart(2, '0')}`,
  rials: `A${String(i * 2 + 2).padStart(2, '0')}`,
}));
export const SOURCE_CODES = SOURCES.map((source, i) => ({ source, code: `F${String(i + 1).padStart(2, '0')}` }));

export type AgencyPeriod =
  | { kind: 'month'; jy: number; jm: number }
  | { kind: 'quarter'; jy: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; jy: number };

/** The period's first and last days (ISO). Quarters are three Jalali months from Farvardin. */
export function agencyPeriodRange(p: AgencyPeriod): { from: string; to: string } {
  const [m1, m2] = p.kind === 'month' ? [p.jm, p.jm] : p.kind === 'quarter' ? [(p.quarter - 1) * 3 + 1, p.quarter * 3] : [1, 12];
  return { from: jalaliToIso(p.jy, m1, 1), to: jalaliToIso(p.jy, m2, jalaliMonthLength(p.jy, m2)) };
}

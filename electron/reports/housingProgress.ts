// Every housing build as of a day: which stage it is at, how complete, whether it is stalled (for
// how many days, waiting for what) and how much of its budget is still missing. Stalled builds
// come first, the longest stalled first, then the least complete: the order a manager works in.
import type { ProjectRow } from '../../shared/contract/projects.ts';
import type { HousingStage } from '../../shared/domain/housing.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { persianSortKey } from '../../shared/domain/collate.ts';
import { fileDate } from './columns.ts';
import { L, PL, PROJECT_STATUS_LABELS, STAGE_LABELS, WAITING_FOR_LABELS } from './labels.ts';
import type { Column, ReportModel } from './model.ts';

export interface HousingProgressEntry {
  row: ProjectRow;
  /** the first stage not done; null when the build is complete */
  currentStage: HousingStage | null;
  /** the status a manager sees (a build found stalled counts as stalled) */
  status: ProjectRow['status'];
  /** planned end of the stalled stage (the day its late days count from), else of the current one */
  due: string | null;
}

export interface HousingProgressData {
  asOf: string;
  /** the day the figures were read (stages and money are as recorded then) */
  today: string;
  stallDays: number;
  includeClosed: boolean;
  entries: HousingProgressEntry[];
}

const H = PL.housing;

const COLUMNS: Column[] = [
  { key: 'name', label: PL.project, kind: 'text' },
  { key: 'household', label: PL.household, kind: 'text' },
  { key: 'city', label: PL.city, kind: 'text', nowrap: true },
  { key: 'status', label: PL.status, kind: 'text', nowrap: true },
  { key: 'stage', label: H.stage, kind: 'text', nowrap: true },
  { key: 'percent', label: H.percent, kind: 'number' },
  { key: 'due', label: H.due, kind: 'date' },
  { key: 'days', label: H.daysStalled, kind: 'number' },
  { key: 'waiting', label: H.waitingFor, kind: 'text' },
  { key: 'budget', label: PL.budget, kind: 'money' },
  { key: 'raised', label: PL.raised, kind: 'money' },
  { key: 'gap', label: PL.gap, kind: 'money' },
];

/** Stalled first (most days first), then least complete, then by name in Persian order. */
export function progressOrder(a: HousingProgressEntry, b: HousingProgressEntry): number {
  const days = (b.row.stalled?.days ?? -1) - (a.row.stalled?.days ?? -1);
  if (days !== 0) return days;
  const pct = (a.row.percent ?? 0) - (b.row.percent ?? 0);
  if (pct !== 0) return pct;
  const ka = persianSortKey(a.row.name);
  const kb = persianSortKey(b.row.name);
  return ka < kb ? -1 : ka > kb ? 1 : a.row.id < b.row.id ? -1 : 1;
}

/** What the stalled stage waits for; the stage is named when it is not the current one (a
 *  later stage started out of order can be the one that is late). */
function waitingText(e: HousingProgressEntry): string | null {
  const s = e.row.stalled;
  if (!s) return null;
  const wait = s.waitingFor ? WAITING_FOR_LABELS[s.waitingFor] : H.unknownWait;
  return s.stage === e.currentStage ? wait : H.inStage(wait, STAGE_LABELS[s.stage]);
}

export function housingProgressModel(d: HousingProgressData): ReportModel {
  const entries = [...d.entries].sort(progressOrder);
  // Each build's money is derived from its pledges, payments and funding sources (never
  // stored), so the totals are added here, in integer rials, from the very figures the rows show.
  const totals = { budget: 0, raised: 0, gap: 0 };
  for (const e of entries) {
    totals.budget += e.row.money.budget ?? 0;
    totals.raised += e.row.money.raised;
    totals.gap += e.row.money.gap;
  }
  const stalled = entries.filter((e) => e.row.stalled !== null).length;
  const subtitle = [H.counts(entries.length, stalled), H.stallRule(d.stallDays), H.order];
  if (d.includeClosed) subtitle.push(H.withClosed);
  if (d.asOf !== d.today) subtitle.push(H.recordedToday(formatJalali(d.today)));
  return {
    title: H.title(formatJalali(d.asOf)),
    subtitle,
    sheetName: H.sheet,
    fileBase: `${H.file}-${fileDate(d.asOf)}`,
    landscape: true,
    sections: [
      {
        columns: COLUMNS,
        rows: entries.map((e) => ({
          cells: {
            name: e.row.name,
            household: e.row.householdName ?? H.noHousehold,
            city: e.row.city,
            status: PROJECT_STATUS_LABELS[e.status],
            stage: e.currentStage ? STAGE_LABELS[e.currentStage] : H.complete,
            percent: e.row.percent ?? 0,
            due: e.due,
            days: e.row.stalled?.days ?? null,
            waiting: waitingText(e),
            budget: e.row.money.budget,
            raised: e.row.money.raised,
            gap: e.row.money.gap,
          },
        })),
        totals: { label: L.total, cells: totals },
      },
    ],
  };
}

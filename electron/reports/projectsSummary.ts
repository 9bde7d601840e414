// The centre's projects by kind and status, for the supervising agency: how many, their budgets,
// what is raised, received and spent, and what is still missing. One table per kind (a row per
// status, the kind's total last), then every kind side by side with the grand total.
import { projectKind, projectStatus, type ProjectKind, type ProjectStatus } from '../../shared/contract/projects.ts';
import { formatJalali } from '../../shared/domain/jalali.ts';
import { fileDate } from './columns.ts';
import { L, PL, PROJECT_KIND_LABELS, PROJECT_STATUS_LABELS } from './labels.ts';
import type { CellValue, Column, ReportModel, TableSection } from './model.ts';

/** One project's share of the summary: its kind, the status a manager sees, its money. */
export interface SummaryProject {
  kind: ProjectKind;
  status: ProjectStatus;
  budget: number | null;
  raised: number;
  received: number;
  spent: number;
  gap: number;
}

export interface ProjectsSummaryData {
  today: string;
  projects: SummaryProject[];
}

interface Figures {
  count: number;
  budget: number;
  raised: number;
  received: number;
  spent: number;
  gap: number;
}

const S = PL.summary;

const MEASURES: Column[] = [
  { key: 'count', label: PL.count, kind: 'number' },
  { key: 'budget', label: PL.budget, kind: 'money' },
  { key: 'raised', label: PL.raised, kind: 'money' },
  { key: 'received', label: PL.received, kind: 'money' },
  { key: 'spent', label: PL.spent, kind: 'money' },
  { key: 'gap', label: PL.gap, kind: 'money' },
];

const zero = (): Figures => ({ count: 0, budget: 0, raised: 0, received: 0, spent: 0, gap: 0 });

function add(f: Figures, p: SummaryProject): void {
  f.count += 1;
  f.budget += p.budget ?? 0;
  f.raised += p.raised;
  f.received += p.received;
  f.spent += p.spent;
  f.gap += p.gap;
}

const cells = (f: Figures): Record<string, CellValue> => ({ ...f });

export function projectsSummaryModel(d: ProjectsSummaryData): ReportModel {
  // Money per project is derived (pledges, payments, funding sources, expenses), so sums are
  // added here in integer rials from the same per-project figures the projects screen shows.
  const byKind = new Map<ProjectKind, { total: Figures; byStatus: Map<ProjectStatus, Figures> }>();
  const grand = zero();
  for (const p of d.projects) {
    let k = byKind.get(p.kind);
    if (!k) byKind.set(p.kind, (k = { total: zero(), byStatus: new Map() }));
    let s = k.byStatus.get(p.status);
    if (!s) k.byStatus.set(p.status, (s = zero()));
    add(s, p);
    add(k.total, p);
    add(grand, p);
  }

  const sections: TableSection[] = [];
  for (const kind of projectKind.options) {
    const k = byKind.get(kind);
    if (!k) continue; // a kind the centre has no project of gets no table of its own
    sections.push({
      title: PROJECT_KIND_LABELS[kind],
      columns: [{ key: 'status', label: PL.status, kind: 'text', nowrap: true }, ...MEASURES],
      rows: projectStatus.options
        .filter((s) => k.byStatus.has(s))
        .map((s) => ({ cells: { status: PROJECT_STATUS_LABELS[s], ...cells(k.byStatus.get(s)!) } })),
      totals: { label: S.kindTotal(PROJECT_KIND_LABELS[kind]), cells: cells(k.total) },
    });
  }
  // Every kind, those without projects too: a zero is an answer the agency asks for.
  sections.push({
    title: S.byKind,
    columns: [{ key: 'kind', label: PL.kind, kind: 'text', nowrap: true }, ...MEASURES],
    rows: projectKind.options.map((kind) => ({ cells: { kind: PROJECT_KIND_LABELS[kind], ...cells(byKind.get(kind)?.total ?? zero()) } })),
    totals: { label: L.grandTotal, cells: cells(grand) },
  });

  return {
    title: S.title,
    subtitle: [S.asOf(formatJalali(d.today)), S.note],
    sheetName: S.sheet,
    fileBase: `${S.file}-${fileDate(d.today)}`,
    sections,
  };
}

// Lists of projects with their figures: the projects screen, the board and the reports. The
// filters that are columns run in SQL; figures (percent, gap, stalled) are derived, so a
// centre's projects (hundreds; a province office's 800 builds a year) are worked out in one
// pass of grouped queries and sorted in memory.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import { persianSortKey } from '../../../shared/domain/collate.ts';
import {
  CLOSED_STATUSES,
  type ProjectKind,
  type ProjectRow,
  type ProjectStatus,
  type ProjectsBoard,
} from '../../../shared/contract/projects.ts';
import { computeFigures, readStallDays } from './figures.ts';

const registered = new WeakSet<Db>();
/** Search keys computed in SQL from the name, for rows saved before search_text was kept
 *  (projects made by the treasury issue's screens had none). */
function ensureSearchFunction(db: Db): void {
  if (registered.has(db)) return;
  db.function('hamyar_search_key', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? normalizeForSearch(s) : ''));
  registered.add(db);
}

function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Conditions matching every word of `query` in a project's name, city, manager or household,
 *  however it is spelled (Arabic ي/ك, ZWNJ, digits). */
export function textConditions(db: Db, query: string | null, prefix = ''): { where: string[]; params: string[] } {
  ensureSearchFunction(db);
  const where: string[] = [];
  const params: string[] = [];
  for (const token of normalizeForSearch(query ?? '').split(' ').filter(Boolean)) {
    where.push(`(${prefix}search_text LIKE ? ESCAPE '\\' OR hamyar_search_key(${prefix}name) LIKE ? ESCAPE '\\')`);
    params.push(likePattern(token), likePattern(token));
  }
  return { where, params };
}

export interface ProjectFilter {
  query?: string | null;
  kind?: ProjectKind;
  includeClosed: boolean;
  includeArchived: boolean;
}

interface BaseRow {
  id: string;
  name: string;
  kind: ProjectKind;
  status: ProjectStatus;
  city: string | null;
  budget: number | null;
  startDate: string | null;
  plannedEndDate: string | null;
  archivedAt: string | null;
  householdName: string | null;
}

function closedList(): string {
  return `(${CLOSED_STATUSES.map((s) => `'${s}'`).join(', ')})`;
}

/** Every project the filter selects, with its figures, in no particular order. */
export function loadProjectRows(db: Db, f: ProjectFilter, today: string): ProjectRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!f.includeArchived) where.push('p.archived_at IS NULL');
  if (!f.includeClosed) where.push(`p.status NOT IN ${closedList()}`);
  if (f.kind) {
    where.push('p.kind = ?');
    params.push(f.kind);
  }
  const text = textConditions(db, f.query ?? null, 'p.');
  where.push(...text.where);
  params.push(...text.params);
  const rows = stmt<unknown[], BaseRow>(
    db,
    `SELECT p.id, p.name, p.kind, p.status, p.city, p.budget, p.start_date AS startDate, p.planned_end_date AS plannedEndDate,
            p.archived_at AS archivedAt, h.display_name AS householdName
     FROM projects p LEFT JOIN housing_builds b ON b.project_id = p.id LEFT JOIN households h ON h.id = b.household_id
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
  ).all(...params);
  const figures = computeFigures(db, null, rows, today, readStallDays(db));
  return rows.map((r) => {
    const fig = figures.get(r.id)!;
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      status: r.status,
      city: r.city,
      startDate: r.startDate,
      plannedEndDate: r.plannedEndDate,
      money: fig.money,
      percent: fig.percent,
      stalled: fig.stalled,
      householdName: r.householdName,
      archivedAt: r.archivedAt,
    };
  });
}

/** The status a manager should see: a build found stalled counts as stalled while its typed
 *  status still says planned or in progress. */
export function effectiveStatus(r: Pick<ProjectRow, 'status' | 'stalled'>): ProjectStatus {
  return r.stalled && (r.status === 'planned' || r.status === 'inProgress') ? 'stalled' : r.status;
}

export type ProjectSort = 'name' | 'startDate' | 'percent' | 'gap' | 'stalled';

const sortKeys = new Map<string, string>();
function nameKey(name: string): string {
  let k = sortKeys.get(name);
  if (k === undefined) {
    if (sortKeys.size > 10_000) sortKeys.clear();
    sortKeys.set(name, (k = persianSortKey(name)));
  }
  return k;
}
const byName = (a: ProjectRow, b: ProjectRow) => {
  const ka = nameKey(a.name);
  const kb = nameKey(b.name);
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : 1;
};

const SORTS: Record<ProjectSort, (a: ProjectRow, b: ProjectRow) => number> = {
  name: byName,
  // newest first; projects without a start date last
  startDate: (a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || byName(a, b),
  // least complete first: the builds that need attention
  percent: (a, b) => (a.percent ?? 101) - (b.percent ?? 101) || byName(a, b),
  gap: (a, b) => b.money.gap - a.money.gap || byName(a, b),
  stalled: (a, b) => (b.stalled?.days ?? -1) - (a.stalled?.days ?? -1) || byName(a, b),
};

export function searchProjects(
  db: Db,
  f: ProjectFilter & { status?: ProjectStatus; sort: ProjectSort; limit: number; offset: number },
  today: string,
): { total: number; items: ProjectRow[] } {
  let rows = loadProjectRows(db, f, today);
  if (f.status) rows = rows.filter((r) => effectiveStatus(r) === f.status);
  rows.sort(SORTS[f.sort]);
  return { total: rows.length, items: rows.slice(f.offset, f.offset + f.limit) };
}

const BOARD_BUILDS = 100;
const BOARD_MONEY = 12;

export function projectsBoard(db: Db, today: string): ProjectsBoard {
  const rows = loadProjectRows(db, { includeClosed: true, includeArchived: false }, today);
  const counts = new Map<ProjectStatus, number>();
  for (const r of rows) counts.set(effectiveStatus(r), (counts.get(effectiveStatus(r)) ?? 0) + 1);
  const open = rows.filter((r) => !CLOSED_STATUSES.includes(r.status));
  const builds = open.filter((r) => r.kind === 'housing').sort((a, b) => SORTS.stalled(a, b) || SORTS.percent(a, b)).slice(0, BOARD_BUILDS);
  const money = open
    .filter((r) => r.money.budget !== null && r.money.budget > 0)
    .sort((a, b) => b.money.budget! - a.money.budget! || byName(a, b))
    .slice(0, BOARD_MONEY)
    .map((r) => ({ id: r.id, name: r.name, budget: r.money.budget!, raised: r.money.raised, received: r.money.received }));
  const totals = { budget: 0, raised: 0, received: 0, spent: 0, gap: 0, outstanding: 0, balance: 0 };
  for (const r of open) {
    totals.budget += r.money.budget ?? 0;
    totals.raised += r.money.raised;
    totals.received += r.money.received;
    totals.spent += r.money.spent;
    totals.gap += r.money.gap;
    totals.outstanding += r.money.outstanding;
    totals.balance += r.money.balance;
  }
  const statuses: ProjectStatus[] = ['planned', 'inProgress', 'stalled', 'finished', 'handedOver', 'cancelled'];
  return {
    today,
    stallDays: readStallDays(db),
    byStatus: statuses.map((status) => ({ status, count: counts.get(status) ?? 0 })),
    builds,
    money,
    totals,
  };
}

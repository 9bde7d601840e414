// Households search: names of heads and members, national IDs, file number and city through
// the trigram FTS index (LIKE for tokens under three letters) on the normalised search_text;
// filters by group, open need, city, case worker and waiting time; one page per call.
import type { z } from 'zod';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import { addDays, daysBetween } from '../../../shared/domain/days.ts';
import { SENSITIVE_GROUPS, type householdSearchInput, type HouseholdSummary, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { visibleGroups } from './redact.ts';

export type HouseholdSearch = Omit<z.output<typeof householdSearchInput>, 'limit' | 'offset'>;

function ftsPhrase(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}
function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** false: the status term as `+h.archived_at …`, so it cannot claim households_active_sort and
 *  the rows are found through the narrowing terms (FTS, city, group, needs) instead. */
interface FilterPlan {
  statusIndex?: boolean;
}

export function buildHouseholdFilter(input: HouseholdSearch, today: string, plan: FilterPlan = {}): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const tokens = normalizeForSearch(input.query).split(' ').filter(Boolean);
  const long = tokens.filter((t) => [...t].length >= 3);
  const short = tokens.filter((t) => [...t].length < 3);
  if (long.length > 0) {
    where.push('h.rowid IN (SELECT rowid FROM households_fts WHERE households_fts MATCH ?)');
    params.push(long.map(ftsPhrase).join(' AND '));
  }
  for (const t of short) (where.push("h.search_text LIKE ? ESCAPE '\\'"), params.push(likePattern(t)));
  const status = plan.statusIndex === false ? '+h.archived_at' : 'h.archived_at';
  if (input.status === 'active') where.push(`${status} IS NULL`);
  if (input.status === 'archived') where.push(`${status} IS NOT NULL`);
  if (input.city) (where.push('h.city = ?'), params.push(input.city));
  if (input.caseWorkerId) (where.push('h.case_worker_id = ?'), params.push(input.caseWorkerId));
  if (input.group) (where.push('h.id IN (SELECT household_id FROM household_groups WHERE grp = ?)'), params.push(input.group));
  if (input.needKind) {
    where.push("h.id IN (SELECT household_id FROM needs WHERE status = 'open' AND kind = ?)");
    params.push(input.needKind);
  }
  if (input.minWaitingDays !== undefined) {
    where.push("h.id IN (SELECT household_id FROM needs WHERE status = 'open' AND recorded_on <= ?)");
    params.push(addDays(today, -input.minWaitingDays));
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export interface HouseholdListRow {
  id: string;
  displayName: string;
  nationalId: string;
  city: string;
  village: string | null;
  agencyFileNo: string | null;
  archivedAt: string | null;
  caseWorkerId: string | null;
  caseWorkerName: string | null;
  memberCount: number;
  openNeeds: number;
  oldestOpen: string | null;
  monthlyIncome: number | null;
  disabilityKind: string | null;
  groups: VulnerabilityGroup[];
}

/** From this many matches on, walking households_active_sort in name order finds a page sooner
 *  than fetching every match and sorting it (as for donors; see electron/services/donors/search.ts). */
const WALK_MIN_MATCHES = 2000;
const DETAIL_CHUNK = 500;

type DetailRow = Omit<HouseholdListRow, 'groups'>;

/** The list's columns for some households, with their member and need counts: computed only
 *  for the rows shown (a page, or an export), never for every match. */
function details(db: Db, ids: readonly string[]): Map<string, HouseholdListRow> {
  const out = new Map<string, HouseholdListRow>();
  for (let i = 0; i < ids.length; i += DETAIL_CHUNK) {
    const chunk = ids.slice(i, i + DETAIL_CHUNK);
    const marks = chunk.map(() => '?').join(',');
    const rows = stmt<string[], DetailRow>(
      db,
      `SELECT h.id, h.display_name AS displayName, h.head_national_id AS nationalId, h.city, h.village,
         h.agency_file_no AS agencyFileNo, h.archived_at AS archivedAt, h.case_worker_id AS caseWorkerId, u.display_name AS caseWorkerName,
         h.monthly_income AS monthlyIncome, h.disability_kind AS disabilityKind,
         (SELECT count(*) FROM household_members m WHERE m.household_id = h.id) AS memberCount,
         (SELECT count(*) FROM needs n WHERE n.household_id = h.id AND n.status = 'open') AS openNeeds,
         (SELECT min(n.recorded_on) FROM needs n WHERE n.household_id = h.id AND n.status = 'open') AS oldestOpen
       FROM households h LEFT JOIN users u ON u.id = h.case_worker_id WHERE h.id IN (${marks})`,
    ).all(...chunk);
    for (const r of rows) out.set(r.id, { ...r, groups: [] });
    const groups = stmt<string[], { household_id: string; grp: VulnerabilityGroup }>(
      db,
      `SELECT household_id, grp FROM household_groups WHERE household_id IN (${marks}) ORDER BY grp`,
    ).all(...chunk);
    for (const g of groups) out.get(g.household_id)?.groups.push(g.grp);
  }
  return out;
}

/** Matching rows in name order; `page` null = all of them (export). */
export function listHouseholds(db: Db, input: HouseholdSearch, today: string, page: { limit: number; offset: number } | null): { rows: HouseholdListRow[]; total: number } {
  // As for donors: when another term narrows the rows, it (not the status index) finds them.
  const narrowed =
    normalizeForSearch(input.query) !== '' || !!input.city || !!input.caseWorkerId || !!input.group || !!input.needKind || input.minWaitingDays !== undefined;
  const counted = buildHouseholdFilter(input, today, { statusIndex: !narrowed });
  const total = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM households h ${counted.where}`).get(...counted.params)!.n;
  if (total === 0) return { rows: [], total };
  const walk = !narrowed || total >= WALK_MIN_MATCHES;
  const { where, params } = buildHouseholdFilter(input, today, { statusIndex: walk });
  const ids = stmt<unknown[], { id: string }>(db, `SELECT h.id FROM households h ${where} ORDER BY h.sort_key, h.id ${page ? 'LIMIT ? OFFSET ?' : ''}`)
    .all(...params, ...(page ? [page.limit, page.offset] : []))
    .map((r) => r.id);
  const byId = details(db, ids);
  return { total, rows: ids.map((id) => byId.get(id)!) };
}

export function toSummary(r: HouseholdListRow, today: string, sensitive: boolean): HouseholdSummary {
  return {
    id: r.id,
    displayName: r.displayName,
    nationalId: r.nationalId,
    city: r.city,
    village: r.village,
    agencyFileNo: r.agencyFileNo,
    groups: visibleGroups(r.groups, sensitive),
    memberCount: r.memberCount,
    openNeeds: r.openNeeds,
    caseWorkerId: r.caseWorkerId,
    caseWorkerName: r.caseWorkerName,
    waitingDays: r.oldestOpen ? Math.max(0, daysBetween(r.oldestOpen, today)) : null,
    archivedAt: r.archivedAt,
  };
}

/** A role that may not see sensitive groups cannot filter by one either (it would reveal them). */
export function filtersHidden(input: HouseholdSearch, sensitive: boolean): boolean {
  return !sensitive && !!input.group && SENSITIVE_GROUPS.includes(input.group);
}

export function searchHouseholds(db: Db, input: z.output<typeof householdSearchInput>, today: string, sensitive: boolean) {
  if (filtersHidden(input, sensitive)) return { items: [], total: 0 };
  const { rows, total } = listHouseholds(db, input, today, { limit: input.limit, offset: input.offset });
  return { total, items: rows.map((r) => toSummary(r, today, sensitive)) };
}

// Households search: names of heads and members, national IDs, file number and city through
// the trigram FTS index (LIKE for tokens under three letters) on the normalised search_text;
// filters by group, open need, city, case worker and waiting time; one page per call.
import type { z } from 'zod';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import { daysBetween } from '../../../shared/domain/matching.ts';
import { SENSITIVE_GROUPS, type householdSearchInput, type HouseholdSummary, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { visibleGroups } from './redact.ts';

export type HouseholdSearch = Omit<z.output<typeof householdSearchInput>, 'limit' | 'offset'>;

function ftsPhrase(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}
function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
function dayMinus(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export function buildHouseholdFilter(input: HouseholdSearch, today: string): { where: string; params: unknown[] } {
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
  if (input.status === 'active') where.push('h.archived_at IS NULL');
  if (input.status === 'archived') where.push('h.archived_at IS NOT NULL');
  if (input.city) (where.push('h.city = ?'), params.push(input.city));
  if (input.caseWorkerId) (where.push('h.case_worker_id = ?'), params.push(input.caseWorkerId));
  if (input.group) (where.push('h.id IN (SELECT household_id FROM household_groups WHERE grp = ?)'), params.push(input.group));
  if (input.needKind) {
    where.push("h.id IN (SELECT household_id FROM needs WHERE status = 'open' AND kind = ?)");
    params.push(input.needKind);
  }
  if (input.minWaitingDays !== undefined) {
    where.push("h.id IN (SELECT household_id FROM needs WHERE status = 'open' AND recorded_on <= ?)");
    params.push(dayMinus(today, input.minWaitingDays));
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

/** Matching rows in name order; `page` null = all of them (export). */
export function listHouseholds(db: Db, input: HouseholdSearch, today: string, page: { limit: number; offset: number } | null): { rows: HouseholdListRow[]; total: number } {
  const { where, params } = buildHouseholdFilter(input, today);
  const total = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM households h ${where}`).get(...params)!.n;
  if (total === 0) return { rows: [], total };
  const rows = stmt<unknown[], Omit<HouseholdListRow, 'groups'>>(
    db,
    `SELECT h.id, h.display_name AS displayName, h.head_national_id AS nationalId, h.city, h.village,
       h.agency_file_no AS agencyFileNo, h.archived_at AS archivedAt, h.case_worker_id AS caseWorkerId, u.display_name AS caseWorkerName,
       h.monthly_income AS monthlyIncome, h.disability_kind AS disabilityKind,
       (SELECT count(*) FROM household_members m WHERE m.household_id = h.id) AS memberCount,
       (SELECT count(*) FROM needs n WHERE n.household_id = h.id AND n.status = 'open') AS openNeeds,
       (SELECT min(n.recorded_on) FROM needs n WHERE n.household_id = h.id AND n.status = 'open') AS oldestOpen
     FROM households h LEFT JOIN users u ON u.id = h.case_worker_id ${where}
     ORDER BY h.sort_key, h.id ${page ? 'LIMIT ? OFFSET ?' : ''}`,
  ).all(...params, ...(page ? [page.limit, page.offset] : []));
  const groups = new Map<string, VulnerabilityGroup[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const g = stmt<string[], { household_id: string; grp: VulnerabilityGroup }>(
      db,
      `SELECT household_id, grp FROM household_groups WHERE household_id IN (${chunk.map(() => '?').join(',')}) ORDER BY grp`,
    ).all(...chunk.map((r) => r.id));
    for (const r of g) (groups.get(r.household_id) ?? groups.set(r.household_id, []).get(r.household_id)!).push(r.grp);
  }
  return { total, rows: rows.map((r) => ({ ...r, groups: groups.get(r.id) ?? [] })) };
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

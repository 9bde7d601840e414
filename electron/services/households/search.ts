// Households search: names of heads and members, national IDs, file number and city, on the
// normalised search_text (words of three letters or more anywhere, through the trigram index
// households_fts; one or two letters at the start of a word, through households_words); filters
// by group, open need, city, case worker and waiting time; one page per call, in name order.
//
// How (migration 7): the filters are columns of the household's own row (groups_mask,
// open_needs_mask, oldest_open_need_on, kept by triggers) and keys in the two full-text indexes,
// beside the text. So the total is counted by one FTS expression (text, filters and status merged
// inside FTS5), without reading the matching households, which cost ~1 µs each; and a page of
// many matches is found by walking households_active_sort in name order, checking each row's
// own columns, and stopping after one page.
import type { z } from 'zod';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import { addDays, daysBetween } from '../../../shared/domain/days.ts';
import { SENSITIVE_GROUPS, type householdSearchInput, type HouseholdSummary, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { FILTER_KEYS, GROUP_BITS, NEED_KIND_BITS } from '../../store/migrations/007_household_search.ts';
import { visibleGroups } from './redact.ts';

export type HouseholdSearch = Omit<z.output<typeof householdSearchInput>, 'limit' | 'offset'>;

function ftsPhrase(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}
function escapeLike(token: string): string {
  return token.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A search taken apart: what the FTS indexes can answer and what only the row can. */
interface SearchTerms {
  /** words of three letters or more (anywhere in the search text) */
  long: string[];
  /** words of one or two letters (the start of a word) */
  short: string[];
  status: HouseholdSearch['status'];
  /** filter keys every match has (group, kind of open need, city, case worker) */
  keys: string[];
  /** the same filters as predicates on the households row h */
  filters: { sql: string; params: unknown[] }[];
  /** waiting time: the oldest open need on or before this date */
  waitingCutoff: string | null;
  /** a filter no household can match (a city or case worker no household has, an unknown kind) */
  none: boolean;
}

function codeOf(db: Db, kind: 'city' | 'caseWorker', value: string): number | undefined {
  return stmt<[string, string], { code: number }>(db, 'SELECT code FROM household_filter_codes WHERE kind = ? AND value = ?').get(kind, value)?.code;
}

function termsOf(db: Db, input: HouseholdSearch, today: string): SearchTerms {
  const tokens = normalizeForSearch(input.query).split(' ').filter(Boolean);
  const t: SearchTerms = {
    long: tokens.filter((x) => [...x].length >= 3),
    short: tokens.filter((x) => [...x].length < 3),
    status: input.status,
    keys: [],
    filters: [],
    waitingCutoff: input.minWaitingDays === undefined ? null : addDays(today, -input.minWaitingDays),
    none: false,
  };
  if (input.city) {
    const code = codeOf(db, 'city', input.city);
    if (code === undefined) t.none = true;
    else (t.keys.push(FILTER_KEYS.city(code)), t.filters.push({ sql: 'h.city = ?', params: [input.city] }));
  }
  if (input.caseWorkerId) {
    const code = codeOf(db, 'caseWorker', input.caseWorkerId);
    if (code === undefined) t.none = true;
    else (t.keys.push(FILTER_KEYS.caseWorker(code)), t.filters.push({ sql: 'h.case_worker_id = ?', params: [input.caseWorkerId] }));
  }
  if (input.group) {
    const bit = GROUP_BITS[input.group];
    t.keys.push(FILTER_KEYS.group(bit));
    t.filters.push({ sql: `h.groups_mask & ${bit} != 0`, params: [] });
  }
  if (input.needKind) {
    const bit = (NEED_KIND_BITS as Record<string, number>)[input.needKind];
    if (bit === undefined) t.none = true;
    else (t.keys.push(FILTER_KEYS.need(bit)), t.filters.push({ sql: `h.open_needs_mask & ${bit} != 0`, params: [] }));
  }
  if (t.waitingCutoff !== null) {
    t.keys.push(FILTER_KEYS.openNeed); // every household waiting has an open need: fewer rows to check
    t.filters.push({ sql: 'h.oldest_open_need_on <= ?', params: [t.waitingCutoff] });
  }
  return t;
}

/** The FTS query that finds the matches (all of them, or a superset the row checks narrow), or
 *  null when no text or key narrows the search. Words of three letters or more go to the trigram
 *  index; without them, one- and two-letter words and the keys go to the word index. */
interface FtsQuery {
  table: 'households_fts' | 'households_words';
  match: string;
  /** predicates on the row that the FTS expression does not decide */
  rowChecks: { sql: string; params: unknown[] }[];
}

function ftsQuery(t: SearchTerms): FtsQuery | null {
  if (t.long.length === 0 && t.short.length === 0 && t.keys.length === 0) return null;
  const useTrigrams = t.long.length > 0;
  const parts = useTrigrams
    ? t.long.map((w) => `search_text : ${ftsPhrase(w)}`)
    : t.short.map((w) => `search_text : ${ftsPhrase(w)}*`);
  parts.push(...t.keys.map((k) => `filter_keys : ${ftsPhrase(k)}`));
  let match = parts.map((p) => `(${p})`).join(' AND ');
  if (t.status === 'active') match = `(${match}) NOT (filter_keys : ${ftsPhrase(FILTER_KEYS.archived)})`;
  if (t.status === 'archived') match = `(${match}) AND (filter_keys : ${ftsPhrase(FILTER_KEYS.archived)})`;
  const rowChecks = useTrigrams ? shortChecks(t.short) : [];
  if (t.waitingCutoff !== null) rowChecks.push({ sql: 'h.oldest_open_need_on <= ?', params: [t.waitingCutoff] });
  return { table: useTrigrams ? 'households_fts' : 'households_words', match, rowChecks };
}

/** Text on the row, as the indexes match it: a long word anywhere in search_text (trigram
 *  substring), a short word at the start of a word of it (words end at spaces, both here and in
 *  households_words' tokenizer; search_text is normalised, so lower case already). */
function longChecks(words: readonly string[]) {
  return words.map((w) => ({ sql: "h.search_text LIKE ? ESCAPE '\\'", params: [`%${escapeLike(w)}%`] }));
}
function shortChecks(words: readonly string[]) {
  return words.map((w) => ({ sql: "' ' || h.search_text LIKE ? ESCAPE '\\'", params: [`% ${escapeLike(w)}%`] }));
}

function whereOf(terms: readonly { sql: string; params: unknown[] }[]): { where: string; params: unknown[] } {
  return terms.length === 0 ? { where: '', params: [] } : { where: `WHERE ${terms.map((x) => x.sql).join(' AND ')}`, params: terms.flatMap((x) => x.params) };
}

function statusTerm(status: HouseholdSearch['status']): { sql: string; params: unknown[] }[] {
  if (status === 'active') return [{ sql: 'h.archived_at IS NULL', params: [] }];
  if (status === 'archived') return [{ sql: 'h.archived_at IS NOT NULL', params: [] }];
  return [];
}

function countRows(db: Db, sql: string, params: readonly unknown[]): number {
  return stmt<unknown[], { n: number }>(db, sql).get(...params)!.n;
}

/** From this many matches on, walking households_active_sort in name order finds a page sooner
 *  than fetching every match and sorting it (as for donors; see electron/services/donors/search.ts):
 *  at 2,000 of 100,000 households a page of 50 is found within ~2,500 rows. */
const WALK_MIN_MATCHES = 2000;
const DETAIL_CHUNK = 500;

type Page = { limit: number; offset: number } | null;

/** How the rows are found; the rows found are the same either way (tests set it to try both ways
 *  on a small centre). */
export interface SearchTuning {
  walkMinMatches?: number;
}

/** The matches' ids in name order (one page, or all of them for `page` null) and their number.
 *  The number comes from an index wherever one can decide it (an FTS expression, the status
 *  index, households_oldest_open), never from reading every matching household. */
function matchIds(db: Db, t: SearchTerms, page: Page, walkMin: number): { ids: string[]; total: number } {
  const paging = page ? 'LIMIT ? OFFSET ?' : '';
  const paged = page ? [page.limit, page.offset] : [];
  const select = (sql: string, params: readonly unknown[]) => stmt<unknown[], { id: string; n: number }>(db, sql).all(...params, ...paged);
  const ids = (sql: string, params: readonly unknown[]) => select(sql, params).map((r) => r.id);
  // Many matches: in name order through the status index, each row checked on its own columns
  // (text with LIKE, as the FTS indexes match it), stopping after one page.
  const walk = () => {
    const { where, params } = whereOf([...statusTerm('active'), ...longChecks(t.long), ...shortChecks(t.short), ...t.filters]);
    return ids(`SELECT h.id FROM households h INDEXED BY households_active_sort ${where} ORDER BY h.sort_key, h.id ${paging}`, params);
  };
  const canWalk = (total: number) => t.status === 'active' && total >= walkMin;
  const textual = t.long.length > 0 || t.short.length > 0;

  if (!textual && t.waitingCutoff !== null) {
    // waiting time without text: households_oldest_open (by date) holds every other filter's column
    const { where, params } = whereOf([...statusTerm(t.status), ...t.filters]);
    const total = countRows(db, `SELECT count(*) AS n FROM households h INDEXED BY households_oldest_open ${where}`, params);
    if (total === 0) return { ids: [], total };
    if (canWalk(total)) return { ids: walk(), total };
    return { ids: ids(`SELECT h.id FROM households h INDEXED BY households_oldest_open ${where} ORDER BY h.sort_key, h.id ${paging}`, params), total };
  }

  const fts = ftsQuery(t);
  if (fts === null) {
    // nothing narrows: the households of the status (archived ones are few, through the index)
    const archived = () => countRows(db, 'SELECT count(*) AS n FROM households WHERE archived_at IS NOT NULL', []);
    const all = () => countRows(db, 'SELECT count(*) AS n FROM households', []);
    const total = t.status === 'archived' ? archived() : t.status === 'all' ? all() : all() - archived();
    if (total === 0 || t.status === 'active') return { ids: total === 0 ? [] : walk(), total };
    const { where, params } = whereOf(statusTerm(t.status));
    return { ids: ids(`SELECT h.id FROM households h ${where} ORDER BY h.sort_key, h.id ${paging}`, params), total };
  }

  // The first candidates from the FTS index (every one, when fewer than walkMin): few are
  // checked, counted and paged in one statement over their rowids, without evaluating the FTS
  // expression again (a full name's trigrams cost a few milliseconds).
  const first = stmt<[string, number], number>(db, `SELECT rowid FROM ${fts.table} WHERE ${fts.table} MATCH ? LIMIT ?`)
    .pluck()
    .all(fts.match, walkMin);
  if (first.length < walkMin) {
    if (first.length === 0) return { ids: [], total: 0 };
    const { where, params } = whereOf([{ sql: 'h.rowid IN (SELECT value FROM json_each(?))', params: [JSON.stringify(first)] }, ...fts.rowChecks]);
    const counted = fts.rowChecks.length > 0 ? ', count(*) OVER () AS n' : '';
    const rows = select(`SELECT h.id${counted} FROM households h ${where} ORDER BY h.sort_key, h.id ${paging}`, params);
    if (fts.rowChecks.length === 0) return { ids: rows.map((r) => r.id), total: first.length };
    if (rows.length > 0 || !page || page.offset === 0) return { ids: rows.map((r) => r.id), total: rows[0]?.n ?? 0 };
    return { ids: [], total: countRows(db, `SELECT count(*) AS n FROM households h ${where}`, params) };
  }
  // Many: counted by the FTS index alone when it decides every term, and paged by the walk.
  const { where, params } = whereOf([{ sql: `h.rowid IN (SELECT rowid FROM ${fts.table} WHERE ${fts.table} MATCH ?)`, params: [fts.match] }, ...fts.rowChecks]);
  if (t.status !== 'active' || fts.rowChecks.length > 0) {
    // no walk in name order (another status), or every candidate's row read anyway (the row
    // checks): checked, counted and paged in one statement
    const rows = select(`SELECT h.id, count(*) OVER () AS n FROM households h ${where} ORDER BY h.sort_key, h.id ${paging}`, params);
    if (rows.length > 0 || !page || page.offset === 0) return { ids: rows.map((r) => r.id), total: rows[0]?.n ?? 0 };
  }
  const total =
    fts.rowChecks.length === 0
      ? countRows(db, `SELECT count(*) AS n FROM ${fts.table} WHERE ${fts.table} MATCH ?`, [fts.match])
      : countRows(db, `SELECT count(*) AS n FROM households h ${where}`, params);
  if (total === 0 || (page && page.offset >= total)) return { ids: [], total };
  return { ids: canWalk(total) ? walk() : ids(`SELECT h.id FROM households h ${where} ORDER BY h.sort_key, h.id ${paging}`, params), total };
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
         h.oldest_open_need_on AS oldestOpen
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
export function listHouseholds(
  db: Db,
  input: HouseholdSearch,
  today: string,
  page: Page,
  tuning: SearchTuning = {},
): { rows: HouseholdListRow[]; total: number } {
  const terms = termsOf(db, input, today);
  if (terms.none) return { rows: [], total: 0 };
  const { ids, total } = matchIds(db, terms, page, tuning.walkMinMatches ?? WALK_MIN_MATCHES);
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

// Search as you type over the donors, all in SQL: tokens of three letters or more go to the
// trigram FTS index (matched anywhere), shorter ones to a word index (words starting with them);
// both over the same normalised column. Filters, sort and paging are in the same statement, so
// the renderer only ever receives one page.
import type { z } from 'zod';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import type { donorSearchInput, DonorSummary } from '../../../shared/contract/donors.ts';

type SearchInput = z.output<typeof donorSearchInput>;

const SORT_COLUMNS = { name: 'd.sort_key', createdAt: 'd.created_at', updatedAt: 'd.updated_at' } as const;

function ftsPhrase(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

/** How the WHERE clause lets SQLite find the rows; the rows it selects are the same either way. */
export interface FilterPlan {
  /** false: write the status term as `+d.archived_at …`, so it cannot claim donors_active_sort
   *  and the rows are found through the other terms (FTS, tag, city) or one pass over the table. */
  statusIndex?: boolean;
  /** true: the tag filter as `d.id IN (donors with the tag)`, driven from donor_tags_norm,
   *  instead of a per-donor EXISTS probe. */
  tagDriven?: boolean;
}

export function buildDonorFilter(input: SearchInput, plan: FilterPlan = {}): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const tokens = normalizeForSearch(input.query).split(' ').filter(Boolean);
  const long = tokens.filter((t) => [...t].length >= 3);
  const short = tokens.filter((t) => [...t].length < 3);
  if (long.length > 0) {
    where.push('d.rowid IN (SELECT rowid FROM donors_fts WHERE donors_fts MATCH ?)');
    params.push(long.map(ftsPhrase).join(' AND '));
  }
  if (short.length > 0) {
    // one- and two-letter words: donors with a word starting with them (donors_words, migration 5)
    where.push('d.rowid IN (SELECT rowid FROM donors_words WHERE donors_words MATCH ?)');
    params.push(short.map((t) => `${ftsPhrase(t)}*`).join(' AND '));
  }
  const status = plan.statusIndex === false ? '+d.archived_at' : 'd.archived_at';
  if (input.status === 'active') where.push(`${status} IS NULL`);
  if (input.status === 'archived') where.push(`${status} IS NOT NULL`);
  if (input.kind) (where.push('d.kind = ?'), params.push(input.kind));
  if (input.city) (where.push('d.city = ?'), params.push(input.city));
  if (input.tag) {
    where.push(
      plan.tagDriven
        ? 'd.id IN (SELECT t.donor_id FROM donor_tags t WHERE t.tag_norm = ?)'
        : 'EXISTS (SELECT 1 FROM donor_tags t WHERE t.donor_id = d.id AND t.tag_norm = ?)',
    );
    params.push(normalizeForSearch(input.tag));
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

type SummaryRow = Omit<DonorSummary, 'tags'>;

/** From this many matches on, walking donors_active_sort in name order finds a page sooner than
 *  fetching every match and sorting it (measured on the 50,000-donor bench, test/bench). */
const WALK_MIN_MATCHES = 2000;

export function searchDonors(db: Db, input: SearchInput): { items: DonorSummary[]; total: number } {
  // The database has no planner statistics (nothing runs ANALYZE), so SQLite takes the status
  // term for a selective index and walks donors_active_sort over every donor, probing the other
  // terms row by row: ~10 ms for a national ID that matches one donor. When another term
  // narrows the rows, the count lets that term find them.
  // (kind alone does not narrow: donors_active_kind_sort walks it in name order.)
  const narrowed = normalizeForSearch(input.query) !== '' || !!input.city || !!input.tag;
  const counted = buildDonorFilter(input, { statusIndex: !narrowed, tagDriven: true });
  const total = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM donors d ${counted.where}`).get(...counted.params)!.n;
  // The page: the index walk in name order stops after one page, which pays when the matches
  // are many; few matches (or another sort order) are fetched through their own terms and sorted.
  // Every sort order has its index (donors_active_sort, _updated, _created; 004 migration).
  const walk = !narrowed || total >= WALK_MIN_MATCHES;
  const { where, params } = walk ? buildDonorFilter(input) : buildDonorFilter(input, { statusIndex: false, tagDriven: true });
  const order = `${SORT_COLUMNS[input.sort]} ${input.direction === 'desc' ? 'DESC' : 'ASC'}, d.id`;
  const rows =
    total === 0
      ? []
      : stmt<unknown[], SummaryRow>(
          db,
          `SELECT d.id, d.kind, d.display_name AS displayName, d.national_id AS nationalId, d.mobile, d.city,
            d.archived_at AS archivedAt, d.updated_at AS updatedAt
     FROM donors d ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
        ).all(...params, input.limit, input.offset);
  const tags = new Map<string, string[]>();
  if (rows.length > 0) {
    const marks = rows.map(() => '?').join(',');
    const tagRows = stmt<string[], { donor_id: string; tag: string }>(
      db,
      `SELECT donor_id, tag FROM donor_tags WHERE donor_id IN (${marks}) ORDER BY tag_norm`,
    ).all(...rows.map((r) => r.id));
    for (const t of tagRows) (tags.get(t.donor_id) ?? tags.set(t.donor_id, []).get(t.donor_id)!).push(t.tag);
  }
  return { total, items: rows.map((r) => ({ ...r, tags: tags.get(r.id) ?? [] })) };
}

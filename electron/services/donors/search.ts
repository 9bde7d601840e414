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

interface TextMatch {
  long: string | null;
  short: string | null;
}

/** The query's words as FTS5 match expressions: `long` for donors_fts (words of three letters or
 *  more, matched anywhere), `short` for donors_words (one or two letters, the start of a word). */
function textMatch(query: string): TextMatch {
  const tokens = normalizeForSearch(query).split(' ').filter(Boolean);
  const long = tokens.filter((t) => [...t].length >= 3);
  const short = tokens.filter((t) => [...t].length < 3);
  return {
    long: long.length > 0 ? long.map(ftsPhrase).join(' AND ') : null,
    short: short.length > 0 ? short.map((t) => `${ftsPhrase(t)}*`).join(' AND ') : null,
  };
}

/** How the WHERE clause lets SQLite find the rows; the rows it selects are the same either way. */
export interface FilterPlan {
  /** false: write the status term as `+d.archived_at …`, so it cannot claim donors_active_sort
   *  and the rows are found through the other terms (FTS, tag, city) or one pass over the table. */
  statusIndex?: boolean;
  /** true: the tag filter as `d.id IN (donors with the tag)`, driven from donor_tags_norm,
   *  instead of a per-donor EXISTS probe. */
  tagDriven?: boolean;
  /** false: write the text and city terms as `+d.rowid IN …` and `+d.city = ?`, so they cannot
   *  drive the statement: SQLite walks the status index in the page's sort order and checks each
   *  donor against the matches (gathered once), stopping after one page. */
  termIndexes?: boolean;
}

export function buildDonorFilter(input: SearchInput, plan: FilterPlan = {}): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const text = textMatch(input.query);
  const term = plan.termIndexes === false ? '+' : '';
  if (text.long !== null) {
    where.push(`${term}d.rowid IN (SELECT rowid FROM donors_fts WHERE donors_fts MATCH ?)`);
    params.push(text.long);
  }
  if (text.short !== null) {
    // one- and two-letter words: donors with a word starting with them (donors_words, migration 5)
    where.push(`${term}d.rowid IN (SELECT rowid FROM donors_words WHERE donors_words MATCH ?)`);
    params.push(text.short);
  }
  const status = plan.statusIndex === false ? '+d.archived_at' : 'd.archived_at';
  if (input.status === 'active') where.push(`${status} IS NULL`);
  if (input.status === 'archived') where.push(`${status} IS NOT NULL`);
  if (input.kind) (where.push('d.kind = ?'), params.push(input.kind));
  if (input.city) (where.push(`${term}d.city = ?`), params.push(input.city));
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

/** From this many matches on, walking the status index in the page's order finds a page sooner
 *  than fetching every match and sorting it (measured on the 50,000-donor bench, test/bench). */
const WALK_MIN_MATCHES = 2000;

/** The number of donors the search matches, without reading their rows, when every narrowing term
 *  has an index of its own (text, city, tag; not kind): the matches of all the terms (each from
 *  its index, intersected), less those the status leaves out. Those are found by walking the
 *  archived donors' entries in donors_active_sort (usually few) and checking each against the
 *  terms. Reading every matching donor's row to check its status cost ~0.5 µs a match: 9 ms for
 *  a one-letter query that matches 18,000 of 50,000 donors, against ~1.5 ms this way. Every rowid
 *  in the text indexes is a donor's (the triggers of migrations 1 and 5 keep them in step), and a
 *  donor has a tag at most once (donor_tags' key), so the counts are exact. Null: count rows. */
function countFromIndexes(db: Db, input: SearchInput, text: TextMatch): number | null {
  if (input.kind) return null;
  const sets: string[] = [];
  const params: unknown[] = [];
  if (text.long !== null) (sets.push('SELECT rowid FROM donors_fts WHERE donors_fts MATCH ?'), params.push(text.long));
  if (text.short !== null) (sets.push('SELECT rowid FROM donors_words WHERE donors_words MATCH ?'), params.push(text.short));
  if (input.city) (sets.push('SELECT rowid FROM donors WHERE city = ?'), params.push(input.city));
  const tag = input.tag ? normalizeForSearch(input.tag) : null;
  if (tag !== null) {
    if (sets.length === 0) sets.push('SELECT donor_id FROM donor_tags WHERE tag_norm = ?'); // the count is all it is used for
    else sets.push('SELECT d.rowid FROM donor_tags t JOIN donors d ON d.id = t.donor_id WHERE t.tag_norm = ?');
    params.push(tag);
  }
  if (sets.length === 0) return null;
  const archived = () => {
    const f = buildDonorFilter({ ...input, status: 'archived' }, { termIndexes: false });
    return stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM donors d INDEXED BY donors_active_sort ${f.where}`).get(...f.params)!.n;
  };
  if (input.status === 'archived') return archived();
  const all = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM (${sets.join(' INTERSECT ')})`).get(...params)!.n;
  return input.status === 'all' ? all : all - archived();
}

export function searchDonors(db: Db, input: SearchInput): { items: DonorSummary[]; total: number } {
  const text = textMatch(input.query);
  const hasText = text.long !== null || text.short !== null;
  // Without another narrowing term, the status index (in the sort's order) finds the rows.
  // (kind alone does not narrow: donors_active_kind_sort walks it in name order.)
  const narrowed = hasText || !!input.city || !!input.tag;
  let total = countFromIndexes(db, input, text);
  if (total === null) {
    const counted = buildDonorFilter(input, { statusIndex: !narrowed, tagDriven: true });
    total = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM donors d ${counted.where}`).get(...counted.params)!.n;
  }
  // The page: many matches are found by walking the status index in the sort's order (every sort
  // order has its index: donors_active_sort, _updated, _created, _kind_sort; migrations 1 and 4)
  // and stop after one page; few matches (or every status, which no index orders) are fetched
  // through their own terms and sorted. The walk needs the text and city terms written so they
  // cannot drive: with the statistics core.ts gathers at open, SQLite otherwise starts from the
  // FTS index even for 18,000 matches, reading and sorting them all (~12 ms against ~3).
  const walk = !narrowed || (input.status !== 'all' && total >= WALK_MIN_MATCHES);
  const { where, params } = walk
    ? buildDonorFilter(input, { termIndexes: false })
    : buildDonorFilter(input, { statusIndex: false, tagDriven: true });
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

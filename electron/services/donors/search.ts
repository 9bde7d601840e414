// Search as you type over the donors, all in SQL: tokens of three letters or more go to the
// trigram FTS index, shorter ones to LIKE on the same normalised column; filters, sort and
// paging are in the same statement, so the renderer only ever receives one page.
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

function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function buildDonorFilter(input: SearchInput): { where: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const tokens = normalizeForSearch(input.query).split(' ').filter(Boolean);
  const long = tokens.filter((t) => [...t].length >= 3);
  const short = tokens.filter((t) => [...t].length < 3);
  if (long.length > 0) {
    where.push('d.rowid IN (SELECT rowid FROM donors_fts WHERE donors_fts MATCH ?)');
    params.push(long.map(ftsPhrase).join(' AND '));
  }
  for (const t of short) {
    where.push("d.search_text LIKE ? ESCAPE '\\'");
    params.push(likePattern(t));
  }
  if (input.status === 'active') where.push('d.archived_at IS NULL');
  if (input.status === 'archived') where.push('d.archived_at IS NOT NULL');
  if (input.kind) (where.push('d.kind = ?'), params.push(input.kind));
  if (input.city) (where.push('d.city = ?'), params.push(input.city));
  if (input.tag) {
    where.push('EXISTS (SELECT 1 FROM donor_tags t WHERE t.donor_id = d.id AND t.tag_norm = ?)');
    params.push(normalizeForSearch(input.tag));
  }
  return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

type SummaryRow = Omit<DonorSummary, 'tags'>;

export function searchDonors(db: Db, input: SearchInput): { items: DonorSummary[]; total: number } {
  const { where, params } = buildDonorFilter(input);
  const order = `${SORT_COLUMNS[input.sort]} ${input.direction === 'desc' ? 'DESC' : 'ASC'}, d.id`;
  const total = stmt<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM donors d ${where}`).get(...params)!.n;
  const rows = stmt<unknown[], SummaryRow>(
    db,
    `SELECT d.id, d.kind, d.display_name AS displayName, d.national_id AS nationalId, d.mobile, d.city,
            d.archived_at AS archivedAt, d.updated_at AS updatedAt
     FROM donors d ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
  ).all(...params, input.limit, input.offset);
  const tags = new Map<string, string[]>();
  if (rows.length > 0) {
    const marks = rows.map(() => '?').join(',');
    const tagRows = db
      .prepare(`SELECT donor_id, tag FROM donor_tags WHERE donor_id IN (${marks}) ORDER BY tag_norm`)
      .all(...rows.map((r) => r.id)) as { donor_id: string; tag: string }[];
    for (const t of tagRows) (tags.get(t.donor_id) ?? tags.set(t.donor_id, []).get(t.donor_id)!).push(t.tag);
  }
  return { total, items: rows.map((r) => ({ ...r, tags: tags.get(r.id) ?? [] })) };
}

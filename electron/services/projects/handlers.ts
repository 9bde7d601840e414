// Projects, as far as the treasury needs them: a paged, searchable list to pick the project a
// pledge or payment is for. Creating and editing projects comes with the projects issue.
import type { AreaHandlers } from '../../core/context.ts';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import type { ProjectRef } from '../../../shared/contract/projects.ts';

const CLOSED = "('finished', 'handedOver', 'cancelled')";

const registered = new WeakSet<Db>();
/** Search keys computed in SQL from the name, so a name typed with Arabic ي/ك, a ZWNJ or other
 *  digits is found however the query is spelled (search_text is filled by the projects issue). */
function ensureSearchFunction(db: Db): void {
  if (registered.has(db)) return;
  db.function('hamyar_search_key', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? normalizeForSearch(s) : ''));
  registered.add(db);
}

function likePattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const projectsHandlers: AreaHandlers<'projects'> = {
  'projects.list'(ctx, input) {
    ensureSearchFunction(ctx.db);
    const where = ['archived_at IS NULL'];
    const params: unknown[] = [];
    if (!input.includeClosed) where.push(`status NOT IN ${CLOSED}`);
    for (const token of normalizeForSearch(input.query ?? '').split(' ').filter(Boolean)) {
      where.push("(search_text LIKE ? ESCAPE '\\' OR hamyar_search_key(name) LIKE ? ESCAPE '\\')");
      params.push(likePattern(token), likePattern(token));
    }
    const w = `WHERE ${where.join(' AND ')}`;
    const total = stmt<unknown[], { n: number }>(ctx.db, `SELECT count(*) AS n FROM projects ${w}`).get(...params)!.n;
    const items = stmt<unknown[], ProjectRef>(
      ctx.db,
      `SELECT id, name, kind, status FROM projects ${w} ORDER BY name, id LIMIT ? OFFSET ?`,
    ).all(...params, input.limit, input.offset);
    return { total, items };
  },
};

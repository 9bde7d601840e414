// SQL on projects that other areas need before the projects issue brings its own screens.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';

/** A project money may be given for: it exists and is not archived. */
export function projectExists(db: Db, id: string): boolean {
  return stmt<[string], { id: string }>(db, 'SELECT id FROM projects WHERE id = ? AND archived_at IS NULL').get(id) !== undefined;
}

// The administrator's view of the audit log, newest first, filtered and paged in SQL.
import type { AreaHandlers } from '../../core/context.ts';
import { addDays, tehranDayStartUtc } from '../../../shared/domain/days.ts';

interface AuditRow {
  id: number;
  at: string;
  user_id: string | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
}


export const auditHandlers: AreaHandlers<'audit'> = {
  'audit.list'(ctx, input) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (input.entity) (where.push('entity = ?'), params.push(input.entity));
    if (input.entityId) (where.push('entity_id = ?'), params.push(input.entityId));
    if (input.userId) (where.push('user_id = ?'), params.push(input.userId));
    if (input.from) (where.push('at >= ?'), params.push(tehranDayStartUtc(input.from)));
    if (input.to) (where.push('at < ?'), params.push(tehranDayStartUtc(addDays(input.to, 1))));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (ctx.db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(...params) as { n: number }).n;
    const rows = ctx.db
      .prepare(`SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`)
      .all(...params, input.limit, input.offset) as AuditRow[];
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.user_id,
        username: r.username,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        before: r.before_json === null ? null : (JSON.parse(r.before_json) as unknown),
        after: r.after_json === null ? null : (JSON.parse(r.after_json) as unknown),
      })),
    };
  },
};

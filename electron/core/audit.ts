// Writes one audit row inside the caller's transaction: who, when, which record, before/after.
import type { Db } from '../store/database.ts';
import { stmt } from '../store/statements.ts';
import type { AuditInput, Session } from './context.ts';

export function writeAudit(db: Db, session: Session | null, at: string, centreId: string, e: AuditInput): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, before_json, after_json, centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    session?.userId ?? null,
    session?.username ?? null,
    e.action,
    e.entity,
    e.entityId,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
    centreId || null,
  );
}

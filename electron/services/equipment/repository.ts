// SQL for equipment lots and their handovers to households. The lot's `handed` counter is the
// one place the count is enforced: it only ever moves through takeOne's guarded UPDATE.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { EquipmentLot } from '../../../shared/contract/projects.ts';
import type { Handover } from '../../../shared/contract/equipment.ts';

export interface Stamp {
  nowIso: string;
  centreId: string;
  userId: string | null;
}

const LOT_SELECT = `SELECT id, project_id AS projectId, kind, count, handed, count - handed AS remaining,
  unit_value AS unitValue, notes, created_at AS createdAt FROM equipment_lots`;

export function loadLot(db: Db, id: string): EquipmentLot | undefined {
  return stmt<[string], EquipmentLot>(db, `${LOT_SELECT} WHERE id = ?`).get(id);
}

export function insertLot(db: Db, lot: { projectId: string; kind: string; count: number; unitValue: number; notes: string | null }, s: Stamp): string {
  const id = randomUUID();
  stmt(
    db,
    `INSERT INTO equipment_lots (id, project_id, kind, count, handed, unit_value, notes, created_by, created_at, updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
  ).run(id, lot.projectId, lot.kind, lot.count, lot.unitValue, lot.notes, s.userId, s.nowIso, s.nowIso, s.centreId);
  return id;
}

/** Takes the next item of a lot: returns its number (1 … count), or null when none is left.
 *  The `handed < count` guard makes the check and the increment one statement, so the count
 *  holds whatever the caller read before (and the table's CHECK backs it up). */
export function takeOne(db: Db, lotId: string, nowIso: string): number | null {
  const r = stmt<[string, string], { handed: number }>(
    db,
    'UPDATE equipment_lots SET handed = handed + 1, updated_at = ? WHERE id = ? AND handed < count RETURNING handed',
  ).get(nowIso, lotId);
  return r ? r.handed : null;
}

export function insertHandover(
  db: Db,
  h: { lotId: string; seq: number; householdId: string; date: string; aidRecordId: string; notes: string | null },
  s: Stamp,
): string {
  const id = randomUUID();
  stmt(
    db,
    `INSERT INTO equipment_handovers (id, lot_id, seq, household_id, date, aid_record_id, notes, created_by, created_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, h.lotId, h.seq, h.householdId, h.date, h.aidRecordId, h.notes, s.userId, s.nowIso, s.centreId);
  return id;
}

const HANDOVER_SELECT = `SELECT e.id, e.lot_id AS lotId, e.seq, e.household_id AS householdId, h.display_name AS householdName,
  e.date, e.aid_record_id AS aidRecordId, e.notes, e.created_at AS createdAt
  FROM equipment_handovers e JOIN households h ON h.id = e.household_id`;

export function loadHandover(db: Db, id: string): Handover | undefined {
  return stmt<[string], Handover>(db, `${HANDOVER_SELECT} WHERE e.id = ?`).get(id);
}

export function listHandovers(db: Db, lotId: string, limit: number, offset: number): { items: Handover[]; total: number } {
  const total = stmt<[string], { n: number }>(db, 'SELECT count(*) AS n FROM equipment_handovers WHERE lot_id = ?').get(lotId)!.n;
  const items = stmt<[string, number, number], Handover>(db, `${HANDOVER_SELECT} WHERE e.lot_id = ? ORDER BY e.seq DESC LIMIT ? OFFSET ?`).all(
    lotId,
    limit,
    offset,
  );
  return { items, total };
}

/** What the handover receipt prints: the handover with its lot, project and household head. */
export interface HandoverFacts {
  seq: number;
  date: string;
  notes: string | null;
  lotKind: string;
  lotCount: number;
  unitValue: number;
  projectName: string;
  headName: string;
  headNationalId: string;
}

export function handoverFacts(db: Db, id: string): HandoverFacts | undefined {
  return stmt<[string], HandoverFacts>(
    db,
    `SELECT e.seq, e.date, e.notes, l.kind AS lotKind, l.count AS lotCount, l.unit_value AS unitValue, p.name AS projectName,
            h.head_first_name || ' ' || h.head_last_name AS headName, h.head_national_id AS headNationalId
     FROM equipment_handovers e
     JOIN equipment_lots l ON l.id = e.lot_id
     JOIN projects p ON p.id = l.project_id
     JOIN households h ON h.id = e.household_id
     WHERE e.id = ?`,
  ).get(id);
}

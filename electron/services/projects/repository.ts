// SQL on the projects table and the rows that belong to one project (housing build, stages,
// employment plan). Figures are not here: see figures.ts.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { normalizeForSearch } from '../../../shared/domain/normalize.ts';
import { HOUSING_STAGES } from '../../../shared/domain/housing.ts';
import type { ProjectKind, ProjectStatus, LandStatus } from '../../../shared/contract/projects.ts';
import type { z } from 'zod';
import type { projectFields } from '../../../shared/contract/projects.ts';

export type ProjectFields = z.output<typeof projectFields>;

export interface ProjectRowDb {
  id: string;
  name: string;
  kind: ProjectKind;
  status: ProjectStatus;
  city: string | null;
  budget: number | null;
  start_date: string | null;
  planned_end_date: string | null;
  manager_name: string | null;
  description: string | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
  origin_centre_id: string;
}

export interface HousingRowDb {
  household_id: string | null;
  household_name: string | null;
  land_status: LandStatus;
  area_m2: number | null;
  address: string | null;
}

/** A project money may be given for: it exists and is not archived. */
export function projectExists(db: Db, id: string): boolean {
  return stmt<[string], { id: string }>(db, 'SELECT id FROM projects WHERE id = ? AND archived_at IS NULL').get(id) !== undefined;
}

export function findProject(db: Db, id: string): ProjectRowDb | undefined {
  return stmt<[string], ProjectRowDb>(db, 'SELECT * FROM projects WHERE id = ?').get(id);
}

export function findHousing(db: Db, projectId: string): HousingRowDb | undefined {
  return stmt<[string], HousingRowDb>(
    db,
    `SELECT b.household_id, h.display_name AS household_name, b.land_status, b.area_m2, b.address
     FROM housing_builds b LEFT JOIN households h ON h.id = b.household_id WHERE b.project_id = ?`,
  ).get(projectId);
}

export function householdName(db: Db, id: string): string | null {
  return stmt<[string], { display_name: string }>(db, 'SELECT display_name FROM households WHERE id = ? AND archived_at IS NULL').get(id)?.display_name ?? null;
}

function searchText(f: ProjectFields, household: string | null): string {
  return normalizeForSearch([f.name, f.city ?? '', f.managerName ?? '', household ?? ''].join(' '));
}

export interface Stamp {
  nowIso: string;
  centreId: string;
  userId: string | null;
}

export function insertProject(db: Db, id: string, f: ProjectFields, household: string | null, s: Stamp): void {
  stmt(
    db,
    `INSERT INTO projects (id, name, kind, status, city, budget, start_date, planned_end_date, manager_name, description,
                           search_text, created_by, created_at, updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, f.name, f.kind, f.status, f.city, f.budget, f.startDate, f.plannedEndDate, f.managerName, f.description,
    searchText(f, household), s.userId, s.nowIso, s.nowIso, s.centreId);
  writeKindRows(db, id, f, s.nowIso);
}

export function updateProject(db: Db, id: string, f: ProjectFields, household: string | null, nowIso: string): void {
  stmt(
    db,
    `UPDATE projects SET name = ?, kind = ?, status = ?, city = ?, budget = ?, start_date = ?, planned_end_date = ?,
                         manager_name = ?, description = ?, search_text = ?, updated_at = ? WHERE id = ?`,
  ).run(f.name, f.kind, f.status, f.city, f.budget, f.startDate, f.plannedEndDate, f.managerName, f.description,
    searchText(f, household), nowIso, id);
  writeKindRows(db, id, f, nowIso);
}

/** The housing build or employment plan row of a project, with a build's six stages created
 *  empty on first save so every build has the same timeline. */
function writeKindRows(db: Db, id: string, f: ProjectFields, nowIso: string): void {
  if (f.housing) {
    const h = f.housing;
    stmt(
      db,
      `INSERT INTO housing_builds (project_id, household_id, land_status, area_m2, address) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(project_id) DO UPDATE SET household_id = excluded.household_id, land_status = excluded.land_status,
         area_m2 = excluded.area_m2, address = excluded.address`,
    ).run(id, h.householdId, h.landStatus, h.areaM2, h.address);
    const add = stmt(db, 'INSERT OR IGNORE INTO housing_stages (project_id, stage, seq, updated_at) VALUES (?, ?, ?, ?)');
    HOUSING_STAGES.forEach((stage, i) => add.run(id, stage, i + 1, nowIso));
  }
  if (f.employment) {
    stmt(
      db,
      `INSERT INTO employment_plans (project_id, jobs_planned, jobs_created) VALUES (?, ?, ?)
       ON CONFLICT(project_id) DO UPDATE SET jobs_planned = excluded.jobs_planned, jobs_created = excluded.jobs_created`,
    ).run(id, f.employment.jobsPlanned, f.employment.jobsCreated);
  }
}

/** Whether rows that only make sense for the project's current kind exist (stages with any
 *  data, employed households, equipment lots, stage expenses or photos): then the kind may not change. */
export function kindLocked(db: Db, id: string): boolean {
  const row = stmt<string[], { n: number }>(
    db,
    `SELECT (SELECT count(*) FROM housing_stages WHERE project_id = ? AND (actual_start IS NOT NULL OR percent > 0))
          + (SELECT count(*) FROM employment_households WHERE project_id = ?)
          + (SELECT count(*) FROM equipment_lots WHERE project_id = ?)
          + (SELECT count(*) FROM project_expenses WHERE project_id = ? AND stage IS NOT NULL)
          + (SELECT count(*) FROM attachments WHERE project_id = ? AND stage IS NOT NULL) AS n`,
  ).get(id, id, id, id, id)!;
  return row.n > 0;
}

/** Rows of the project's former kind, dropped when the kind changes while nothing is recorded
 *  on them (kindLocked is false). */
export function dropKindRows(db: Db, id: string, keep: ProjectKind): void {
  if (keep !== 'housing') {
    stmt(db, 'DELETE FROM housing_stages WHERE project_id = ?').run(id);
    stmt(db, 'DELETE FROM housing_builds WHERE project_id = ?').run(id);
  }
  if (keep !== 'employment') stmt(db, 'DELETE FROM employment_plans WHERE project_id = ?').run(id);
}

export function setProjectArchived(db: Db, id: string, archivedAt: string | null, reason: string | null, nowIso: string): void {
  stmt(db, 'UPDATE projects SET archived_at = ?, archive_reason = ?, updated_at = ? WHERE id = ?').run(archivedAt, reason, nowIso, id);
}

export function touchProject(db: Db, id: string, nowIso: string): void {
  stmt(db, 'UPDATE projects SET updated_at = ? WHERE id = ?').run(nowIso, id);
}

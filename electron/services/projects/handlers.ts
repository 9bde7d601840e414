// Projects (طرح‌ها): create, edit, archive and restore; the list, the board, and the money a
// project spends (expenses). Housing stages, funding sources, equipment and attachments have
// their own areas; all of them come back through loadProjectDetail.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { setSetting } from '../settings/repository.ts';
import type { ProjectRef } from '../../../shared/contract/projects.ts';
import { loadExpense, loadProjectDetail } from './detail.ts';
import { projectsBoard, searchProjects, textConditions } from './list.ts';
import { readStallDays, STALL_DAYS_KEY } from './figures.ts';
import {
  dropKindRows,
  findHousing,
  findProject,
  householdName,
  insertProject,
  kindLocked,
  setProjectArchived,
  updateProject,
  type ProjectFields,
  type ProjectRowDb,
} from './repository.ts';

export function today(ctx: Ctx): string {
  return todayIso(ctx.clock.now());
}

/** The project, which must exist and, unless `archivedOk`, not be archived. */
export function mustProject(ctx: Ctx, id: string, archivedOk = false): ProjectRowDb {
  const p = findProject(ctx.db, id);
  if (!p) throw new AppError('NOT_FOUND', 'projects.notFound');
  if (p.archived_at && !archivedOk) throw new AppError('CONFLICT', 'projects.archived');
  return p;
}

export function detail(ctx: Ctx, id: string) {
  return loadProjectDetail(ctx.db, id, today(ctx));
}

/** What the audit log keeps of a project: its own row and its build, not derived figures. */
function auditState(ctx: Ctx, id: string) {
  return { ...findProject(ctx.db, id), housing: findHousing(ctx.db, id) ?? null };
}

function beneficiaryName(ctx: Ctx, f: ProjectFields): string | null {
  const id = f.housing?.householdId;
  if (!id) return null;
  const name = householdName(ctx.db, id);
  if (name === null) {
    throw new AppError('NOT_FOUND', 'projects.householdNotFound', { fieldKeys: { 'housing.householdId': { key: 'projects.householdNotFound' } } });
  }
  return name;
}

function stamp(ctx: Ctx) {
  return { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null };
}

export const projectsHandlers: AreaHandlers<'projects'> = {
  'projects.list'(ctx, input) {
    const where = ['archived_at IS NULL'];
    const params: unknown[] = [];
    if (!input.includeClosed) where.push("status NOT IN ('finished', 'handedOver', 'cancelled')");
    const text = textConditions(ctx.db, input.query);
    where.push(...text.where);
    params.push(...text.params);
    const w = `WHERE ${where.join(' AND ')}`;
    const total = stmt<unknown[], { n: number }>(ctx.db, `SELECT count(*) AS n FROM projects ${w}`).get(...params)!.n;
    const items = stmt<unknown[], ProjectRef>(ctx.db, `SELECT id, name, kind, status FROM projects ${w} ORDER BY name, id LIMIT ? OFFSET ?`).all(
      ...params,
      input.limit,
      input.offset,
    );
    return { total, items };
  },

  'projects.search'(ctx, input) {
    return searchProjects(ctx.db, input, today(ctx));
  },

  'projects.create'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const id = randomUUID();
      insertProject(ctx.db, id, input, beneficiaryName(ctx, input), stamp(ctx));
      ctx.audit({ action: 'create', entity: 'project', entityId: id, after: auditState(ctx, id) });
      return detail(ctx, id);
    });
  },

  'projects.update'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = mustProject(ctx, input.id);
      if (input.expectedUpdatedAt && input.expectedUpdatedAt !== before.updated_at) throw new AppError('CONFLICT', 'projects.stale');
      const f = input.fields;
      if (f.kind !== before.kind) {
        if (kindLocked(ctx.db, input.id)) throw new AppError('CONFLICT', 'projects.kindLocked', { fieldKeys: { kind: { key: 'projects.kindLocked' } } });
        dropKindRows(ctx.db, input.id, f.kind);
      }
      const beforeState = auditState(ctx, input.id);
      updateProject(ctx.db, input.id, f, beneficiaryName(ctx, f), ctx.nowIso);
      ctx.audit({ action: 'update', entity: 'project', entityId: input.id, before: beforeState, after: auditState(ctx, input.id) });
      return detail(ctx, input.id);
    });
  },

  'projects.get'(ctx, input) {
    return detail(ctx, input.id);
  },

  'projects.archive'(ctx, input) {
    return inTransaction(ctx.db, () => {
      mustProject(ctx, input.id);
      setProjectArchived(ctx.db, input.id, ctx.nowIso, input.reason, ctx.nowIso);
      ctx.audit({ action: 'archive', entity: 'project', entityId: input.id, after: { reason: input.reason } });
      return detail(ctx, input.id);
    });
  },

  'projects.restore'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const p = mustProject(ctx, input.id, true);
      if (!p.archived_at) throw new AppError('CONFLICT', 'projects.notArchived');
      setProjectArchived(ctx.db, input.id, null, null, ctx.nowIso);
      ctx.audit({ action: 'restore', entity: 'project', entityId: input.id });
      return detail(ctx, input.id);
    });
  },

  'projects.board'(ctx) {
    return projectsBoard(ctx.db, today(ctx));
  },

  'projects.recordExpense'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const p = mustProject(ctx, input.projectId);
      if (input.stage !== null && p.kind !== 'housing') {
        throw new AppError('CONFLICT', 'projects.stageNotHousing', { fieldKeys: { stage: { key: 'projects.stageNotHousing' } } });
      }
      if (input.date > today(ctx)) throw new AppError('VALIDATION', 'projects.futureDate', { fieldKeys: { date: { key: 'projects.futureDate' } } });
      const id = randomUUID();
      stmt(
        ctx.db,
        `INSERT INTO project_expenses (id, project_id, stage, date, amount, description, created_by, created_at, updated_at, origin_centre_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, input.projectId, input.stage, input.date, input.amount, input.description, ctx.session?.userId ?? null, ctx.nowIso, ctx.nowIso, ctx.centreId);
      const after = loadExpense(ctx.db, id)!;
      ctx.audit({ action: 'create', entity: 'projectExpense', entityId: id, after });
      return after;
    });
  },

  'projects.voidExpense'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = loadExpense(ctx.db, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'projects.expenseNotFound');
      if (before.voidedAt) throw new AppError('CONFLICT', 'projects.expenseVoided');
      stmt(ctx.db, 'UPDATE project_expenses SET voided_at = ?, void_reason = ?, updated_at = ? WHERE id = ?').run(ctx.nowIso, input.reason, ctx.nowIso, input.id);
      const after = loadExpense(ctx.db, input.id)!;
      ctx.audit({ action: 'void', entity: 'projectExpense', entityId: input.id, before, after });
      return after;
    });
  },

  'projects.getSettings'(ctx) {
    return { stallDays: readStallDays(ctx.db) };
  },

  'projects.setSettings'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = readStallDays(ctx.db);
      setSetting(ctx.db, STALL_DAYS_KEY, String(input.stallDays), ctx.nowIso);
      ctx.audit({ action: 'update', entity: 'settings', entityId: STALL_DAYS_KEY, before: { stallDays: before }, after: input });
      return { stallDays: input.stallDays };
    });
  },
};

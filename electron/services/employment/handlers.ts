// Employment plans (طرح اشتغال‌زایی): the households a plan employs and how many jobs each got.
// Jobs planned and created are the plan's own fields (projects.create/update).
import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { detail, mustProject } from '../projects/handlers.ts';
import { householdName } from '../projects/repository.ts';

interface EmployedRow {
  id: string;
  project_id: string;
  household_id: string;
  jobs: number;
  started_on: string | null;
}

export const employmentHandlers: AreaHandlers<'employment'> = {
  'employment.addHousehold'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const p = mustProject(ctx, input.projectId);
      if (p.kind !== 'employment') throw new AppError('CONFLICT', 'employment.notEmployment');
      if (householdName(ctx.db, input.householdId) === null) {
        throw new AppError('NOT_FOUND', 'projects.householdNotFound', { fieldKeys: { householdId: { key: 'projects.householdNotFound' } } });
      }
      const exists = stmt<[string, string], { id: string }>(ctx.db, 'SELECT id FROM employment_households WHERE project_id = ? AND household_id = ?').get(
        input.projectId,
        input.householdId,
      );
      if (exists) throw new AppError('CONFLICT', 'employment.duplicate', { fieldKeys: { householdId: { key: 'employment.duplicate' } } });
      const id = randomUUID();
      stmt(
        ctx.db,
        'INSERT INTO employment_households (id, project_id, household_id, jobs, started_on, created_at, origin_centre_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(id, input.projectId, input.householdId, input.jobs, input.startedOn, ctx.nowIso, ctx.centreId);
      ctx.audit({ action: 'create', entity: 'employedHousehold', entityId: id, after: input });
      return detail(ctx, input.projectId);
    });
  },

  'employment.removeHousehold'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const row = stmt<[string], EmployedRow>(ctx.db, 'SELECT * FROM employment_households WHERE id = ?').get(input.id);
      if (!row) throw new AppError('NOT_FOUND', 'employment.notFound');
      mustProject(ctx, row.project_id);
      stmt(ctx.db, 'DELETE FROM employment_households WHERE id = ?').run(input.id);
      ctx.audit({ action: 'delete', entity: 'employedHousehold', entityId: input.id, before: row });
      return detail(ctx, row.project_id);
    });
  },
};

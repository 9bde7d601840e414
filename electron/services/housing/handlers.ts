// Housing builds (مسکن مددجویان): a build's six stages, each with planned and actual dates, an
// estimate, progress and what it waits for. The build's percent, current stage and stalled
// days are derived (shared/domain/housing.ts), never typed.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { HOUSING_STAGES, stageDone, type HousingStage } from '../../../shared/domain/housing.ts';
import { translateError } from '../../../shared/i18n/translate.ts';
import { detail, mustProject, today } from '../projects/handlers.ts';
import { loadStages, type StageRow } from '../projects/figures.ts';

function stageLabel(stage: HousingStage): string {
  return translateError(`housing.stage.${stage}`);
}

/** Builders do finish a later stage first (installations before the walls are plastered):
 *  allowed, but only when the user confirms it. */
function checkOrder(stages: StageRow[], stage: HousingStage, confirmed: boolean): void {
  if (confirmed) return;
  const seq = HOUSING_STAGES.indexOf(stage);
  const open = stages.find((s) => HOUSING_STAGES.indexOf(s.stage) < seq && !stageDone(s));
  if (open) {
    throw new AppError('CONFLICT', 'housing.outOfOrder', {
      params: { stage: stageLabel(stage), previous: stageLabel(open.stage) },
      details: { stage, previous: open.stage },
    });
  }
}

/** The typed status follows the build where it obviously moved: the first work started puts a
 *  planned build in progress; the handover stage done hands it over. */
function followStatus(ctx: Ctx, projectId: string, status: string, stages: StageRow[]): void {
  const started = stages.some((s) => s.actualStart !== null);
  const handedOver = stages.some((s) => s.stage === 'handover' && stageDone(s));
  let next = status;
  if (handedOver && status !== 'cancelled') next = 'handedOver';
  else if (started && status === 'planned') next = 'inProgress';
  if (next !== status) {
    stmt(ctx.db, 'UPDATE projects SET status = ?, updated_at = ? WHERE id = ?').run(next, ctx.nowIso, projectId);
    ctx.audit({ action: 'update', entity: 'project', entityId: projectId, before: { status }, after: { status: next } });
  }
}

export const housingHandlers: AreaHandlers<'housing'> = {
  'housing.updateStage'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const p = mustProject(ctx, input.projectId);
      if (p.kind !== 'housing') throw new AppError('CONFLICT', 'housing.notHousing');
      const f = input.fields;
      const now = today(ctx);
      for (const key of ['actualStart', 'actualEnd'] as const) {
        const v = f[key];
        if (v !== null && v > now) throw new AppError('VALIDATION', 'housing.actualInFuture', { fieldKeys: { [key]: { key: 'housing.actualInFuture' } } });
      }
      const stages = loadStages(ctx.db, input.projectId).get(input.projectId) ?? [];
      const before = stages.find((s) => s.stage === input.stage);
      if (!before) throw new AppError('NOT_FOUND', 'projects.notFound');
      if (!stageDone(before) && (f.actualEnd !== null || f.percent >= 100)) checkOrder(stages, input.stage, input.confirmOutOfOrder);
      stmt(
        ctx.db,
        `UPDATE housing_stages SET planned_start = ?, planned_end = ?, actual_start = ?, actual_end = ?, estimated_cost = ?,
           percent = ?, waiting_for = ?, notes = ?, updated_at = ? WHERE project_id = ? AND stage = ?`,
      ).run(f.plannedStart, f.plannedEnd, f.actualStart, f.actualEnd, f.estimatedCost, f.percent, f.waitingFor, f.notes, ctx.nowIso, input.projectId, input.stage);
      const after = loadStages(ctx.db, input.projectId).get(input.projectId) ?? [];
      ctx.audit({
        action: 'update',
        entity: 'housingStage',
        entityId: input.projectId,
        before,
        after: after.find((s) => s.stage === input.stage),
      });
      followStatus(ctx, input.projectId, p.status, after);
      return detail(ctx, input.projectId);
    });
  },
};

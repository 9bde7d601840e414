// Housing builds (مسکن مددجویان): a build's six stages, each with planned and actual dates, an
// estimate, progress and what it waits for. The build's percent, current stage and stalled
// days are derived (shared/domain/housing.ts), never typed. Handing the house over writes the
// household's aid history.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { HOUSING_STAGES, stageDone, type HousingStage } from '../../../shared/domain/housing.ts';
import { translateError } from '../../../shared/i18n/translate.ts';
import { detail, mustProject, today } from '../projects/handlers.ts';
import { loadStages, type StageRow } from '../projects/figures.ts';
import { insertAid } from '../aid/handlers.ts';

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

/** A build handed over is help the household received: it goes into the household's aid history
 *  (kind housing, what the build cost so far), once, and meets its oldest open housing need, so
 *  matching sees the family was housed. */
function recordHandover(ctx: Ctx, projectId: string, projectName: string, date: string): void {
  const build = stmt<[string], { household_id: string | null; aid_record_id: string | null }>(
    ctx.db,
    'SELECT household_id, aid_record_id FROM housing_builds WHERE project_id = ?',
  ).get(projectId);
  if (!build?.household_id || build.aid_record_id) return;
  const spent = stmt<[string], { total: number }>(
    ctx.db,
    'SELECT coalesce(sum(amount), 0) AS total FROM project_expenses WHERE project_id = ? AND voided_at IS NULL',
  ).get(projectId)!.total;
  const need = stmt<[string], { id: string }>(
    ctx.db,
    "SELECT id FROM needs WHERE household_id = ? AND kind = 'housing' AND status = 'open' ORDER BY recorded_on, rowid LIMIT 1",
  ).get(build.household_id);
  const aidId = insertAid(
    ctx.db,
    { householdId: build.household_id, kind: 'housing', date, value: spent, description: projectName, source: 'centre', sourceName: null, offerId: null, needId: need?.id ?? null },
    { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null },
  );
  stmt(ctx.db, 'UPDATE housing_builds SET aid_record_id = ? WHERE project_id = ?').run(aidId, projectId);
  if (need) {
    stmt(ctx.db, "UPDATE needs SET status = 'met', closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?").run(date, projectName, ctx.nowIso, need.id);
  }
  ctx.audit({ action: 'create', entity: 'aid', entityId: aidId, after: { projectId, householdId: build.household_id, kind: 'housing', value: spent, needId: need?.id ?? null } });
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
      const handover = after.find((s) => s.stage === 'handover');
      if (input.stage === 'handover' && handover?.actualEnd) recordHandover(ctx, input.projectId, p.name, handover.actualEnd);
      return detail(ctx, input.projectId);
    });
  },
};

import { z } from 'zod';
import { channel } from './channel.ts';
import { isoDate, optionalText, uuid } from '../validation/fields.ts';
import { rialsOrZero } from '../validation/money.ts';
import { FIELD_ROLES, housingStage, projectDetail, waitingFor, PROJECT_ROLES } from './projects.ts';

const nullableDate = isoDate.nullish().transform((v) => v ?? null);

/** One stage of a build as the user sets it. A stage with an actual end date is done (its
 *  percent becomes 100). Its actual cost is not typed: it is the sum of the expenses recorded
 *  against it. */
export const stageFields = z
  .object({
    plannedStart: nullableDate,
    plannedEnd: nullableDate,
    actualStart: nullableDate,
    actualEnd: nullableDate,
    estimatedCost: rialsOrZero.nullish().transform((v) => v ?? null),
    percent: z.number({ error: 'v.housing.percent' }).int({ error: 'v.housing.percent' }).min(0, { error: 'v.housing.percent' }).max(100, { error: 'v.housing.percent' }),
    waitingFor: waitingFor.nullish().transform((v) => v ?? null),
    notes: optionalText(500),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.plannedStart && s.plannedEnd && s.plannedEnd < s.plannedStart) {
      ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'v.project.endBeforeStart' });
    }
    if (s.actualStart && s.actualEnd && s.actualEnd < s.actualStart) {
      ctx.addIssue({ code: 'custom', path: ['actualEnd'], message: 'v.project.endBeforeStart' });
    }
    if (s.actualEnd && !s.actualStart) ctx.addIssue({ code: 'custom', path: ['actualStart'], message: 'v.housing.startFirst' });
  })
  .transform((s) => ({ ...s, percent: s.actualEnd ? 100 : s.percent }));
export type StageFieldsInput = z.input<typeof stageFields>;

export const housingContract = {
  /** Set a stage's dates, estimate, progress and what it waits for. Completing a stage while an
   *  earlier one is not done is refused unless `confirmOutOfOrder` (builders do sometimes). */
  'housing.updateStage': channel({
    input: z
      .object({
        projectId: uuid,
        stage: housingStage,
        fields: stageFields,
        confirmOutOfOrder: z.boolean().default(false),
      })
      .strict(),
    output: projectDetail,
    access: FIELD_ROLES,
  }),
  /** Households employed by an employment plan, and how many jobs each got. */
  'employment.addHousehold': channel({
    input: z
      .object({
        projectId: uuid,
        householdId: uuid,
        jobs: z.number().int().min(1, { error: 'v.employment.jobs' }).max(100),
        startedOn: nullableDate,
      })
      .strict(),
    output: projectDetail,
    access: PROJECT_ROLES,
  }),
  'employment.removeHousehold': channel({ input: z.object({ id: uuid }).strict(), output: projectDetail, access: PROJECT_ROLES }),
};

import { z } from 'zod';
import { channel, STAFF_ROLES } from './channel.ts';
import { filePayload, isoDate, uuid } from '../validation/fields.ts';
import { reportFormat } from './treasury.ts';

/** Project reports, in the treasury reports' conventions (PDF A4 right to left, XLSX, CSV). */
export const projectReportsContract = {
  /** Every housing build: stage, percent, days stalled, what it waits for, funding gap. */
  'reports.housingProgress': channel({
    input: z.object({ asOf: isoDate.optional(), includeClosed: z.boolean().default(false), format: reportFormat }).strict(),
    output: filePayload,
    access: STAFF_ROLES,
  }),
  /** Projects by kind and status: counts, budget, raised, received, spent, gap. */
  'reports.projectsSummary': channel({ input: z.object({ format: reportFormat }).strict(), output: filePayload, access: STAFF_ROLES }),
  /** One page for donors: the project, its progress bar, its money and its photos (PDF). */
  'reports.projectSheet': channel({ input: z.object({ projectId: uuid }).strict(), output: filePayload, access: STAFF_ROLES }),
};

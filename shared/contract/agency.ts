import { z } from 'zod';
import { channel } from './channel.ts';
import { filePayload } from '../validation/fields.ts';
import { reportFormat } from './treasury.ts';

/** Who sends the centre's figures to the supervising agency and exchanges files. */
export const EXCHANGE_ROLES = ['admin', 'manager'] as const;

const jy = z.number().int().min(1300, { error: 'v.agency.year' }).max(1500, { error: 'v.agency.year' });

export const agencyPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), jy, jm: z.number().int().min(1).max(12) }).strict(),
  z.object({ kind: z.literal('quarter'), jy, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }).strict(),
  z.object({ kind: z.literal('year'), jy }).strict(),
]);

/** One figure of the agency report: a stable code (shared/domain/agencyReport.ts), its value. */
export const agencyFigure = z.object({ code: z.string(), unit: z.enum(['count', 'rials', 'jobs']), value: z.number().int() });
export type AgencyFigure = z.infer<typeof agencyFigure>;

export const agencyContract = {
  /** The figures themselves, for the screen. */
  'agency.figures': channel({
    input: z.object({ period: agencyPeriod }).strict(),
    output: z.object({ from: z.string(), to: z.string(), figures: z.array(agencyFigure) }),
    access: EXCHANGE_ROLES,
  }),
  /** The agency report as PDF (A4, signature lines), XLSX (one sheet, one row per figure, code
   *  beside label; layout documented in docs/agency-report.md) or CSV. */
  'reports.agency': channel({ input: z.object({ period: agencyPeriod, format: reportFormat }).strict(), output: filePayload, access: EXCHANGE_ROLES }),
};

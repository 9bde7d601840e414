import { z } from 'zod';
import { channel, ADMIN_ONLY } from './channel.ts';
import { page, pageOf, isoDate, optionalText } from '../validation/fields.ts';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditContract = {
  'audit.list': channel({
    input: z
      .object({
        entity: optionalText(40),
        entityId: optionalText(64),
        userId: optionalText(64),
        /** ISO dates, inclusive, in the centre's local calendar day */
        from: isoDate.optional(),
        to: isoDate.optional(),
        ...page,
      })
      .strict(),
    output: pageOf(auditEntry),
    access: ADMIN_ONLY,
  }),
};

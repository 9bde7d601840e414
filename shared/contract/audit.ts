import { z } from 'zod';
import { channel, ADMIN_ONLY } from './channel.ts';
import { page, pageOf, isoDate, optionalText } from '../validation/fields.ts';

/** Every kind of record the audit log names, and every action it records: the main process may
 *  write no other (AuditInput is typed by them), and each has a label in both languages. */
export const AUDIT_ENTITIES = [
  'donor', 'pledge', 'payment', 'paymentImport', 'receipt', 'household', 'need', 'aid', 'offer', 'project', 'housingStage',
  'fundingSource', 'projectExpense', 'employedHousehold', 'equipmentLot', 'equipmentHandover', 'attachment', 'exchange',
  'exchangeImport', 'exchangeSettings', 'trustedKey', 'duplicatePair', 'user', 'settings', 'centre', 'database',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'create', 'update', 'archive', 'restore', 'cancel', 'void', 'chequeStatus', 'print', 'import', 'export', 'read', 'approve',
  'remove', 'delete', 'handOver', 'trust', 'decide', 'signIn', 'signInFailed', 'setup', 'backup', 'resetPassword', 'changePassword',
  'refuse',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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

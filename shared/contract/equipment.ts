import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { filePayload, isoDate, optionalText, page, pageOf, text, uuid } from '../validation/fields.ts';
import { rialsOrZero } from '../validation/money.ts';
import { equipmentLot, FIELD_ROLES, PROJECT_ROLES } from './projects.ts';

/** A handover of one item of a lot to a household; its number (lot sequence) is on the
 *  handover receipt the household signs. */
export const handover = z.object({
  id: z.string(),
  lotId: z.string(),
  seq: z.number().int(),
  householdId: z.string(),
  householdName: z.string(),
  date: z.string(),
  /** the household's aid-history record this handover wrote */
  aidRecordId: z.string(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type Handover = z.infer<typeof handover>;

export const equipmentContract = {
  /** A lot of equipment bought or donated for a project (e.g. 40 bread ovens). */
  'equipment.addLot': channel({
    input: z
      .object({
        projectId: uuid,
        kind: text(80),
        count: z.number().int().min(1, { error: 'v.equipment.count' }).max(100_000, { error: 'v.equipment.count' }),
        unitValue: rialsOrZero,
        notes: optionalText(500),
      })
      .strict(),
    output: equipmentLot,
    access: PROJECT_ROLES,
  }),
  /** Hand one item to a household: writes its aid history (kind equipment, the unit value) and
   *  meets its open equipment need when `needId` is given. Never beyond the lot's count. */
  'equipment.handOver': channel({
    input: z
      .object({
        lotId: uuid,
        householdId: uuid,
        date: isoDate,
        needId: uuid.nullish().transform((v) => v ?? null),
        notes: optionalText(300),
      })
      .strict(),
    output: handover,
    access: FIELD_ROLES,
  }),
  'equipment.handovers': channel({ input: z.object({ lotId: uuid, ...page }).strict(), output: pageOf(handover), access: EVERY_ROLE }),
  /** The A5 handover receipt for the household to sign, as PDF. */
  'equipment.printReceipt': channel({ input: z.object({ handoverId: uuid }).strict(), output: filePayload, access: FIELD_ROLES }),
};

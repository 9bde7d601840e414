import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { filePayload, optionalText, uuid } from '../validation/fields.ts';
import { attachmentInfo, FIELD_ROLES, housingStage } from './projects.ts';

export const ATTACHMENT_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Photos and documents of a project (or of one stage of a build). The main process checks the
 *  bytes themselves (not the name) and stores them under the data folder by their SHA-256; the
 *  renderer only ever gets them back as data through `attachments.get`. */
export const attachmentsContract = {
  'attachments.add': channel({
    input: z
      .object({
        projectId: uuid,
        stage: housingStage.nullish().transform((v) => v ?? null),
        fileName: z.string().trim().min(1).max(200),
        mimeType: z.enum(ATTACHMENT_MIME_TYPES, { error: 'v.attachment.type' }),
        /** base64 of at most ATTACHMENT_MAX_BYTES bytes */
        base64: z.string().min(1).max(Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4 + 4, { error: 'v.attachment.tooLarge' }),
        caption: optionalText(200),
      })
      .strict(),
    output: attachmentInfo,
    access: FIELD_ROLES,
  }),
  'attachments.get': channel({ input: z.object({ id: uuid }).strict(), output: filePayload, access: EVERY_ROLE }),
  'attachments.remove': channel({
    input: z.object({ id: uuid }).strict(),
    output: z.object({ id: z.string() }),
    access: FIELD_ROLES,
  }),
};

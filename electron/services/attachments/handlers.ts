// Photos and documents of a project or of one stage of a housing build. The bytes are checked
// (strict base64, size, magic numbers) before anything is written; the file is stored by its
// hash before the row that points at it, so a row never names a file that is not there.
// Removing hides the row only: files are shared by content and stay for history and backups.
import { randomUUID } from 'node:crypto';
import type { AreaHandlers } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/contract/attachments.ts';
import { mustProject } from '../projects/handlers.ts';
import { decodeBase64Strict, findAttachment, insertAttachment, markRemoved, sanitizeFileName, sniffMime } from './store.ts';
import { readAttachmentBytes, storeFile } from '../../store/attachmentFiles.ts';

const TYPE_NAMES: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'application/pdf': 'PDF' };

export const attachmentsHandlers: AreaHandlers<'attachments'> = {
  'attachments.add'(ctx, input) {
    const bytes = decodeBase64Strict(input.base64);
    if (!bytes || bytes.length === 0) throw new AppError('BAD_FILE', 'attachments.badData');
    if (bytes.length > ATTACHMENT_MAX_BYTES) {
      throw new AppError('VALIDATION', 'attachments.tooLarge', { fieldKeys: { base64: { key: 'attachments.tooLarge' } } });
    }
    if (sniffMime(bytes) !== input.mimeType) {
      throw new AppError('BAD_FILE', 'attachments.typeMismatch', { params: { type: TYPE_NAMES[input.mimeType] ?? input.mimeType } });
    }
    return inTransaction(ctx.db, () => {
      const project = mustProject(ctx, input.projectId);
      if (input.stage !== null && project.kind !== 'housing') {
        throw new AppError('CONFLICT', 'attachments.stageNotHousing', { fieldKeys: { stage: { key: 'attachments.stageNotHousing' } } });
      }
      const { sha256 } = storeFile(ctx.core.dataDir, bytes);
      const id = randomUUID();
      insertAttachment(
        ctx.db,
        {
          id,
          projectId: project.id,
          stage: input.stage,
          sha256,
          mimeType: input.mimeType,
          sizeBytes: bytes.length,
          fileName: sanitizeFileName(input.fileName, input.mimeType),
          caption: input.caption,
        },
        { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null },
      );
      const after = findAttachment(ctx.db, id)!;
      ctx.audit({ action: 'create', entity: 'attachment', entityId: id, after });
      const { sha256: _hash, ...info } = after;
      return info;
    });
  },

  'attachments.get'(ctx, input) {
    const a = findAttachment(ctx.db, input.id);
    if (!a) throw new AppError('NOT_FOUND', 'attachments.notFound');
    const bytes = readAttachmentBytes(ctx.core.dataDir, a.sha256);
    return { fileName: a.fileName, mimeType: a.mimeType, base64: bytes.toString('base64') };
  },

  'attachments.remove'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = findAttachment(ctx.db, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'attachments.notFound');
      mustProject(ctx, before.projectId); // an archived project is read-only
      markRemoved(ctx.db, input.id, ctx.nowIso);
      ctx.audit({ action: 'remove', entity: 'attachment', entityId: input.id, before });
      return { id: input.id };
    });
  },
};

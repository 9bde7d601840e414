// Photos and PDFs picked by the user, checked here before they are read (type and size, the
// contract's limits) so the user hears at once what is wrong; the main process checks the
// bytes themselves again.
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MIME_TYPES } from '../../../shared/contract/attachments.ts';
import type { InputOf } from '../../../shared/contract/index.ts';
import { readFileAsBase64 } from '../../lib/files.ts';

type AttachmentMime = (typeof ATTACHMENT_MIME_TYPES)[number];

export const ACCEPT = ATTACHMENT_MIME_TYPES.join(',');

function isAllowed(type: string): type is AttachmentMime {
  return (ATTACHMENT_MIME_TYPES as readonly string[]).includes(type);
}

/** The catalogue key (namespace "errors") of what is wrong with the file, or null. */
export function fileProblem(file: File): string | null {
  if (!isAllowed(file.type)) return 'v.attachment.type';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'v.attachment.tooLarge';
  if (file.size === 0) return 'v.attachment.type';
  return null;
}

/** The attachments.add input for a checked file. */
export async function attachmentInput(
  file: File,
  opts: { projectId: string; stage: InputOf<'attachments.add'>['stage']; caption: string },
): Promise<InputOf<'attachments.add'>> {
  if (!isAllowed(file.type)) throw new Error('fileProblem() first');
  return { projectId: opts.projectId, stage: opts.stage ?? null, fileName: file.name, mimeType: file.type, base64: await readFileAsBase64(file), caption: opts.caption };
}

export function isImage(mimeType: string): boolean {
  return mimeType.startsWith('image/');
}

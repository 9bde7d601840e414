// Attachment rows and the checks on what is uploaded. Bytes are checked by what they are (magic
// numbers), not by what the name or the declared type says; nothing here opens or runs them.
// The files themselves are kept by electron/store/attachmentFiles.ts.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { AttachmentInfo } from '../../../shared/contract/projects.ts';
import type { ATTACHMENT_MIME_TYPES } from '../../../shared/contract/attachments.ts';

export type AttachmentMime = (typeof ATTACHMENT_MIME_TYPES)[number];

// One character class, no groups: linear on a 14-million-character string (a grouped pattern
// overflows the regex engine's stack there). Padding placement is checked by re-encoding.
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

/** Standard base64 with padding and nothing else (no whitespace, no data: prefix); null when the
 *  text is not exactly that. Node's decoder skips what it does not understand, so the text is
 *  checked before decoding and the bytes re-encoded to be sure nothing was dropped. */
export function decodeBase64Strict(text: string): Buffer | null {
  if (text.length % 4 !== 0 || !BASE64_CHARS.test(text)) return null;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
}

function startsWith(bytes: Uint8Array, at: number, sig: readonly number[] | string): boolean {
  const want = typeof sig === 'string' ? [...sig].map((c) => c.charCodeAt(0)) : sig;
  if (bytes.length < at + want.length) return false;
  return want.every((b, i) => bytes[at + i] === b);
}

/** The type the bytes themselves say they are, or null when they are none of the accepted ones. */
export function sniffMime(bytes: Uint8Array): AttachmentMime | null {
  if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, 0, 'RIFF') && startsWith(bytes, 8, 'WEBP')) return 'image/webp';
  if (startsWith(bytes, 0, '%PDF-')) return 'application/pdf';
  return null;
}

const EXTENSIONS: Record<AttachmentMime, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'application/pdf': 'pdf' };

/** The name shown and offered when saving: the last path part only, without control and bidi
 *  override characters (which can disguise an extension) or characters Windows forbids in file
 *  names. Persian letters and the zero-width non-joiner stay. */
export function sanitizeFileName(name: string, mime: AttachmentMime): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 200);
  return clean === '' ? `attachment.${EXTENSIONS[mime]}` : clean;
}

// ---- rows ----------------------------------------------------------------------------------

const INFO_COLUMNS = `id, project_id AS projectId, stage, file_name AS fileName, mime_type AS mimeType, size_bytes AS sizeBytes,
  caption, created_at AS createdAt`;

/** A project's attachments (not removed), oldest first: the list on projects.get. */
export function listAttachments(db: Db, projectId: string): AttachmentInfo[] {
  return stmt<[string], AttachmentInfo>(
    db,
    `SELECT ${INFO_COLUMNS} FROM attachments WHERE project_id = ? AND removed_at IS NULL ORDER BY created_at, id`,
  ).all(projectId);
}

export interface AttachmentRecord extends AttachmentInfo {
  sha256: string;
}

/** One attachment that has not been removed. */
export function findAttachment(db: Db, id: string): AttachmentRecord | undefined {
  return stmt<[string], AttachmentRecord>(db, `SELECT ${INFO_COLUMNS}, sha256 FROM attachments WHERE id = ? AND removed_at IS NULL`).get(id);
}

export function insertAttachment(
  db: Db,
  a: { id: string; projectId: string; stage: string | null; sha256: string; mimeType: AttachmentMime; sizeBytes: number; fileName: string; caption: string | null },
  s: { nowIso: string; centreId: string; userId: string | null },
): void {
  stmt(
    db,
    `INSERT INTO attachments (id, project_id, stage, sha256, mime_type, size_bytes, file_name, caption, created_by, created_at, updated_at, origin_centre_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(a.id, a.projectId, a.stage, a.sha256, a.mimeType, a.sizeBytes, a.fileName, a.caption, s.userId, s.nowIso, s.nowIso, s.centreId);
}

export function markRemoved(db: Db, id: string, nowIso: string): void {
  stmt(db, 'UPDATE attachments SET removed_at = ?, updated_at = ? WHERE id = ?').run(nowIso, nowIso, id);
}

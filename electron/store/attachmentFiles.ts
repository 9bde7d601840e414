// Attachment files on disk: stored by content under the data folder,
// <data>/attachments/<first two hex digits>/<sha256>, so the same photo added twice is kept once
// and a path can never come from a user's file name. The store layer owns them because backups
// (attachmentBackup.ts) carry them as well as the attachments service.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors.ts';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments');
}

/** Where a file with this hash lives. The hash is checked first: a path is built only from 64
 *  hex digits, whatever a tampered database or backup holds. */
export function attachmentPath(dataDir: string, sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha256: ${sha256.slice(0, 80)}`);
  return join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the bytes under their hash unless an intact copy is already there (`written` false).
 *  Written to a temporary file beside the target and renamed, so a crash never leaves a half
 *  file under a hash name. */
export function storeFile(dataDir: string, bytes: Uint8Array): { sha256: string; written: boolean } {
  const sha = sha256Of(bytes);
  const target = attachmentPath(dataDir, sha);
  if (intact(target, sha)) return { sha256: sha, written: false };
  const dir = join(attachmentsDir(dataDir), sha.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
  try {
    writeFileSync(temp, bytes, { flag: 'wx' });
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return { sha256: sha, written: true };
}

function intact(path: string, sha: string): boolean {
  try {
    return sha256Of(readFileSync(path)) === sha;
  } catch {
    return false;
  }
}

/** The stored bytes of a file, checked against its hash. AppError NOT_FOUND 'attachments.missing'
 *  when the file is not in the data folder, 'attachments.damaged' when it no longer matches. */
export function readAttachmentBytes(dataDir: string, sha256: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(attachmentPath(dataDir, sha256));
  } catch {
    throw new AppError('NOT_FOUND', 'attachments.missing');
  }
  if (sha256Of(bytes) !== sha256) throw new AppError('BAD_FILE', 'attachments.damaged');
  return bytes;
}

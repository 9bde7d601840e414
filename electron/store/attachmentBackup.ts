// Attachment files travel inside backups. The live database keeps only the rows (files sit in
// <data>/attachments by hash); a backup copy gets every referenced file's bytes in its
// `attachment_blobs` table, so one .sqlite file restores the whole centre on a new machine.
// On restore the blobs go back to the data folder and the table is emptied again.
import Database from 'better-sqlite3';
import type { Db } from './database.ts';
import { readAttachmentBytes, sha256Of, storeFile } from './attachmentFiles.ts';

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export interface EmbedResult {
  /** files added to the copy */
  embedded: number;
  /** hashes whose file was missing or damaged in the data folder (their rows stay) */
  missing: string[];
}

/** Puts the bytes of every attachment the copy references (removed ones too: history is kept)
 *  into the copy's attachment_blobs, in one transaction. A copy from before attachments existed
 *  (no such tables) is left as it is. */
export function embedAttachments(backupFile: string, dataDir: string): EmbedResult {
  const result: EmbedResult = { embedded: 0, missing: [] };
  const db = new Database(backupFile, { fileMustExist: true });
  try {
    // A copy of a WAL database says WAL in its header; writing to it in that mode would leave
    // the blobs in a -wal file beside it. A backup must be one self-contained file.
    db.pragma('journal_mode = DELETE');
    if (!hasTable(db, 'attachments') || !hasTable(db, 'attachment_blobs')) return result;
    const shas = (db.prepare('SELECT DISTINCT sha256 FROM attachments').all() as { sha256: string }[]).map((r) => r.sha256);
    const already = db.prepare('SELECT 1 FROM attachment_blobs WHERE sha256 = ?');
    const insert = db.prepare('INSERT INTO attachment_blobs (sha256, bytes) VALUES (?, ?)');
    db.transaction(() => {
      for (const sha of shas) {
        if (already.get(sha) !== undefined) continue;
        let bytes: Buffer;
        try {
          bytes = readAttachmentBytes(dataDir, sha);
        } catch {
          // one lost photo must not cost the centre its backup; the row says which file it was
          result.missing.push(sha);
          continue;
        }
        insert.run(sha, bytes);
        result.embedded += 1;
      }
    })();
  } finally {
    db.close();
  }
  return result;
}

export interface ExtractResult {
  /** files written to the data folder */
  written: number;
  /** blobs whose file was already there, intact */
  present: number;
  /** blobs whose bytes do not match their hash (not written; the attachment reads as missing) */
  damaged: string[];
}

/** Writes every blob of a database (a restored backup, or the file itself) into the data folder's
 *  attachments, checking each against its hash, then empties attachment_blobs so the live
 *  database stays small. Tolerates databases without the table. */
export function extractAttachments(dbFileOrDb: string | Db, dataDir: string): ExtractResult {
  const db = typeof dbFileOrDb === 'string' ? new Database(dbFileOrDb, { fileMustExist: true }) : dbFileOrDb;
  const result: ExtractResult = { written: 0, present: 0, damaged: [] };
  try {
    if (!hasTable(db, 'attachment_blobs')) return result;
    // one blob in memory at a time: a centre's photos can be far larger than its records
    const shas = (db.prepare('SELECT sha256 FROM attachment_blobs').all() as { sha256: string }[]).map((r) => r.sha256);
    if (shas.length === 0) return result;
    const blob = db.prepare('SELECT bytes FROM attachment_blobs WHERE sha256 = ?');
    for (const sha of shas) {
      const row = blob.get(sha) as { bytes: Buffer } | undefined;
      if (!row || !Buffer.isBuffer(row.bytes) || sha256Of(row.bytes) !== sha) {
        result.damaged.push(sha);
        continue;
      }
      if (storeFile(dataDir, row.bytes).written) result.written += 1;
      else result.present += 1;
    }
    db.prepare('DELETE FROM attachment_blobs').run();
    // give the blobs' pages back: every later backup copies the whole file, free pages included
    db.exec('VACUUM');
  } finally {
    if (typeof dbFileOrDb === 'string') db.close();
  }
  return result;
}

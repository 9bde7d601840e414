import { z } from 'zod';
import { channel, ADMIN_ONLY } from './channel.ts';
import { empty, filePayload } from '../validation/fields.ts';

export const backupInfo = z.object({
  fileName: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof backupInfo>;

export const backupContract = {
  /** A consistent copy of the whole database, to save where the user chooses. */
  'backup.create': channel({ input: empty, output: filePayload, access: ['admin', 'manager'] }),
  /** Automatic backups kept in the data folder (before migrations, imports, restores). */
  'backup.list': channel({ input: empty, output: z.array(backupInfo), access: ADMIN_ONLY }),
  /** Replace the database with a backup (an uploaded file or an automatic one). A backup of the
   *  current database is taken first; every session ends and users sign in again. */
  'backup.restore': channel({
    input: z.union([
      z.object({ base64: z.string().min(1).max(700_000_000) }).strict(),
      z.object({ fileName: z.string().regex(/^[\w.-]+\.sqlite$/) }).strict(),
    ]),
    output: z.object({ safetyBackup: z.string(), schemaVersion: z.number().int() }),
    access: ADMIN_ONLY,
  }),
};

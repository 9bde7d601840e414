// Manual backup (a consistent copy for the user to keep) and restore (from such a file or from
// an automatic backup). Restore validates the file, takes a safety backup of the current data,
// swaps the database and ends every session.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AreaHandlers } from '../../core/context.ts';
import { requireSession } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { backupTo, backupsDir, inspectBackupFile, listBackups } from '../../store/backups.ts';
import { inTransaction } from '../../store/database.ts';
import { writeAudit } from '../../core/audit.ts';

function tempDir(dataDir: string): string {
  return mkdtempSync(join(dataDir, 'tmp-'));
}

function fileStamp(iso: string): string {
  return iso.slice(0, 19).replaceAll(':', '').replace('T', '-');
}

export const backupHandlers: AreaHandlers<'backup'> = {
  async 'backup.create'(ctx) {
    const dir = tempDir(ctx.core.dataDir);
    try {
      const file = join(dir, 'backup.sqlite');
      await backupTo(ctx.db, file, ctx.core.dataDir);
      inTransaction(ctx.db, () => ctx.audit({ action: 'backup', entity: 'database', entityId: null }));
      return {
        fileName: `hamyar-backup-${fileStamp(ctx.nowIso)}.sqlite`,
        mimeType: 'application/vnd.sqlite3',
        base64: readFileSync(file).toString('base64'),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },

  'backup.list'(ctx) {
    return listBackups(ctx.core.dataDir);
  },

  async 'backup.restore'(ctx, input) {
    const session = requireSession(ctx);
    const dir = tempDir(ctx.core.dataDir);
    try {
      let source: string;
      if ('base64' in input) {
        source = join(dir, 'upload.sqlite');
        writeFileSync(source, Buffer.from(input.base64, 'base64'));
      } else {
        if (!listBackups(ctx.core.dataDir).some((b) => b.fileName === input.fileName)) {
          throw new AppError('NOT_FOUND', 'backup.notFound');
        }
        source = join(backupsDir(ctx.core.dataDir), input.fileName);
      }
      inspectBackupFile(source);
      const safetyBackup = await ctx.core.takeBackup('before-restore');
      const schemaVersion = await ctx.core.replaceDatabase(source, join(backupsDir(ctx.core.dataDir), safetyBackup));
      // The audit row goes into the restored database: it is the one that lives on.
      const db = ctx.core.currentDb();
      const centre = db.prepare('SELECT id FROM centre LIMIT 1').get() as { id: string } | undefined;
      inTransaction(db, () =>
        writeAudit(db, session, ctx.nowIso, centre?.id ?? '', {
          action: 'restore',
          entity: 'database',
          entityId: null,
          after: { safetyBackup, from: 'base64' in input ? 'upload' : input.fileName },
        }),
      );
      return { safetyBackup, schemaVersion };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

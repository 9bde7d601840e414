// Refused exchange files in the audit log. A refusal is thrown out of the import (a file that
// fails verification, this centre's own file, a sender whose key changed or that is not trusted
// yet), and the import's transaction, if it had begun, rolls back with everything it wrote, its
// audit rows included. So the refusal is recorded here, once the import has thrown, in a small
// transaction of its own: one 'refuse' row on 'exchangeImport' with the reason (the error's
// message key), the file's SHA-256 and, once the file's signature is verified, the sender, its
// key's fingerprint and the scope. Nothing else of the refused file is kept, and the caller gets
// the same AppError.
//
// exchange.inspect is audited the same way. In the app a user tries an import by picking a file,
// and that runs inspect: a bad file is refused there and the import is never offered, and a file
// of this centre or from a changed key is shown refused, without an import button. Auditing
// exchange.import alone would miss nearly every refusal a manager meets in the app.
import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { withinRun } from './importBackup.ts';
import { refusalOf, trustOf, type SignedManifest } from './verify.ts';

/** What is known of an uploaded file when it is refused; filled in as it is read. */
export interface SeenUpload {
  fileSha256?: string;
  /** the manifest once its signature verified, so the sender named is the one who signed */
  signed?: SignedManifest;
}

/** Runs `read` (an inspect or an import) and, when it refuses the file, audits the refusal and
 *  throws the same error on. */
export async function auditRefusals<T>(ctx: Ctx, read: (seen: SeenUpload) => Promise<T>): Promise<T> {
  const seen: SeenUpload = {};
  try {
    return await read(seen);
  } catch (err) {
    if (err instanceof AppError && isRefusal(err)) auditRefusal(ctx, err.key, seen);
    throw err;
  }
}

/** After an inspect that verified the file: a file the import refuses whatever the manager
 *  confirms (this centre's own, a changed key, an office claim) is refused already, since the
 *  preview offers no import. A new sender is not: the manager may still trust it. */
export function auditInspected(ctx: Ctx, seen: SeenUpload): void {
  if (!seen.signed) return;
  const refusal = refusalOf(trustOf(ctx.db, ctx.centreId, seen.signed.manifest), seen.signed, true);
  if (refusal) auditRefusal(ctx, refusal.key, seen);
}

/** The file's fault or its sender's (message keys exchange.*), not this machine's: an INTERNAL
 *  error (say a full disk while backing up) is a failure, not a refusal. */
function isRefusal(err: AppError): boolean {
  return (err.code === 'BAD_FILE' || err.code === 'CONFLICT') && err.key.startsWith('exchange.');
}

function auditRefusal(ctx: Ctx, reason: string, seen: SeenUpload): void {
  const signed = seen.signed;
  const after = {
    reason,
    ...(seen.fileSha256 ? { fileSha256: seen.fileSha256 } : {}),
    ...(signed
      ? { scope: signed.manifest.scope, sender: signed.manifest.centre.id, senderName: signed.manifest.centre.name, fingerprint: signed.fingerprint }
      : {}),
  };
  try {
    withinRun(ctx.db, () => inTransaction(ctx.db, () => ctx.audit({ action: 'refuse', entity: 'exchangeImport', entityId: null, after })));
  } catch (err) {
    // the user is still told why the file was refused when the log cannot be written just now
    console.error('[hamyar] exchange refusal not audited:', err);
  }
}

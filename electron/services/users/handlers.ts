// The administrator's user management. A change of role or status ends the user's open
// sessions, so old rights do not linger; the last active administrator cannot be demoted.
import type { AreaHandlers } from '../../core/context.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { hashPassword } from '../auth/passwords.ts';
import { countActiveAdmins, findUserById, findUserByUsername, insertUser, toUser, type UserRow } from './repository.ts';

export const usersHandlers: AreaHandlers<'users'> = {
  'users.list'(ctx) {
    const rows = ctx.db.prepare('SELECT * FROM users ORDER BY active DESC, display_name').all() as UserRow[];
    return rows.map(toUser);
  },

  async 'users.create'(ctx, input) {
    const passwordHash = await hashPassword(input.password);
    return inTransaction(ctx.db, () => {
      if (findUserByUsername(ctx.db, input.username)) {
        throw fieldError('username', 'users.usernameTaken', { username: input.username });
      }
      const row = insertUser(ctx.db, { ...input, passwordHash }, ctx.nowIso, ctx.centreId);
      const user = toUser(row);
      ctx.audit({ action: 'create', entity: 'user', entityId: row.id, after: user });
      return user;
    });
  },

  'users.update'(ctx, input) {
    const result = inTransaction(ctx.db, () => {
      const before = findUserById(ctx.db, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'users.notFound');
      const losesAdmin = before.role === 'admin' && before.active === 1 && (input.role !== 'admin' || !input.active);
      if (losesAdmin && countActiveAdmins(ctx.db) <= 1) throw new AppError('CONFLICT', 'users.lastAdmin');
      ctx.db
        .prepare('UPDATE users SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?')
        .run(input.displayName, input.role, input.active ? 1 : 0, ctx.nowIso, input.id);
      const after = toUser(findUserById(ctx.db, input.id)!);
      ctx.audit({ action: 'update', entity: 'user', entityId: input.id, before: toUser(before), after });
      return { before, after };
    });
    if (result.before.role !== input.role || !input.active) ctx.core.sessions.endForUser(input.id);
    else ctx.core.sessions.updateForUser(input.id, { displayName: input.displayName });
    return result.after;
  },

  'users.caseWorkers'(ctx) {
    return ctx.db
      .prepare("SELECT id, display_name AS displayName FROM users WHERE role = 'caseworker' AND active = 1 ORDER BY display_name")
      .all() as { id: string; displayName: string }[];
  },

  async 'users.resetPassword'(ctx, input) {
    const hash = await hashPassword(input.password);
    inTransaction(ctx.db, () => {
      if (!findUserById(ctx.db, input.id)) throw new AppError('NOT_FOUND', 'users.notFound');
      ctx.db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, ctx.nowIso, input.id);
      ctx.audit({ action: 'resetPassword', entity: 'user', entityId: input.id });
    });
    ctx.core.sessions.endForUser(input.id);
    return { ok: true as const };
  },
};

// Sign-in, sign-out and the signed-in user's own preferences.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { requireSession } from '../../core/context.ts';
import { AppError, fieldError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { findUserById, findUserByUsername, toUser } from '../users/repository.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { SignInThrottle } from './throttle.ts';

// A hash to compare against when the username does not exist, so timing does not reveal it.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const throttles = new WeakMap<object, SignInThrottle>();

function throttleFor(ctx: Ctx): SignInThrottle {
  let t = throttles.get(ctx.core);
  if (!t) throttles.set(ctx.core, (t = new SignInThrottle()));
  return t;
}

function sessionUser(ctx: Ctx) {
  const s = requireSession(ctx);
  return { id: s.userId, username: s.username, displayName: s.displayName, role: s.role, locale: s.locale };
}

export const authHandlers: AreaHandlers<'auth'> = {
  async 'auth.signIn'(ctx, input) {
    const throttle = throttleFor(ctx);
    const nowMs = ctx.clock.now().getTime();
    await throttle.wait(input.username, nowMs);
    const row = findUserByUsername(ctx.db, input.username);
    const ok = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
    if (!row || !ok) {
      throttle.failed(input.username, nowMs);
      inTransaction(ctx.db, () =>
        ctx.audit({ action: 'signInFailed', entity: 'user', entityId: row?.id ?? null, after: { username: input.username } }),
      );
      throw new AppError('UNAUTHENTICATED', 'auth.badCredentials');
    }
    if (row.active !== 1) throw new AppError('UNAUTHENTICATED', 'auth.inactive');
    throttle.succeeded(input.username);
    const session = ctx.core.sessions.create(toUser(row));
    inTransaction(ctx.db, () => {
      ctx.db.prepare('UPDATE users SET last_sign_in_at = ? WHERE id = ?').run(ctx.nowIso, row.id);
      ctx.audit({ action: 'signIn', entity: 'user', entityId: row.id });
    });
    return {
      token: session.token,
      user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role, locale: row.locale },
      expiresAt: new Date(session.expiresAt).toISOString(),
    };
  },

  'auth.signOut'(ctx) {
    const s = requireSession(ctx);
    ctx.core.sessions.end(s.token);
    return { ok: true as const };
  },

  'auth.me'(ctx) {
    return sessionUser(ctx);
  },

  async 'auth.changePassword'(ctx, input) {
    const s = requireSession(ctx);
    const row = findUserById(ctx.db, s.userId);
    if (!row) throw new AppError('NOT_FOUND', 'users.notFound');
    if (!(await verifyPassword(input.current, row.password_hash))) throw fieldError('current', 'auth.wrongPassword');
    const hash = await hashPassword(input.next);
    inTransaction(ctx.db, () => {
      ctx.db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(hash, ctx.nowIso, s.userId);
      ctx.audit({ action: 'changePassword', entity: 'user', entityId: s.userId });
    });
    return { ok: true as const };
  },

  'auth.setLocale'(ctx, input) {
    const s = requireSession(ctx);
    inTransaction(ctx.db, () => {
      ctx.db.prepare('UPDATE users SET locale = ?, updated_at = ? WHERE id = ?').run(input.locale, ctx.nowIso, s.userId);
    });
    ctx.core.sessions.updateForUser(s.userId, { locale: input.locale });
    return sessionUser(ctx);
  },
};

// Sessions live in memory in the main process: a signed-in window holds an opaque random token.
// Restarting the app signs everyone out, which is what a desk computer should do.
import { randomBytes } from 'node:crypto';
import type { Session, Clock } from './context.ts';
import type { Role } from '../../shared/contract/channel.ts';

const IDLE_MS = 12 * 60 * 60 * 1000;

export class SessionStore {
  private readonly byToken = new Map<string, Session>();
  private readonly clock: Clock;
  constructor(clock: Clock) {
    this.clock = clock;
  }

  create(user: { id: string; username: string; displayName: string; role: Role; locale: 'fa' | 'en' }): Session {
    const session: Session = {
      token: randomBytes(32).toString('base64url'),
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      locale: user.locale,
      expiresAt: this.clock.now().getTime() + IDLE_MS,
    };
    this.byToken.set(session.token, session);
    return session;
  }

  /** The live session for a token, extending its idle timeout; null if unknown or expired. */
  get(token: string | null | undefined): Session | null {
    if (!token) return null;
    const s = this.byToken.get(token);
    if (!s) return null;
    const now = this.clock.now().getTime();
    if (s.expiresAt <= now) {
      this.byToken.delete(token);
      return null;
    }
    s.expiresAt = now + IDLE_MS;
    return s;
  }

  end(token: string): void {
    this.byToken.delete(token);
  }

  /** After a user's role or status changes, their open sessions must not keep the old rights. */
  endForUser(userId: string): void {
    for (const [token, s] of this.byToken) if (s.userId === userId) this.byToken.delete(token);
  }

  updateForUser(userId: string, patch: Partial<Pick<Session, 'displayName' | 'locale'>>): void {
    for (const s of this.byToken.values()) if (s.userId === userId) Object.assign(s, patch);
  }

  clear(): void {
    this.byToken.clear();
  }
}

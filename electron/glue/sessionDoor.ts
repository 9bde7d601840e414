// The Electron side of the one door, without Electron: the session token lives here, in the
// main process, per webContents, and never has to come from the renderer. Every call is passed
// to the core's dispatcher with the token stored for the window that sent it.
import type { Dispatcher } from '../core/dispatcher.ts';
import type { Envelope } from '../../shared/errors.ts';

export interface SessionDoor {
  invoke(contentsId: number, channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** Drops the token of a webContents (window closed or destroyed). */
  forget(contentsId: number): void;
}

function tokenOf(result: unknown): string | null {
  if (typeof result !== 'object' || result === null) return null;
  const token = (result as { token?: unknown }).token;
  return typeof token === 'string' && token !== '' ? token : null;
}

export function createSessionDoor(dispatcher: Pick<Dispatcher, 'invoke'>): SessionDoor {
  const tokens = new Map<number, string>();
  return {
    async invoke(contentsId, channel, input) {
      const envelope = await dispatcher.invoke(channel, input, tokens.get(contentsId) ?? null);
      if (channel === 'auth.signIn') {
        const token = envelope.ok ? tokenOf(envelope.result) : null;
        if (token) tokens.set(contentsId, token);
      } else if (channel === 'auth.signOut' || (channel === 'backup.restore' && envelope.ok)) {
        tokens.delete(contentsId); // a restore ends every session
      } else if (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED') {
        tokens.delete(contentsId); // the session expired
      }
      return envelope;
    },
    forget(contentsId) {
      tokens.delete(contentsId);
    },
  };
}

// In the browser host there is no preload: this bridge gives the renderer the same
// `window.hamyar.invoke` over `POST /api/invoke`. It keeps the session token the way the
// Electron main process does (remembered from auth.signIn, dropped on auth.signOut), so the
// rest of the renderer never handles tokens.
import type { Envelope } from '../../shared/errors.ts';

const TOKEN_KEY = 'hamyar.session';

export function installHttpBridge(): void {
  if (window.hamyar) return;
  window.hamyar = {
    async invoke(channel, input) {
      const token = sessionStorage.getItem(TOKEN_KEY);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      const res = await fetch('/api/invoke', { method: 'POST', headers, body: JSON.stringify({ channel, input }) });
      const envelope = (await res.json()) as Envelope<unknown>;
      if (envelope.ok && channel === 'auth.signIn') {
        sessionStorage.setItem(TOKEN_KEY, (envelope.result as { token: string }).token);
      }
      if (channel === 'auth.signOut' || (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED' && channel !== 'auth.signIn')) {
        sessionStorage.removeItem(TOKEN_KEY);
      }
      if (envelope.ok && channel === 'backup.restore') sessionStorage.removeItem(TOKEN_KEY);
      return envelope;
    },
  };
}

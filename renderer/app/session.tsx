// Who is signed in, and the centre's settings. Decides which of the three worlds the window
// shows: first-run setup, sign-in, or the app.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { invoke, onUnauthenticated } from '../api/client.ts';
import { setLanguage, storedLanguage } from '../i18n/index.ts';
import type { SessionUser } from '../../shared/contract/auth.ts';
import type { CentreSettings } from '../../shared/contract/settings.ts';
import type { Role } from '../../shared/contract/channel.ts';

export type SessionStatus = 'loading' | 'setup' | 'signedOut' | 'signedIn';

export interface SessionValue {
  status: SessionStatus;
  user: SessionUser | null;
  settings: CentreSettings | null;
  /** the centre's name even before sign-in (shown on the sign-in screen) */
  centreName: string | null;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** after first-run setup: the centre now exists */
  setupDone(): Promise<void>;
  /** after a restore every session has ended */
  sessionEnded(): void;
  refreshSettings(): Promise<void>;
  setUser(user: SessionUser): void;
  hasRole(...roles: Role[]): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUserState] = useState<SessionUser | null>(null);
  const [settings, setSettings] = useState<CentreSettings | null>(null);
  const [centreName, setCentreName] = useState<string | null>(null);

  const enter = useCallback(async (u: SessionUser) => {
    const s = await invoke('settings.get', {});
    if (u.locale !== storedLanguage()) await setLanguage(u.locale);
    setUserState(u);
    setSettings(s);
    setStatus('signedIn');
  }, []);

  const boot = useCallback(async () => {
    const setup = await invoke('setup.status', {});
    if (!setup.initialized) return setStatus('setup');
    setCentreName(setup.centre?.name ?? null);
    try {
      await enter(await invoke('auth.me', {}));
    } catch {
      setStatus('signedOut');
    }
  }, [enter]);

  useEffect(() => {
    void boot();
    return onUnauthenticated(() => {
      setUserState(null);
      setStatus((s) => (s === 'signedIn' ? 'signedOut' : s));
    });
  }, [boot]);

  const value = useMemo<SessionValue>(
    () => ({
      status,
      user,
      settings,
      centreName,
      async signIn(username, password) {
        const r = await invoke('auth.signIn', { username, password });
        await enter(r.user);
      },
      async signOut() {
        try {
          await invoke('auth.signOut', {});
        } finally {
          setUserState(null);
          setStatus('signedOut');
        }
      },
      async setupDone() {
        await boot();
      },
      sessionEnded() {
        setUserState(null);
        setStatus('signedOut');
        void boot();
      },
      async refreshSettings() {
        setSettings(await invoke('settings.get', {}));
      },
      setUser(u) {
        setUserState(u);
      },
      hasRole: (...roles) => !!user && roles.includes(user.role),
    }),
    [status, user, settings, centreName, enter, boot],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

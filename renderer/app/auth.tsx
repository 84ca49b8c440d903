import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { OutputOf } from '../../electron/contract';
import type { Role } from '../../electron/domain/types';
import { call, onUnauthenticated } from '../api/client';
import { ApiError, errorMessage } from '../api/errors';
import { onWeerVerbonden } from '../api/verbinding-status';
import { getSession, setSession } from '../api/session';
import { forgetKeptDocuments } from '../components/pdf/docCache';

export type UserInfo = OutputOf<'auth.me'>;

export type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** Issue 11: the data cannot be opened; the recovery screen offers the restore of a backup. */
  | {
      kind: 'herstel';
      problemen: string[];
      map: string | null;
      /** Only documents are wrong: they alone can come from the backup (issue 11). */
      documentenTerugzetten: boolean;
    }
  | { kind: 'setup' }
  | { kind: 'login'; notice: string | null }
  | { kind: 'app'; user: UserInfo };

interface AuthValue {
  phase: Phase;
  role: Role | null;
  setRole: (role: Role) => void;
  signedIn: (session: string, user: UserInfo) => void;
  /** The signed-in user as the backend says now (e.g. after choosing a new password). */
  userChanged: (user: UserInfo) => void;
  logout: () => Promise<void>;
  toLogin: (notice: string | null) => void;
}

const AuthContext = createContext<AuthValue | null>(null);
const ROLE_KEY = 'tla.role';
/** Whose session this tab had last: the idle lock keeps it, logging out forgets it. */
const LAST_USER_KEY = 'tla.lastUser';

function initialRole(user: UserInfo): Role | null {
  const saved = window.sessionStorage.getItem(ROLE_KEY);
  const match = user.roles.find((r) => r === saved);
  return match ?? user.roles[0] ?? null;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [role, setRoleState] = useState<Role | null>(null);

  const setRole = useCallback((next: Role) => {
    window.sessionStorage.setItem(ROLE_KEY, next);
    setRoleState(next);
  }, []);

  const toLogin = useCallback((notice: string | null) => {
    // Documents kept in memory for a quick reopen leave with the session (logout or idle lock).
    forgetKeptDocuments();
    setSession(null);
    setRoleState(null);
    setPhase({ kind: 'login', notice });
  }, []);

  const signedIn = useCallback((session: string, user: UserInfo) => {
    setSession(session);
    // Another user than the one before starts on their own Mijn werk, in their own first role,
    // never on the page the previous user left open; the same user back after the idle lock
    // returns where they were.
    const same = window.sessionStorage.getItem(LAST_USER_KEY) === String(user.id);
    window.sessionStorage.setItem(LAST_USER_KEY, String(user.id));
    if (!same) window.sessionStorage.removeItem(ROLE_KEY);
    setRoleState(initialRole(user));
    if (!same || window.location.hash === '') window.location.hash = '#/werk';
    setPhase({ kind: 'app', user });
  }, []);

  const userChanged = useCallback((user: UserInfo) => {
    setPhase((p) => (p.kind === 'app' ? { kind: 'app', user } : p));
  }, []);

  useEffect(() => {
    let live = true;
    let wachten: (() => void) | null = null;
    const begin = async (): Promise<void> => {
      try {
        const herstel = await call('herstel.status', {});
        if (!live) return;
        if (herstel.herstelModus)
          return setPhase({
            kind: 'herstel',
            problemen: herstel.problemen,
            map: herstel.map,
            documentenTerugzetten: herstel.documentenTerugzetten,
          });
        const status = await call('setup.status', {});
        if (!live) return;
        if (status.needsSetup) return setPhase({ kind: 'setup' });
        if (getSession() === null) return setPhase({ kind: 'login', notice: null });
        const user = await call('auth.me', {});
        if (!live) return;
        setRoleState(initialRole(user));
        setPhase({ kind: 'app', user });
      } catch (e) {
        if (!live) return;
        // Issue 13: the TLA server cannot be reached yet; start again once it can.
        if (e instanceof ApiError && e.code === 'offline') {
          setPhase({ kind: 'failed', message: errorMessage(e) });
          wachten ??= onWeerVerbonden(() => {
            wachten?.();
            wachten = null;
            void begin();
          });
          return;
        }
        if (getSession() !== null) toLogin(null);
        else setPhase({ kind: 'failed', message: errorMessage(e) });
      }
    };
    void begin();
    return () => {
      live = false;
      wachten?.();
    };
  }, [toLogin]);

  useEffect(
    () => onUnauthenticated(() => toLogin('Uw sessie is verlopen. Log opnieuw in.')),
    [toLogin],
  );

  const logout = useCallback(async () => {
    try {
      await call('auth.logout', {});
    } catch {
      // The session may already be gone; the user leaves either way.
    }
    window.sessionStorage.removeItem(ROLE_KEY);
    window.sessionStorage.removeItem(LAST_USER_KEY);
    toLogin(null);
  }, [toLogin]);

  const value = useMemo(
    () => ({ phase, role, setRole, signedIn, userChanged, logout, toLogin }),
    [phase, role, setRole, signedIn, userChanged, logout, toLogin],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (value === null) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The signed-in user and active role; only for screens inside the app shell. */
export function useSession(): { user: UserInfo; role: Role } {
  const { phase, role } = useAuth();
  if (phase.kind !== 'app' || role === null) throw new Error('useSession outside the app');
  return { user: phase.user, role };
}

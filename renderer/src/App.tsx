import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import type { Session } from '../../preload/contract';
import { ErrorBoundary, WindowTrouble } from './components/ErrorBoundary';
import { flushAll } from './editor/pending';
import { haven } from './haven';
import { LockScreen } from './lock/LockScreen';
import { isCommand } from './shell/keys';
import { useActivityReporter } from './shell/useActivityReporter';
import { reportProgress } from './progress';

/**
 * The open journal's window (the editor, the views) comes in its own bundle: the lock screen, the first thing
 * anyone sees, paints without parsing the editor (DESIGN §6: lock screen under 500 ms). It is fetched as soon
 * as the lock screen is on screen, so it is ready well before a passphrase has been typed and checked.
 */
const loadShell = () => import('./shell/Shell');
const Shell = lazy(() => loadShell().then((m) => ({ default: m.Shell })));
const preloadShell = () => {
  // After the lock screen's own frames: two frames on, when the main thread is next idle.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => requestIdleCallback(() => void loadShell(), { timeout: 1_000 })),
  );
};

type LockNotice = 'idle' | 'blur' | 'suspend' | 'lock-screen' | null;

const NOTICES: Record<Exclude<LockNotice, null>, string> = {
  idle: 'Haven locked itself after a quiet while. Your writing was saved.',
  blur: 'Haven locked itself when you switched away. Your writing was saved.',
  suspend: 'Haven locked when your computer went to sleep. Your writing was saved.',
  'lock-screen': 'Haven locked with your screen. Your writing was saved.',
};

export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<LockNotice>(null);
  const [damage, setDamage] = useState<{ vaultId: string; message: string } | null>(null);

  useEffect(() => {
    void haven()
      .session.current()
      .then((result) => {
        setSession(result.ok ? result.value : null);
        preloadShell();
      });
  }, []);

  // Events from the main process arrive by long poll; a lock drops the session and, with it, every view
  // that held decrypted text.
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      while (!stopped) {
        const result = await haven().app.nextEvent();
        if (stopped) return;
        if (!result.ok) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          continue;
        }
        const event = result.value;
        if (event.type === 'save-pending') {
          await flushAll();
          await haven().app.saved();
        }
        if (event.type === 'import-progress' || event.type === 'retag-progress') reportProgress(event.type, event);
        if (event.type === 'locked') {
          setSession(null);
          setNotice(event.reason === 'manual' || event.reason === 'shortcut' ? null : event.reason);
        }
        if (event.type === 'vault-damaged') {
          // The journal has closed itself; the lock screen says why and offers its backups.
          setSession(null);
          setNotice(null);
          setDamage({ vaultId: event.vaultId, message: event.message });
        }
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, []);

  const lock = useCallback(async () => {
    await flushAll();
    setSession(null);
    setNotice(null);
    await haven().session.lock();
  }, []);

  useActivityReporter(Boolean(session));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isCommand(event) && !event.shiftKey && event.key.toLowerCase() === 'l' && session) {
        event.preventDefault();
        void lock();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lock, session]);

  if (session === undefined) return <div className="splash" aria-busy="true" />;
  if (!session) {
    return (
      <LockScreen
        notice={notice ? NOTICES[notice] : null}
        damage={damage}
        onUnlocked={(next) => {
          // Every unlock opens on tonight's page, whatever view the last session ended on.
          window.location.hash = '#/today';
          setNotice(null);
          setDamage(null);
          setSession(next);
        }}
      />
    );
  }
  // The last line of defence, outside the views' own boundaries: locking starts the window afresh.
  return (
    <ErrorBoundary fallback={() => <WindowTrouble onLock={() => void lock()} />}>
      <Suspense fallback={null}>
        <Shell session={session} onLock={() => void lock()} onSessionChange={setSession} />
      </Suspense>
    </ErrorBoundary>
  );
}

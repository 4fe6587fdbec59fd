import { useEffect, useRef } from 'react';
import type { Session } from '../../../preload/contract';
import { Settings } from '../views/Settings';
import { Timeline } from '../views/Timeline';
import { Today } from '../views/Today';
import { useRoute, type Route } from './useRoute';

const LINKS: { route: Route; label: string }[] = [
  { route: 'today', label: 'Today' },
  { route: 'timeline', label: 'Timeline' },
  { route: 'settings', label: 'Settings' },
];

export function Shell({
  session,
  onLock,
  onSessionChange,
}: {
  session: Session;
  onLock: () => void;
  onSessionChange: (session: Session | null) => void;
}) {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);

  // Moving between views puts focus at the new view's heading, so screen readers announce where you are.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  return (
    <div className="shell">
      <nav aria-label="Main" className="sidebar">
        <p className="sidebar-journal">
          <img src="./haven-mark.svg" alt="" width={28} height={28} />
          <span>{session.vault.name}</span>
        </p>
        <ul>
          {LINKS.map((link) => (
            <li key={link.route}>
              <a href={`#/${link.route}`} aria-current={route === link.route ? 'page' : undefined}>
                {link.label}
              </a>
            </li>
          ))}
        </ul>
        <button type="button" className="button-secondary lock-button" onClick={onLock} title="Lock (Ctrl+L)">
          Lock
        </button>
      </nav>
      <main ref={mainRef} className="content">
        {route === 'today' && <Today />}
        {route === 'timeline' && <Timeline />}
        {route === 'settings' && <Settings session={session} onSessionChange={onSessionChange} />}
      </main>
    </div>
  );
}

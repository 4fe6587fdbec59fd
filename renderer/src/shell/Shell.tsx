import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Session } from '../../../preload/contract';
import { ErrorBoundary, ViewTrouble } from '../components/ErrorBoundary';
import { Notice } from '../components/Notice';
import { Toaster } from '../components/Toast';
import { CardView } from '../views/conversation/CardView';
import { ConversationView } from '../views/conversation/ConversationView';
import { EntryView } from '../views/EntryView';
import { SearchView } from '../views/SearchView';
import { Settings } from '../views/Settings';
import { Timeline } from '../views/Timeline';
import { TagsView } from '../views/manage/TagsView';
import { PromptsView } from '../views/prompts/PromptsView';
import { TemplateEditor } from '../views/manage/TemplateEditor';
import { TemplatesView } from '../views/manage/TemplatesView';
import { Today } from '../views/Today';
import { TrashView } from '../views/TrashView';
import { isCommand } from './keys';
import { NewEntryMenu } from './NewEntryMenu';
import { TemplatesProvider } from './templates';
import { href, navigate, useRoute, type Route } from './useRoute';
import { Button } from '../components/Button';

// Patterns brings the charting library; it loads when first opened, so the lock screen's first paint stays small.
const PatternsView = lazy(() => import('../views/patterns/PatternsView').then((m) => ({ default: m.PatternsView })));

const LINKS: { route: Route; label: string }[] = [
  { route: { name: 'today' }, label: 'Today' },
  { route: { name: 'timeline' }, label: 'Timeline' },
  { route: { name: 'search' }, label: 'Search' },
  { route: { name: 'patterns' }, label: 'Patterns' },
  { route: { name: 'conversation' }, label: 'Conversation' },
  { route: { name: 'prompts' }, label: 'Prompts' },
  { route: { name: 'settings' }, label: 'Settings' },
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
  const [error, setError] = useState<string | null>(null);
  const routeKey = href(route);

  // Moving between views puts focus at the new view's heading, so screen readers announce where you are.
  useEffect(() => {
    if (route.name !== 'search') mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [routeKey, route.name]);

  // Ctrl/Cmd+K searches from anywhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isCommand(event) && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (route.name === 'search') document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
        else navigate({ name: 'search' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route.name]);

  return (
    <TemplatesProvider>
      <div className="shell">
        <nav aria-label="Main" className="sidebar">
          <p className="sidebar-journal">
            <img src="./haven-mark.svg" alt="" width={28} height={28} />
            <span>{session.vault.name}</span>
          </p>
          <NewEntryMenu onError={setError} />
          <ul>
            {LINKS.map((link) => (
              <li key={link.label}>
                <a
                  href={href(link.route)}
                  aria-current={
                    route.name === link.route.name || (route.name === 'card' && link.route.name === 'conversation')
                      ? 'page'
                      : undefined
                  }
                  aria-keyshortcuts={link.route.name === 'search' ? 'Control+K Meta+K' : undefined}
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
          <Button variant="secondary" className="lock-button" onClick={onLock} title="Lock (Ctrl+L)">
            Lock
          </Button>
        </nav>
        <main ref={mainRef} className="content">
          {error && <Notice kind="error">{error}</Notice>}
          <Toaster />
          {/* One boundary per view, new with each route: a view that fails leaves the menu, and every other view, working. */}
          <ErrorBoundary key={routeKey} fallback={(retry) => <ViewTrouble retry={retry} />}>
            {route.name === 'today' && <Today />}
            {route.name === 'timeline' && <Timeline />}
            {route.name === 'search' && <SearchView />}
            {route.name === 'trash' && <TrashView />}
            {route.name === 'entry' && <EntryView key={route.id} id={route.id} />}
            {route.name === 'settings' && <Settings session={session} onSessionChange={onSessionChange} />}
            {route.name === 'tags' && <TagsView />}
            {route.name === 'templates' && <TemplatesView />}
            {route.name === 'prompts' && <PromptsView />}
            {route.name === 'template' && <TemplateEditor key={route.id} id={route.id} />}
            {route.name === 'patterns' && (
              <Suspense
                fallback={
                  <h1 tabIndex={-1} className="view">
                    Patterns
                  </h1>
                }
              >
                <PatternsView />
              </Suspense>
            )}
            {route.name === 'conversation' && <ConversationView />}
            {route.name === 'card' && <CardView key={route.id} id={route.id} />}
          </ErrorBoundary>
        </main>
      </div>
    </TemplatesProvider>
  );
}

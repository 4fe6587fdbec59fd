import { useEffect, useState } from 'react';

export type Route =
  | { name: 'today' }
  | { name: 'timeline' }
  | { name: 'search' }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'entry'; id: string };

const SIMPLE = ['today', 'timeline', 'search', 'trash', 'settings'] as const;

export function parseRoute(hash: string): Route {
  const [name, id] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'entry' && id && /^[a-z0-9-]{1,64}$/.test(id)) return { name: 'entry', id };
  return (SIMPLE as readonly string[]).includes(name ?? '') ? ({ name } as Route) : { name: 'today' };
}

export const href = (route: Route) => (route.name === 'entry' ? `#/entry/${route.id}` : `#/${route.name}`);

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/** Views are addressed by the URL hash, so links are real links and Back works. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

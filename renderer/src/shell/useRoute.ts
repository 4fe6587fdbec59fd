import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'today' }
  | { name: 'timeline' }
  | { name: 'search' }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'tags' }
  | { name: 'templates' }
  | { name: 'entry'; id: string }
  /** One template in the editor; the id 'new' starts an empty one. */
  | { name: 'template'; id: string };

const SIMPLE = ['today', 'timeline', 'search', 'trash', 'settings', 'tags', 'templates'] as const;
const ID = /^[a-z0-9-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const [name, id] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'entry' && id && ID.test(id)) return { name: 'entry', id };
  if (name === 'template' && id && ID.test(id)) return { name: 'template', id };
  return (SIMPLE as readonly string[]).includes(name ?? '') ? ({ name } as Route) : { name: 'today' };
}

export const href = (route: Route) =>
  route.name === 'entry' || route.name === 'template' ? `#/${route.name}/${route.id}` : `#/${route.name}`;

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/**
 * A view holding unsaved work sets a guard; it sees every change of view first (links, Back, shortcuts) and
 * answers true to stay, usually to ask the person. Returns the function that takes the guard away.
 */
export type LeaveGuard = (to: Route) => boolean;
let guard: LeaveGuard | null = null;

export function setLeaveGuard(next: LeaveGuard): () => void {
  guard = next;
  return () => {
    if (guard === next) guard = null;
  };
}

let current: Route = parseRoute(window.location.hash);
let currentHash = window.location.hash;
const listeners = new Set<() => void>();

/** The route for the address now; the same object until the address changes, as React's store contract asks. */
function snapshot(): Route {
  if (listeners.size === 0 && window.location.hash !== currentHash) {
    currentHash = window.location.hash;
    current = parseRoute(currentHash);
  }
  return current;
}

function onHashChange(event: HashChangeEvent): void {
  const next = parseRoute(window.location.hash);
  if (guard?.(next)) {
    // Put the address back without another hashchange, so the view that asked stays where it was.
    history.replaceState(history.state, '', event.oldURL);
    return;
  }
  current = next;
  currentHash = window.location.hash;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    snapshot();
    window.addEventListener('hashchange', onHashChange);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

/** Views are addressed by the URL hash, so links are real links and Back works. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}

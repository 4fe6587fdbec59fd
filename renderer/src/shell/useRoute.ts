import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'today' }
  | { name: 'timeline' }
  | { name: 'search' }
  | { name: 'trash' }
  | { name: 'settings' }
  | { name: 'tags' }
  | { name: 'templates' }
  | { name: 'prompts' }
  | { name: 'patterns' }
  | { name: 'conversation' }
  | { name: 'entry'; id: string }
  | { name: 'card'; id: string }
  /** One template in the editor; the id 'new' starts an empty one. */
  | { name: 'template'; id: string };

const SIMPLE = [
  'today',
  'timeline',
  'search',
  'trash',
  'settings',
  'tags',
  'templates',
  'prompts',
  'patterns',
  'conversation',
] as const;
const ID = /^[a-z0-9-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const [name, id] = hash.replace(/^#\/?/, '').split('/');
  if (name === 'entry' && id && ID.test(id)) return { name: 'entry', id };
  if (name === 'template' && id && ID.test(id)) return { name: 'template', id };
  if (name === 'card' && id && ID.test(id)) return { name: 'card', id };
  return (SIMPLE as readonly string[]).includes(name ?? '') ? ({ name } as Route) : { name: 'today' };
}

export const href = (route: Route) =>
  route.name === 'entry' || route.name === 'template' || route.name === 'card'
    ? `#/${route.name}/${route.id}`
    : `#/${route.name}`;

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

let current: Route = { name: 'today' };
/** The address `current` was read from; null until first asked, so importing this touches no window. */
let currentHash: string | null = null;
const listeners = new Set<() => void>();

/**
 * Each history entry the journal visits is numbered in its history state, so a refused change of view can be
 * undone exactly: a new entry (a link) by stepping back off it, Back by stepping forward again, and the
 * reverse. `settlingTo` is the address that undoing returns to, so its own hashchange passes quietly.
 */
let position = 0;
let settlingTo: string | null = null;
const indexOf = (state: unknown): number | null => {
  const index = (state as { havenIndex?: unknown } | null)?.havenIndex;
  return typeof index === 'number' ? index : null;
};
const stamp = (index: number) => history.replaceState({ ...(history.state ?? {}), havenIndex: index }, '');

/** The route for the address now; the same object until the address changes, as React's store contract asks. */
function snapshot(): Route {
  if (listeners.size === 0 && window.location.hash !== currentHash) {
    currentHash = window.location.hash;
    current = parseRoute(currentHash);
  }
  return current;
}

function onHashChange(event: HashChangeEvent): void {
  if (settlingTo !== null) {
    const expected = settlingTo;
    settlingTo = null;
    if (window.location.hash === expected) return;
  }
  const next = parseRoute(window.location.hash);
  const index = indexOf(history.state);
  if (guard?.(next)) {
    const steps = index === null ? -1 : position - index;
    if (steps !== 0) {
      settlingTo = currentHash;
      history.go(steps);
    } else {
      // An entry numbered like this one (history from before numbering began): put the address back in place.
      history.replaceState(history.state, '', event.oldURL);
    }
    return;
  }
  position = index ?? position + 1;
  if (index === null) stamp(position);
  current = next;
  currentHash = window.location.hash;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    snapshot();
    // An entry added while nothing listened (unlocking opens on Today) gets the next number.
    const index = indexOf(history.state);
    position = index ?? position + 1;
    if (index === null) stamp(position);
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

import { createHavenApi } from '../../../preload/bridge';

declare global {
  interface Window {
    __havenInvoke: (channel: string, payload: unknown) => Promise<unknown>;
  }
}

// The e2e bridge's stand-in for preload/index.ts: the same typed API, over a Playwright binding instead of IPC.
window.haven = createHavenApi((channel, payload) => window.__havenInvoke(channel, payload));

import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import type { Platform } from './platform/types';
import { EventQueue } from './session/events';
import { VaultSession } from './session/session';

export interface HavenOptions {
  dataDir: string;
  platform: Platform;
  version: string;
  platformName: string;
  now?: () => Date;
  pollMs?: number;
  onUnexpected?: (error: unknown) => void;
}

export interface Haven {
  router: Router;
  session: VaultSession;
  dispose(): void;
}

/** Everything privileged, assembled once: the same object backs the Electron app and the e2e bridge. */
export function createHaven(options: HavenOptions): Haven {
  const now = options.now ?? (() => new Date());
  const events = new EventQueue();
  const session = new VaultSession({ dataDir: options.dataDir, now, events, platform: options.platform });
  const handlers = createHandlers({
    info: { name: 'Haven', version: options.version, platform: options.platformName },
    dataDir: options.dataDir,
    now,
    platform: options.platform,
    events,
    session,
    ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
  });
  return {
    router: createRouter(handlers, options.onUnexpected),
    session,
    dispose() {
      session.dispose();
      events.close();
    },
  };
}

import { createHandlers } from './ipc/handlers';
import { createRouter, type Router } from './ipc/router';
import type { Platform } from './platform/types';
import { EventQueue } from './session/events';
import { readPreferences } from './session/preferences';
import { Reminders } from './session/reminders';
import { VaultSession } from './session/session';
import { isDamageError } from './vault/database';
import { runCheckInWorker, type IntegrityRunner } from './vault/integrity';

export interface HavenOptions {
  dataDir: string;
  platform: Platform;
  version: string;
  platformName: string;
  now?: () => Date;
  pollMs?: number;
  onUnexpected?: (error: unknown) => void;
  /** How the day's integrity check runs beside the open journal: a worker thread unless a test says otherwise. */
  integrity?: IntegrityRunner;
}

export interface Haven {
  router: Router;
  session: VaultSession;
  /** Asks the renderer to save what is pending; resolves when it has, or after `timeoutMs` at most. */
  saveRendererWork(timeoutMs?: number): Promise<void>;
  /** A lock from outside the page (the menu's Lock): what was typed in the last moment is saved first. */
  lockAfterSaving(reason: 'shortcut' | 'manual'): Promise<void>;
  /** Quitting: save what is pending (bounded), then lock and release everything. */
  shutdown(): Promise<void>;
  dispose(): void;
}

/** Everything privileged, assembled once: the same object backs the Electron app and the e2e bridge. */
export function createHaven(options: HavenOptions): Haven {
  const now = options.now ?? (() => new Date());
  const events = new EventQueue();
  let saved: (() => void) | null = null;
  const saveRendererWork = (timeoutMs = 2_000) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        saved = null;
        resolve();
      }
      saved = done;
      events.emit({ type: 'save-pending' });
    });
  const session = new VaultSession({
    dataDir: options.dataDir,
    now,
    events,
    platform: options.platform,
    // Before an automatic lock (idle, sleep, screen lock) the words typed in the last moment are saved first.
    beforeAutoLock: () => saveRendererWork(1_000),
    integrity: options.integrity ?? runCheckInWorker,
  });
  const reminders = new Reminders(options.platform, now);
  reminders.schedule(readPreferences(options.dataDir).reminderTime);
  const handlers = createHandlers({
    info: { name: 'Haven', version: options.version, platform: options.platformName },
    dataDir: options.dataDir,
    now,
    platform: options.platform,
    events,
    session,
    reminders,
    onRendererSaved: () => saved?.(),
    ...(options.pollMs !== undefined ? { pollMs: options.pollMs } : {}),
  });
  const dispose = () => {
    session.dispose();
    reminders.dispose();
    events.close();
  };
  return {
    router: createRouter(handlers, options.onUnexpected, (error) =>
      isDamageError(error) ? session.reportDamage(error) : null,
    ),
    session,
    saveRendererWork,
    async lockAfterSaving(reason) {
      const open = session.current()?.vault.id;
      if (!open) return;
      await saveRendererWork(1_000);
      // Only the journal that was open when this began; a lock and unlock in between starts afresh.
      if (session.current()?.vault.id === open) session.lockNow(reason);
    },
    async shutdown() {
      if (session.current()) await saveRendererWork(2_000);
      dispose();
    },
    dispose,
  };
}

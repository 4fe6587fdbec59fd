import type { AppEvent } from '../../preload/contract';

/**
 * Events from the main process reach the renderer through a long poll over the same invoke transport as
 * every call, so the app and the e2e bridge deliver them the same way.
 */
export class EventQueue {
  private queued: AppEvent[] = [];
  private waiters = new Set<(event: AppEvent) => void>();

  emit(event: AppEvent): void {
    if (this.waiters.size === 0) {
      this.queued.push(event);
      return;
    }
    for (const waiter of this.waiters) waiter(event);
    this.waiters.clear();
  }

  next(timeoutMs: number): Promise<AppEvent> {
    const queued = this.queued.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      const waiter = (event: AppEvent) => {
        clearTimeout(timer);
        resolve(event);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve({ type: 'none' });
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Wakes every waiting poll so nothing hangs when the app shuts down. */
  close(): void {
    this.emit({ type: 'none' });
    this.queued = [];
  }
}

import type { Channel } from '../../preload/contract';
import { HavenError } from '../errors';
import type { Handlers } from './router';

/**
 * Work that holds one transaction open across turns of the event loop so its progress reaches the window: an
 * import, renaming or merging a tag across the journal. One runs at a time; meanwhile every request that could
 * read or write the journal answers 'busy' with what is running (`guardWhileBusy`), so nothing reads half of
 * it or writes into it.
 */
export interface LongWork {
  /** What is running, as the 'busy' answer says it; null when nothing is. */
  current(): string | null;
  /** Runs `work` as the one long piece of work; 'busy' if another is running. */
  run<T>(busyMessage: string, work: () => Promise<T>): Promise<T>;
}

export function createLongWork(): LongWork {
  let running: string | null = null;
  return {
    current: () => running,
    async run(busyMessage, work) {
      if (running !== null) throw new HavenError('busy', running);
      running = busyMessage;
      try {
        return await work();
      } finally {
        running = null;
      }
    },
  };
}

/** Requests that touch no journal, or must still work during long work (events, activity, locking). */
const ALLOWED_WHILE_BUSY = new Set<Channel>([
  'app:info',
  'app:nextEvent',
  'app:activity',
  'app:saved',
  'app:copy',
  'app:openLink',
  'vaults:list',
  'session:current',
  'session:lastUsed',
  'session:integrity',
  'session:lock',
  'import:cancel',
  'prefs:get',
  'prefs:lockScreen',
]);

/** Answers 'busy' to every other request while long work holds its transaction open. */
export function guardWhileBusy(handlers: Handlers, work: LongWork): Handlers {
  const guarded = { ...handlers } as Record<Channel, (input: unknown) => unknown>;
  for (const channel of Object.keys(handlers) as Channel[]) {
    if (ALLOWED_WHILE_BUSY.has(channel)) continue;
    const handler = guarded[channel];
    guarded[channel] = (input: unknown) => {
      const running = work.current();
      if (running !== null) throw new HavenError('busy', running);
      return handler(input);
    };
  }
  return guarded as unknown as Handlers;
}

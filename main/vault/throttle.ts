import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './files';

/**
 * Slows down guessing at the keyboard, where the likeliest guesser is a partner trying names and birthdays:
 * five tries are free, then each further try waits twice as long as the last (30 s after the fifth wrong one,
 * then 1, 2, 4, 8, 16 and 32 minutes, then an hour each from the twelfth on). Kept in a file so quitting and
 * reopening Haven does not reset it. It is a speed bump for someone at this computer, not protection for a
 * copied vault: offline, the cost of a guess is the scrypt run itself.
 *
 * A try is counted before its KDF runs and the count is cleared when the passphrase proves right, so killing
 * Haven mid-try can't make a try free; and tries on one vault are taken one at a time, so twenty at once meet
 * the wait just as twenty in a row would.
 */
export const AttemptState = z.object({
  failures: z.number().int().min(0),
  lastFailureAt: z.number().nullable(),
});
export type AttemptState = z.infer<typeof AttemptState>;

export const NO_FAILURES: AttemptState = { failures: 0, lastFailureAt: null };

export const FREE_TRIES = 5;
const FIRST_WAIT_SECONDS = 30;
export const MAX_WAIT_SECONDS = 60 * 60;

/** How long a try must wait after the last failure: nothing for the first FREE_TRIES. */
export function delaySeconds(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_SECONDS * 2 ** (failures - FREE_TRIES), MAX_WAIT_SECONDS);
}

/**
 * Seconds left before the next try is allowed. Never more than the delay itself, so a clock set backwards
 * can't lock someone out for longer than an hour.
 */
export function waitSeconds(state: AttemptState, now: Date): number {
  const delay = delaySeconds(state.failures);
  if (delay === 0 || state.lastFailureAt === null) return 0;
  const left = Math.ceil((state.lastFailureAt + delay * 1000 - now.getTime()) / 1000);
  return Math.max(0, Math.min(left, delay));
}

export function afterFailure(state: AttemptState, now: Date): AttemptState {
  return { failures: state.failures + 1, lastFailureAt: now.getTime() };
}

/**
 * A missing file means no recent failures. So does an unreadable one: anyone able to corrupt it could as
 * easily delete it, and refusing to unlock over it would lock the owner out instead.
 */
export function readAttempts(file: string): AttemptState {
  try {
    return AttemptState.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return NO_FAILURES;
  }
}

/** Counts one more failure and returns the new count; throws when the file can't be written. */
export function recordFailure(file: string, now: Date): AttemptState {
  const next = afterFailure(readAttempts(file), now);
  writeFileAtomic(file, `${JSON.stringify(next)}\n`);
  return next;
}

export function resetAttempts(file: string): void {
  rmSync(file, { force: true });
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier call with the same key has settled: the check, the KDF run and the count of
 * one try happen before the next try's check, within this process (Haven runs as one instance).
 */
export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(key) ?? Promise.resolve();
  const result = before.then(work);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return result;
}

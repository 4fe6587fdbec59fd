import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from './files';

/**
 * Slows down guessing at the keyboard: after FREE_TRIES wrong passphrases in a row, each further try waits
 * twice as long as the last (1 s, 2 s, 4 s, … up to 15 minutes). Kept in a file so quitting and reopening
 * Haven does not reset it. It is a speed bump for someone at this computer, not protection for a copied
 * vault: offline, the cost of a guess is the scrypt run itself.
 */
export const AttemptState = z.object({
  failures: z.number().int().min(0),
  lastFailureAt: z.number().nullable(),
});
export type AttemptState = z.infer<typeof AttemptState>;

export const NO_FAILURES: AttemptState = { failures: 0, lastFailureAt: null };

const FREE_TRIES = 5;
const MAX_WAIT_SECONDS = 15 * 60;

/** How long a try must wait after the last failure: nothing for the first FREE_TRIES. */
export function delaySeconds(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(2 ** (failures - FREE_TRIES), MAX_WAIT_SECONDS);
}

/**
 * Seconds left before the next try is allowed. Never more than the delay itself, so a clock set backwards
 * can't lock someone out for longer than 15 minutes.
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

export function recordFailure(file: string, now: Date): AttemptState {
  const next = afterFailure(readAttempts(file), now);
  writeFileAtomic(file, `${JSON.stringify(next)}\n`);
  return next;
}

export function resetAttempts(file: string): void {
  rmSync(file, { force: true });
}

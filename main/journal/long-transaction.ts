import type Database from 'better-sqlite3-multiple-ciphers';
import { HavenError } from '../errors';

/** Progress of long work in the journal, in the units it counts (entries). */
export type OnProgress = (done: number, total: number) => void;

export interface LongTransactionOptions {
  /** How many items between progress reports; 250 by default. */
  chunk?: number;
  /**
   * Told after each chunk. With it, the transaction is held across turns of the event loop so each report
   * reaches the window while the work runs; without it, everything runs in one turn.
   */
  onProgress?: OnProgress | undefined;
  /** Runs inside the transaction before the first item, and after the last. */
  before?: () => void;
  after?: () => void;
  /** What to say when the journal locks before the work is done (nothing is kept then). */
  lockedMessage: string;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `each` over `items` in one transaction: all of it is kept, or, on any failure or if the journal locks
 * meanwhile, none of it. While it yields between chunks, the caller keeps other requests away (main/ipc's
 * long work guard answers them 'busy').
 */
export async function inOneTransaction<T>(
  db: Database.Database,
  items: readonly T[],
  each: (item: T) => void,
  options: LongTransactionOptions,
): Promise<void> {
  const chunk = options.chunk ?? 250;
  const total = items.length;
  db.exec('BEGIN IMMEDIATE');
  try {
    options.before?.();
    for (let start = 0; start < total; start += chunk) {
      for (const item of items.slice(start, start + chunk)) each(item);
      if (options.onProgress) {
        options.onProgress(Math.min(start + chunk, total), total);
        await nextTurn();
        if (!db.open || !db.inTransaction) throw new HavenError('vault-locked', options.lockedMessage);
      }
    }
    options.after?.();
    db.exec('COMMIT');
  } catch (error) {
    if (db.open && db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkDatabase, type CheckResult } from './database';

/**
 * The daily integrity check, run beside the open journal rather than before it (DESIGN §6: at 100k entries
 * quick_check takes seconds). The job carries its own copy of the data key in an ArrayBuffer that is
 * transferred, not copied, to the worker; the worker wipes it as soon as SQLite has taken it.
 */
export interface CheckJob {
  file: string;
  key: ArrayBuffer;
  /** Where a passing check leaves the day's snapshot, for the main thread to move into place. */
  snapshotTo: string;
}

export interface RunningCheck {
  result: Promise<CheckResult>;
  /** Stops the check (the journal is locking); its result is then 'not-run'. */
  cancel(): void;
}

export type IntegrityRunner = (job: CheckJob) => RunningCheck;

/** The same check on this thread, at once: for tests, which then need no worker and no built output. */
export const runCheckInThread: IntegrityRunner = (job) => ({
  result: Promise.resolve(checkDatabase(job.file, new Uint8Array(job.key), { snapshotTo: job.snapshotTo })),
  cancel: () => {},
});

/**
 * The worker's file: in the built app electron-vite emits it beside index.js (electron.vite.config.ts names it as
 * an entry); run from source (tsx, the e2e bridge) it is the .ts file, loaded through tsx.
 */
function workerFile(): { file: string; execArgv: string[] } {
  const built = join(__dirname, 'integrity-worker.js');
  if (existsSync(built)) return { file: built, execArgv: [] };
  return { file: join(__dirname, 'integrity-worker.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * The check in a worker thread. Cancelling (the journal is locking) answers 'not-run' at once and lets the worker
 * finish on its own, unreferenced so it never holds the app open: stopping a thread while it is inside SQLite's
 * native code (loading the library, or in the middle of the check) can abort the whole process, which a
 * lock a moment after unlocking once did. The worker reads only, on its own read-only connection, and exits by
 * itself after answering; a snapshot it leaves is removed by the next check before it writes one.
 */
export const runCheckInWorker: IntegrityRunner = (job) => {
  const { file, execArgv } = workerFile();
  const worker = new Worker(file, { execArgv });
  let settle: (result: CheckResult) => void = () => {};
  const result = new Promise<CheckResult>((resolve) => {
    settle = resolve;
  });
  worker.once('message', (message: CheckResult) => settle(message));
  worker.once('error', (error) => settle({ outcome: 'not-run', cause: String(error) }));
  worker.once('exit', () => settle({ outcome: 'not-run', cause: 'exited' }));
  // Transferred: after this line the key is no longer reachable from this thread.
  worker.postMessage(job, [job.key]);
  return {
    result,
    cancel: () => {
      worker.unref();
      settle({ outcome: 'not-run', cause: 'cancelled' });
    },
  };
};

import { parentPort } from 'node:worker_threads';
import { checkDatabase, type CheckResult } from './database';
import type { CheckJob } from './integrity';

// One job per worker: check the journal on a read-only connection, snapshot it if it passed, report, exit.
parentPort?.once('message', (job: CheckJob) => {
  let result: CheckResult;
  try {
    result = checkDatabase(job.file, new Uint8Array(job.key), { snapshotTo: job.snapshotTo });
  } catch (error) {
    new Uint8Array(job.key).fill(0);
    result = { outcome: 'not-run', cause: String((error as { code?: unknown }).code ?? error) };
  }
  parentPort?.postMessage(result);
});

import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeVaultDatabase, checkDatabase } from '../main/vault/database';
import { readHeader } from '../main/vault/header';
import { runCheckInWorker } from '../main/vault/integrity';
import { deriveKey, unwrapKey } from '../main/vault/keys';
import { unlockVault } from '../main/vault/store';
import { BENCH_PASSPHRASE, openBenchVault } from './generate';

/**
 * DESIGN §6: the first unlock of a day at 100k entries stays within the unlock budget, with the integrity check
 * beside the open journal rather than before it. Measured on the generated journal (bench/generate.ts): the
 * unlock path without its KDF (the generated vault uses a cheap one), added to the real KDF time measured by
 * bench/unlock; then the check in its worker, and how long the main thread was ever kept from its event loop
 * meanwhile; and, for comparison, the same check in-thread, as unlock used to run it.
 */
export default async function firstUnlockOfDay(opts: { smoke: boolean; kdfMs: number }): Promise<string[]> {
  const size = opts.smoke ? 1_000 : 100_000;
  const bench = await openBenchVault({ entries: size, seed: 42, encrypted: true, cache: !opts.smoke });
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-bench-first-unlock-'));
  try {
    // A fresh vault folder with no backups yet: to Haven, the first unlock of the day.
    closeVaultDatabase(bench.db);
    const id = 'bench0first0unlock';
    const dir = join(dataDir, 'vaults', id);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(bench.vaultDir, 'header.json'), join(dir, 'header.json'));
    copyFileSync(join(bench.vaultDir, 'vault.db'), join(dir, 'vault.db'));
    const header = readHeader(join(dir, 'header.json'));

    const wrapping = await deriveKey(BENCH_PASSPHRASE, header.kdf);
    const dataKey = unwrapKey(header.wrapped.passphrase, wrapping, 'passphrase');
    wrapping.fill(0);
    if (!dataKey) throw new Error('the benchmark vault no longer opens with its passphrase');

    // The generated vault's own KDF is a cheap one (a few ms); counted in here, so the figure errs on the slow side.
    let started = performance.now();
    const open = await unlockVault(dataDir, id, BENCH_PASSPHRASE, new Date(), { checkBeside: true });
    const openPathMs = performance.now() - started;
    const job = open.pendingCheck;
    if (!job) throw new Error('the first unlock of the day did not leave the check to run beside it');

    // How long the main thread is ever held up while the check runs in its worker.
    let lagMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      lagMs = Math.max(lagMs, now - last - 10);
      last = now;
    }, 10);
    started = performance.now();
    const result = await runCheckInWorker(job).result;
    const besideMs = performance.now() - started;
    clearInterval(ticker);
    if (result.outcome !== 'passed') throw new Error(`the integrity check did not pass: ${JSON.stringify(result)}`);
    open.close({ checkpoint: false });

    started = performance.now();
    const inline = checkDatabase(join(dir, 'vault.db'), dataKey);
    const inlineMs = performance.now() - started;
    dataKey.fill(0);
    if (inline.outcome !== 'passed') throw new Error('the in-thread check did not pass');

    const firstUnlockMs = opts.kdfMs + openPathMs;
    console.log(
      `unlock  first of the day at ${size} entries: ${(firstUnlockMs / 1000).toFixed(2)} s ` +
        `(kdf ${(opts.kdfMs / 1000).toFixed(2)} s + open ${openPathMs.toFixed(0)} ms; budget 0.3–1 s)  ` +
        `check beside ${(besideMs / 1000).toFixed(2)} s incl. snapshot, main thread held up at most ${lagMs.toFixed(0)} ms  ` +
        `(the check in-thread, as before: ${(inlineMs / 1000).toFixed(2)} s)`,
    );
    const missed: string[] = [];
    const limit = opts.smoke ? 2000 : 1000;
    if (firstUnlockMs > limit)
      missed.push(`first unlock ${(firstUnlockMs / 1000).toFixed(2)} s is over ${limit / 1000} s`);
    return missed;
  } finally {
    bench.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

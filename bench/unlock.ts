import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openVaultDatabase } from '../main/vault/database';
import { readHeader } from '../main/vault/header';
import { deriveKey, unwrapKey } from '../main/vault/keys';
import { createVault, unlockVault } from '../main/vault/store';
import firstUnlockOfDay from './first-unlock';
import { median } from './stats';

/**
 * DESIGN §6: unlock (KDF + open + migrations check) in 0.3–1 s, KDF-dominated; opening the database with the
 * data key under 50 ms. Uses the default KDF parameters, the ones every real vault gets.
 */

const PASSPHRASE = 'a passphrase for the unlock benchmark';

async function timed(runs: number, once: () => Promise<void> | void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once();
    times.push(performance.now() - start);
  }
  return median(times);
}

export default async function run(opts: { smoke: boolean }): Promise<void> {
  const runs = opts.smoke ? 1 : 5;
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-bench-unlock-'));
  try {
    const { summary } = await createVault(dataDir, 'Bench', PASSPHRASE);
    const vaultDir = join(dataDir, 'vaults', summary.id);
    const header = readHeader(join(vaultDir, 'header.json'));
    const now = new Date();
    // The first unlock of a day also takes the daily backup; take it here so the runs measure the usual unlock.
    (await unlockVault(dataDir, summary.id, PASSPHRASE, now)).close();

    let dataKey: Buffer | null = null;
    const kdfMs = await timed(runs, async () => {
      const key = await deriveKey(PASSPHRASE, header.kdf);
      dataKey?.fill(0);
      dataKey = unwrapKey(header.wrapped.passphrase, key, 'passphrase');
      key.fill(0);
    });
    const key: Buffer = dataKey ?? Buffer.alloc(0);
    if (key.length !== 32) throw new Error('the benchmark passphrase did not unwrap the data key');

    const openTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const db = openVaultDatabase(join(vaultDir, 'vault.db'), key);
      openTimes.push(performance.now() - start);
      db.close();
    }
    const openMs = median(openTimes);
    key.fill(0);

    const unlockMs = await timed(runs, async () => {
      const open = await unlockVault(dataDir, summary.id, PASSPHRASE, now);
      open.close();
    });

    const { name, N, r, p } = header.kdf;
    console.log(
      `unlock  kdf=${name} N=${N} r=${r} p=${p}  kdf ${(kdfMs / 1000).toFixed(2)} s  open ${openMs.toFixed(1)} ms  ` +
        `unlock ${(unlockMs / 1000).toFixed(2)} s  (budget 0.3–1 s; open < 50 ms${opts.smoke ? '; smoke: unlock < 2 s' : ''})`,
    );

    const missed: string[] = [];
    if (openMs >= 50) missed.push(`open ${openMs.toFixed(1)} ms is not under 50 ms`);
    if (opts.smoke) {
      if (unlockMs >= 2000) missed.push(`unlock ${(unlockMs / 1000).toFixed(2)} s is not under 2 s`);
    } else if (unlockMs < 300 || unlockMs > 1000) {
      missed.push(`unlock ${(unlockMs / 1000).toFixed(2)} s is outside 0.3–1 s`);
    }
    missed.push(...(await firstUnlockOfDay({ smoke: opts.smoke, kdfMs })));
    if (missed.length > 0) throw new Error(`unlock benchmark missed its budget: ${missed.join('; ')}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

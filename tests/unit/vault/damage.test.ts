import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverVault, unlockVault } from '../../../main/vault/store';
import { createHash } from 'node:crypto';
import { PASSPHRASE, dataKeyOf, entryIds, havenError, insertEntry, newVault, sha256 } from './helpers';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const NOW = new Date(2026, 10, 25, 22, 0, 0);
// The full integrity check runs on the first unlock of each day, before that day's backup.
const NEXT_EVENING = new Date(2026, 10, 26, 21, 0, 0);

describe('a damaged vault', () => {
  it('is refused with "vault-damaged" and left byte for byte as it was', async () => {
    const { dataDir, id, dir } = await newVault();
    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    const fill = open.db.transaction(() => {
      for (let i = 0; i < 300; i++) insertEntry(open.db, `e${i}`, { text: `words of entry ${i} `.repeat(60) });
    });
    fill();
    open.close();

    const file = join(dir, 'vault.db');
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(50 * 4096);
    // One flipped bit in each of a few pages across the entries' half of the file: a free page alone might never
    // be read, so the damage lands where the journal's own rows are.
    for (const at of [0.5, 0.6, 0.7, 0.8, 0.9]) bytes[Math.floor(bytes.length * at)]! ^= 0x01;
    writeFileSync(file, bytes);
    const before = sha256(file);

    const error = await havenError(unlockVault(dataDir, id, PASSPHRASE, NEXT_EVENING));
    expect(error.code).toBe('vault-damaged');
    expect(error.message).toMatch(/Restore from backup/);
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
  });

  it('is refused when vault.db was emptied or is gone, rather than silently starting a blank journal', async () => {
    const { dataDir, id, dir } = await newVault();
    const file = join(dir, 'vault.db');
    writeFileSync(file, '');
    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('vault-damaged');
    expect(readFileSync(file)).toHaveLength(0);
    rmSync(file);
    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('vault-damaged');
    expect(existsSync(file)).toBe(false);
  });
});

describe('the recovery key on a damaged journal', () => {
  it('changes nothing: header.json stays byte for byte, and the old passphrase still opens the key', async () => {
    const { dataDir, id, dir, recoveryKey } = await newVault();
    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    open.db.transaction(() => {
      for (let i = 0; i < 300; i++) insertEntry(open.db, `e${i}`, { text: `words of entry ${i} `.repeat(60) });
    })();
    open.close();
    const file = join(dir, 'vault.db');
    const bytes = readFileSync(file);
    for (const at of [0.5, 0.6, 0.7, 0.8, 0.9]) bytes[Math.floor(bytes.length * at)]! ^= 0x01;
    writeFileSync(file, bytes);
    const header = sha256(join(dir, 'header.json'));
    const copy = sha256(join(dir, 'header.backup.json'));

    // The same day: today's backup exists, so an ordinary unlock would not read every page; recovery does.
    const error = await havenError(recoverVault(dataDir, id, recoveryKey, 'a brand new passphrase', NOW));
    expect(error.code).toBe('vault-damaged');
    expect(sha256(join(dir, 'header.json'))).toBe(header);
    expect(sha256(join(dir, 'header.backup.json'))).toBe(copy);
    expect(sha256(file)).toBe(sha256Of(bytes));
    expect((await dataKeyOf(dir)).length).toBe(32);
  });
});

describe('a crash while saving', () => {
  it('keeps every save that had returned, and the vault opens whole', async () => {
    const { dataDir, id, dir } = await newVault();
    const dataKey = await dataKeyOf(dir);
    const child = spawn(process.execPath, [join(__dirname, 'fixtures', 'save-loop.mjs'), join(dir, 'vault.db')], {
      env: { ...process.env, HAVEN_TEST_KEY: dataKey.toString('hex') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    dataKey.fill(0);

    const saved: string[] = [];
    let pending = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      saved.push(...lines);
      if (saved.length >= 150) child.kill('SIGKILL');
    });
    expect(await exited).toBe('SIGKILL');
    expect(saved.length).toBeGreaterThanOrEqual(150);
    // The kill left commits in the WAL that only recovery at the next open can bring back.
    expect(statSync(join(dir, 'vault.db-wal')).size).toBeGreaterThan(0);

    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    expect(open.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const present = new Set(entryIds(open.db));
    expect(saved.filter((savedId) => !present.has(savedId))).toEqual([]);
    open.close();
  });
});

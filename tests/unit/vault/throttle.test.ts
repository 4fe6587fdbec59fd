import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as keys from '../../../main/vault/keys';
import { delaySeconds, readAttempts } from '../../../main/vault/throttle';
import { changePassphrase, confirmDeletion, unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, havenError, newVault } from './helpers';

// Every KDF run the vault code makes is counted, so a test can say how many guesses were actually tried.
vi.mock('../../../main/vault/keys', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../main/vault/keys')>();
  return { ...actual, deriveKey: vi.fn(actual.deriveKey) };
});
const kdfRuns = () => vi.mocked(keys.deriveKey).mock.calls.length;

const NOW = new Date(2026, 10, 25, 22, 0, 0);

beforeEach(() => {
  vi.mocked(keys.deriveKey).mockClear();
});

describe('the wait after wrong passphrases', () => {
  it('is free for five tries, then 30 s, doubling each time, and never more than an hour', () => {
    const waits = Array.from({ length: 16 }, (_, failures) => delaySeconds(failures));
    expect(waits).toEqual([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600, 3600]);
    expect(delaySeconds(10_000)).toBe(3600);
  });

  it('holds for 20 wrong tries at once: 5 KDF runs, the other 15 told to wait', async () => {
    const { dataDir, id, dir } = await newVault();
    vi.mocked(keys.deriveKey).mockClear();
    const tries = Array.from({ length: 20 }, (_, i) => havenError(unlockVault(dataDir, id, `guess ${i}`, NOW)));
    const codes = (await Promise.all(tries)).map((error) => error.code);

    expect(kdfRuns()).toBe(5);
    expect(codes.filter((code) => code === 'wrong-passphrase')).toHaveLength(5);
    expect(codes.filter((code) => code === 'too-many-attempts')).toHaveLength(15);
    expect(readAttempts(join(dir, 'attempts.json')).failures).toBe(5);
  });

  it('holds across kinds of tries at once too: unlock, change and delete share one count', async () => {
    const { dataDir, id } = await newVault();
    vi.mocked(keys.deriveKey).mockClear();
    const tries = Array.from({ length: 12 }, (_, i) =>
      havenError(
        [
          () => unlockVault(dataDir, id, `guess ${i}`, NOW),
          () => changePassphrase(dataDir, id, `guess ${i}`, 'plum ferry candle orbit', NOW),
          () => confirmDeletion(dataDir, id, `guess ${i}`, 'Robin', NOW),
        ][i % 3]!(),
      ),
    );
    const codes = (await Promise.all(tries)).map((error) => error.code);
    expect(kdfRuns()).toBe(5);
    expect(codes.filter((code) => code === 'too-many-attempts')).toHaveLength(7);
  });

  it('counts a try before its KDF runs, so stopping Haven mid-try does not make it free', async () => {
    const { dataDir, id, dir } = await newVault('Robin', { N: 2 ** 16 });
    const file = join(dir, 'attempts.json');
    const trying = unlockVault(dataDir, id, PASSPHRASE, NOW);
    await vi.waitFor(() => expect(kdfRuns()).toBe(1));
    // The KDF is running: had the process been killed now, this count would be what the next start reads.
    expect(readAttempts(file).failures).toBe(1);
    (await trying).close();
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a try it cannot count, with no KDF run, and says what to do', async () => {
    const { dataDir, id, dir } = await newVault();
    // A folder where the count should be: nothing can be written there.
    mkdirSync(join(dir, 'attempts.json'));
    vi.mocked(keys.deriveKey).mockClear();
    const refused = await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW));
    expect(refused.code).toBe('disk');
    expect(refused.message).toMatch(/free space/);
    expect(kdfRuns()).toBe(0);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../main/vault/header';
import { DEFAULT_KDF, KDF_STEPS, deriveKey, kdfWork } from '../../../main/vault/keys';
import { readAttempts } from '../../../main/vault/throttle';
import {
  changePassphrase,
  createVault,
  listVaults,
  recoverVault,
  replaceRecoveryKey,
  unlockVault,
} from '../../../main/vault/store';
import { FAST_KDF, PASSPHRASE, entryIds, havenError, insertEntry, newVault, sha256, tempDir } from './helpers';

const NOW = new Date(2026, 10, 25, 22, 0, 0);
const NEW_PASSPHRASE = 'plum ferry candle orbit';
const FAST_COST = { N: FAST_KDF.N, r: 8, p: 1 };
const headerOf = (dir: string) => readHeader(join(dir, 'header.json'));
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('unlocking with a passphrase', () => {
  it('calibrates scrypt for this computer when a journal is made, never below the OWASP floor', async () => {
    const dataDir = tempDir();
    const { summary } = await createVault(dataDir, 'Robin', PASSPHRASE);
    const header = readHeader(join(dataDir, 'vaults', summary.id, 'header.json'));
    expect(DEFAULT_KDF).toEqual({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    const { N, r, p } = header.kdf;
    expect(KDF_STEPS).toContainEqual({ N, r, p });
    expect(kdfWork(header.kdf)).toBeGreaterThanOrEqual(kdfWork(DEFAULT_KDF));
    expect(Buffer.from(header.kdf.salt, 'base64')).toHaveLength(16);
    const open = await unlockVault(dataDir, summary.id, PASSPHRASE, NOW);
    expect(open.name).toBe('Robin');
    open.close();
  });

  it('says plainly when the passphrase is wrong', async () => {
    const { dataDir, id } = await newVault();
    const error = await havenError(unlockVault(dataDir, id, 'correct horse battery stapl', NOW));
    expect(error.code).toBe('wrong-passphrase');
    expect(error.message).toMatch(/doesn't open this journal/);
  });

  it('treats the same passphrase typed in another Unicode form as the same passphrase', async () => {
    const dataDir = tempDir();
    const composed = 'café au lait, s’il vous plaît';
    const { summary } = await createVault(dataDir, 'Robin', composed, { kdf: { N: 2 ** 14 } });
    const open = await unlockVault(dataDir, summary.id, composed.normalize('NFD'), NOW);
    open.close();
  });

  it('after 5 wrong tries makes the next one wait, without a KDF run, across a restart', async () => {
    const { dataDir, id, dir } = await newVault('Robin', { N: 2 ** 15 });
    for (let i = 0; i < 5; i++) {
      expect((await havenError(unlockVault(dataDir, id, `guess ${i}`, NOW))).code).toBe('wrong-passphrase');
    }

    const header = readHeader(join(dir, 'header.json'));
    const kdfStart = performance.now();
    (await deriveKey('anything', header.kdf)).fill(0);
    const kdfMs = performance.now() - kdfStart;

    const refusedStart = performance.now();
    const refused = await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW));
    const refusedMs = performance.now() - refusedStart;
    expect(refused.code).toBe('too-many-attempts');
    expect(refused.details?.waitSeconds).toBeGreaterThan(0);
    expect(refusedMs).toBeLessThan(kdfMs / 4);

    // A restart reads the count back from disk: the wait is still there, and shows in the journal list.
    expect(JSON.parse(readFileSync(join(dir, 'attempts.json'), 'utf8'))).toMatchObject({ failures: 5 });
    expect(readAttempts(join(dir, 'attempts.json')).failures).toBe(5);
    expect(listVaults(dataDir, NOW)[0]?.waitSeconds).toBe(30);

    const open = await unlockVault(dataDir, id, PASSPHRASE, later(30));
    open.close();
    expect(listVaults(dataDir, later(30))[0]?.waitSeconds).toBe(0);
  });

  it('waits 30 s after the fifth wrong try, and twice as long with each further one', async () => {
    const { dataDir, id } = await newVault();
    let at = 0;
    for (let i = 0; i < 5; i++) await havenError(unlockVault(dataDir, id, 'nope', later(at)));
    for (const expected of [30, 60, 120, 240]) {
      const refused = await havenError(unlockVault(dataDir, id, 'nope', later(at)));
      expect(refused.details?.waitSeconds).toBe(expected);
      at += expected;
      const wrong = await havenError(unlockVault(dataDir, id, 'nope', later(at)));
      expect(wrong.code).toBe('wrong-passphrase');
    }
  });

  it('refuses an empty passphrase without counting it as a wrong try', async () => {
    const { dataDir, id, dir } = await newVault();
    expect((await havenError(unlockVault(dataDir, id, '', NOW))).code).toBe('invalid-input');
    expect(readAttempts(join(dir, 'attempts.json')).failures).toBe(0);
  });
});

describe('the recovery key', () => {
  it('opens the journal, also typed in lower case with spaces, and sets the new passphrase', async () => {
    const { dataDir, id, recoveryKey } = await newVault();
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');

    const open = await recoverVault(dataDir, id, typed, NEW_PASSPHRASE, NOW, { calibrate: async () => FAST_COST });
    insertEntry(open.db, 'kept');
    open.close();

    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('wrong-passphrase');
    const again = await unlockVault(dataDir, id, NEW_PASSPHRASE, NOW);
    expect(entryIds(again.db)).toEqual(['kept']);
    again.close();
  });

  it('calibrates the cost for this computer, as a passphrase change does, and the recovery key still opens it', async () => {
    const { dataDir, id, dir, recoveryKey } = await newVault();
    const before = JSON.parse(readFileSync(join(dir, 'header.json'), 'utf8')) as { kdf: { N: number } };
    const dearer = { N: before.kdf.N * 2, r: 8, p: 1 };
    (await recoverVault(dataDir, id, recoveryKey, NEW_PASSPHRASE, NOW, { calibrate: async () => dearer })).close();
    const after = JSON.parse(readFileSync(join(dir, 'header.json'), 'utf8')) as { kdf: { N: number } };
    expect(after.kdf.N).toBe(before.kdf.N * 2);
    (await unlockVault(dataDir, id, NEW_PASSPHRASE, NOW)).close();
    (await recoverVault(dataDir, id, recoveryKey, PASSPHRASE, NOW, { calibrate: async () => FAST_COST })).close();
  });

  it('requires a new passphrase', async () => {
    const { dataDir, id, recoveryKey } = await newVault();
    expect((await havenError(recoverVault(dataDir, id, recoveryKey, '', NOW))).code).toBe('weak-passphrase');
    (await unlockVault(dataDir, id, PASSPHRASE, NOW)).close();
  });

  it('says plainly when the recovery key is wrong', async () => {
    const { dataDir, id, recoveryKey } = await newVault();
    const other = (await newVault()).recoveryKey;
    expect((await havenError(recoverVault(dataDir, id, other, NEW_PASSPHRASE, NOW))).code).toBe('wrong-recovery-key');
    expect((await havenError(recoverVault(dataDir, id, 'not a key', NEW_PASSPHRASE, NOW))).code).toBe(
      'wrong-recovery-key',
    );
    const oneCharOff = recoveryKey.slice(0, -1) + (recoveryKey.endsWith('0') ? '1' : '0');
    expect((await havenError(recoverVault(dataDir, id, oneCharOff, NEW_PASSPHRASE, NOW))).code).toBe(
      'wrong-recovery-key',
    );
  });

  it('stops working once replaced, and the new one works', async () => {
    const { dataDir, id, recoveryKey } = await newVault();
    const fresh = await replaceRecoveryKey(dataDir, id, PASSPHRASE);
    expect(fresh).not.toBe(recoveryKey);
    expect((await havenError(recoverVault(dataDir, id, recoveryKey, NEW_PASSPHRASE, NOW))).code).toBe(
      'wrong-recovery-key',
    );
    (await recoverVault(dataDir, id, fresh, NEW_PASSPHRASE, NOW)).close();
  });

  it('is not handed out for a wrong passphrase', async () => {
    const { dataDir, id } = await newVault();
    expect((await havenError(replaceRecoveryKey(dataDir, id, 'wrong'))).code).toBe('wrong-passphrase');
  });
});

describe('changing the passphrase', () => {
  it('retires the old one, keeps every entry, and leaves vault.db byte for byte as it was', async () => {
    const { dataDir, id, dir } = await newVault();
    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    insertEntry(open.db, 'a');
    insertEntry(open.db, 'b');
    open.close();
    const before = sha256(join(dir, 'vault.db'));

    await changePassphrase(dataDir, id, PASSPHRASE, NEW_PASSPHRASE, NOW, { calibrate: async () => FAST_COST });

    expect(sha256(join(dir, 'vault.db'))).toBe(before);
    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('wrong-passphrase');
    const reopened = await unlockVault(dataDir, id, NEW_PASSPHRASE, NOW);
    expect(entryIds(reopened.db)).toEqual(['a', 'b']);
    reopened.close();
  });

  it('needs the current passphrase', async () => {
    const { dataDir, id } = await newVault();
    expect((await havenError(changePassphrase(dataDir, id, 'wrong', NEW_PASSPHRASE))).code).toBe('wrong-passphrase');
    expect((await havenError(changePassphrase(dataDir, id, PASSPHRASE, ''))).code).toBe('weak-passphrase');
    (await unlockVault(dataDir, id, PASSPHRASE, NOW)).close();
  });
});

describe('a new passphrase someone close could guess', () => {
  it('is refused in the main process: "alex123" for a journal called Alex, with the reason and a strong example', async () => {
    const dataDir = tempDir();
    const refused = await havenError(createVault(dataDir, 'Alex', 'alex123', { kdf: FAST_KDF }));
    expect(refused.code).toBe('weak-passphrase');
    expect(refused.message).toMatch(/^That passphrase would be easy to guess\. /);
    const example = refused.details?.example as string;
    expect(example.split(' ')).toHaveLength(4);
    expect(refused.message).toContain(`like “${example}”`);
    expect(listVaults(dataDir, NOW)).toEqual([]);

    // The example it offers is one it accepts.
    const { summary } = await createVault(dataDir, 'Alex', example, { kdf: FAST_KDF });
    (await unlockVault(dataDir, summary.id, example, NOW)).close();
  });

  it('is refused when built on the journal’s own name, though strong for another journal', async () => {
    const dataDir = tempDir();
    const refused = await havenError(createVault(dataDir, 'Quillonby', 'Quillonby2026', { kdf: FAST_KDF }));
    expect(refused.code).toBe('weak-passphrase');
    expect(refused.message).toContain('journal’s name');
    await createVault(dataDir, 'Robin', 'Quillonby2026', { kdf: FAST_KDF });
  });

  it('is refused at recovery and at a change, and the passphrase that was keeps working', async () => {
    const { dataDir, id, recoveryKey } = await newVault('Robin');
    expect((await havenError(recoverVault(dataDir, id, recoveryKey, 'robin2026', NOW))).code).toBe('weak-passphrase');
    expect((await havenError(changePassphrase(dataDir, id, PASSPHRASE, 'Robin2026!'))).code).toBe('weak-passphrase');
    (await unlockVault(dataDir, id, PASSPHRASE, NOW)).close();
  });
});

describe('the KDF cost at a passphrase change', () => {
  it('rises when this computer allows more, keeping the salt, so the recovery key still opens the journal', async () => {
    const { dataDir, id, dir, recoveryKey } = await newVault('Robin');
    const before = headerOf(dir).kdf;
    await changePassphrase(dataDir, id, PASSPHRASE, NEW_PASSPHRASE, NOW, {
      calibrate: async () => ({ N: 2 ** 15, r: 8, p: 2 }),
    });
    expect(headerOf(dir).kdf).toEqual({ ...before, N: 2 ** 15, p: 2 });
    (await unlockVault(dataDir, id, NEW_PASSPHRASE, NOW)).close();
    (await recoverVault(dataDir, id, recoveryKey, 'walnut harbor sketch lilac', NOW)).close();
  });

  it('never falls, even when this computer is slower than the one that made the journal', async () => {
    const { dataDir, id, dir } = await newVault('Robin', { N: 2 ** 15 });
    const before = headerOf(dir).kdf;
    await changePassphrase(dataDir, id, PASSPHRASE, NEW_PASSPHRASE, NOW, { calibrate: async () => FAST_COST });
    expect(headerOf(dir).kdf).toEqual(before);
    (await unlockVault(dataDir, id, NEW_PASSPHRASE, NOW)).close();
  });
});

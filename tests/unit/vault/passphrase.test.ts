import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../main/vault/header';
import { DEFAULT_KDF, deriveKey } from '../../../main/vault/keys';
import { readAttempts } from '../../../main/vault/throttle';
import {
  changePassphrase,
  createVault,
  listVaults,
  recoverVault,
  replaceRecoveryKey,
  unlockVault,
} from '../../../main/vault/store';
import { PASSPHRASE, entryIds, havenError, insertEntry, newVault, sha256, tempDir } from './helpers';

const NOW = new Date(2026, 10, 25, 22, 0, 0);
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('unlocking with a passphrase', () => {
  it('uses scrypt at the OWASP floor by default, and that passphrase opens the journal', async () => {
    const dataDir = tempDir();
    const { summary } = await createVault(dataDir, 'Robin', PASSPHRASE);
    const header = readHeader(join(dataDir, 'vaults', summary.id, 'header.json'));
    expect(DEFAULT_KDF).toEqual({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(header.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
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
    expect(listVaults(dataDir, NOW)[0]?.waitSeconds).toBe(1);

    const open = await unlockVault(dataDir, id, PASSPHRASE, later(1));
    open.close();
    expect(listVaults(dataDir, later(1))[0]?.waitSeconds).toBe(0);
  });

  it('doubles the wait with each further wrong try', async () => {
    const { dataDir, id } = await newVault();
    let at = 0;
    for (let i = 0; i < 5; i++) await havenError(unlockVault(dataDir, id, 'nope', later(at)));
    for (const expected of [1, 2, 4]) {
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

    const open = await recoverVault(dataDir, id, typed, 'a brand new passphrase', NOW);
    insertEntry(open.db, 'kept');
    open.close();

    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('wrong-passphrase');
    const again = await unlockVault(dataDir, id, 'a brand new passphrase', NOW);
    expect(entryIds(again.db)).toEqual(['kept']);
    again.close();
  });

  it('requires a new passphrase', async () => {
    const { dataDir, id, recoveryKey } = await newVault();
    expect((await havenError(recoverVault(dataDir, id, recoveryKey, '', NOW))).code).toBe('weak-passphrase');
    (await unlockVault(dataDir, id, PASSPHRASE, NOW)).close();
  });

  it('says plainly when the recovery key is wrong', async () => {
    const { dataDir, id, recoveryKey } = await newVault();
    const other = (await newVault()).recoveryKey;
    expect((await havenError(recoverVault(dataDir, id, other, 'new one', NOW))).code).toBe('wrong-recovery-key');
    expect((await havenError(recoverVault(dataDir, id, 'not a key', 'new one', NOW))).code).toBe('wrong-recovery-key');
    const oneCharOff = recoveryKey.slice(0, -1) + (recoveryKey.endsWith('0') ? '1' : '0');
    expect((await havenError(recoverVault(dataDir, id, oneCharOff, 'new one', NOW))).code).toBe('wrong-recovery-key');
  });

  it('stops working once replaced, and the new one works', async () => {
    const { dataDir, id, recoveryKey } = await newVault();
    const fresh = await replaceRecoveryKey(dataDir, id, PASSPHRASE);
    expect(fresh).not.toBe(recoveryKey);
    expect((await havenError(recoverVault(dataDir, id, recoveryKey, 'new one', NOW))).code).toBe('wrong-recovery-key');
    (await recoverVault(dataDir, id, fresh, 'new one', NOW)).close();
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

    await changePassphrase(dataDir, id, PASSPHRASE, 'the new passphrase');

    expect(sha256(join(dir, 'vault.db'))).toBe(before);
    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('wrong-passphrase');
    const reopened = await unlockVault(dataDir, id, 'the new passphrase', NOW);
    expect(entryIds(reopened.db)).toEqual(['a', 'b']);
    reopened.close();
  });

  it('needs the current passphrase', async () => {
    const { dataDir, id } = await newVault();
    expect((await havenError(changePassphrase(dataDir, id, 'wrong', 'new'))).code).toBe('wrong-passphrase');
    expect((await havenError(changePassphrase(dataDir, id, PASSPHRASE, ''))).code).toBe('weak-passphrase');
    (await unlockVault(dataDir, id, PASSPHRASE, NOW)).close();
  });
});

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVault, deleteVault, listVaults, unlockVault } from '../../../main/vault/store';
import { FAST_KDF, PASSPHRASE, havenError, newVault, tempDir } from './helpers';

const NOW = new Date(2026, 10, 25, 22, 0, 0);

describe('the list of journals', () => {
  it('shows each journal by name, in order, and skips folders that are not journals', async () => {
    const dataDir = tempDir();
    await createVault(dataDir, 'Sam', PASSPHRASE, { kdf: FAST_KDF });
    await createVault(dataDir, 'Alex', 'another passphrase', { kdf: FAST_KDF });
    mkdirSync(join(dataDir, 'vaults', 'broken'), { recursive: true });
    writeFileSync(join(dataDir, 'vaults', 'broken', 'header.json'), '{ not json');
    mkdirSync(join(dataDir, 'vaults', 'empty'));
    expect(listVaults(dataDir, NOW).map((v) => [v.name, v.waitSeconds])).toEqual([
      ['Alex', 0],
      ['Sam', 0],
    ]);
    expect(listVaults(tempDir(), NOW)).toEqual([]);
  });

  it('refuses a second journal with the same name', async () => {
    const { dataDir } = await newVault('Sam');
    expect((await havenError(createVault(dataDir, ' sam ', PASSPHRASE, { kdf: FAST_KDF }))).code).toBe('vault-exists');
    expect(listVaults(dataDir, NOW)).toHaveLength(1);
  });

  it('refuses an empty passphrase when creating', async () => {
    const dataDir = tempDir();
    expect((await havenError(createVault(dataDir, 'Sam', ''))).code).toBe('weak-passphrase');
    expect(listVaults(dataDir, NOW)).toEqual([]);
  });

  it('says a journal is not found for an unknown or malformed id', async () => {
    const { dataDir } = await newVault();
    for (const id of ['0123456789abcdef', '../vaults', 'UPPER']) {
      expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('vault-not-found');
    }
  });

  it('reports a damaged header.json as damage, not as a wrong passphrase', async () => {
    const { dataDir, id, dir } = await newVault();
    writeFileSync(join(dir, 'header.json'), JSON.stringify({ format: 1, name: 'Robin', extra: 'field' }));
    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('vault-damaged');
  });

  it('leaves the journal as one file at rest after locking', async () => {
    const { dataDir, id, dir } = await newVault();
    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    open.db.prepare("INSERT INTO settings (key, value) VALUES ('k', 'v')").run();
    open.close();
    open.close();
    expect(existsSync(join(dir, 'vault.db-wal'))).toBe(false);
    expect(open.db.open).toBe(false);
  });
});

describe('deleting a journal', () => {
  it('refuses a wrong name or a wrong passphrase, and removes everything when both are right', async () => {
    const { dataDir, id, dir } = await newVault('Robin');
    expect((await havenError(deleteVault(dataDir, id, PASSPHRASE, 'robin'))).code).toBe('name-mismatch');
    expect((await havenError(deleteVault(dataDir, id, 'wrong passphrase', 'Robin'))).code).toBe('wrong-passphrase');
    expect(existsSync(join(dir, 'vault.db'))).toBe(true);

    await deleteVault(dataDir, id, PASSPHRASE, 'Robin');
    expect(existsSync(dir)).toBe(false);
    expect(listVaults(dataDir, NOW)).toEqual([]);
  });
});

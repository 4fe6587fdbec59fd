import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreBackupFile, saveBackupFile } from '../../../main/vault/backup-file';
import { KDF_CEILING, KDF_STEPS, kdfMemoryBytes, kdfWork } from '../../../main/vault/keys';
import { listVaults, unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, havenError, newVault, tempDir } from './helpers';

const NOW = new Date(2026, 10, 25, 22, 0, 0);

/** A real backup file of a real journal, with its header's KDF cost rewritten as a crafted file would. */
async function backupAsking(cost: { N: number; r?: number; p?: number }) {
  const { dataDir, id } = await newVault();
  const vault = await unlockVault(dataDir, id, PASSPHRASE, NOW);
  const file = join(tempDir(), 'Robin.havenbackup');
  saveBackupFile(vault, file, NOW);
  vault.close();
  const files = unzipSync(readFileSync(file));
  const header = JSON.parse(strFromU8(files['header.json']!));
  files['header.json'] = strToU8(JSON.stringify({ ...header, kdf: { ...header.kdf, ...cost } }));
  writeFileSync(file, zipSync(files, { level: 0 }));
  return { dataDir, file };
}

describe('the KDF cost a backup file may ask for', () => {
  it('is at most four times the dearest Haven chooses, in memory and in work', () => {
    const dearest = KDF_STEPS[KDF_STEPS.length - 1]!;
    expect(KDF_CEILING).toEqual({ memoryBytes: 4 * kdfMemoryBytes(dearest), work: 4 * kdfWork(dearest) });
    expect(KDF_CEILING.memoryBytes).toBe(1024 ** 3);
  });

  it('refuses a file asking for N=2^22 by name, and makes no journal', async () => {
    const { dataDir, file } = await backupAsking({ N: 2 ** 22 });
    const refused = await havenError(() => restoreBackupFile(dataDir, file));
    expect(refused.code).toBe('bad-file');
    expect(refused.message).toContain('far more memory or time to unlock than Haven ever uses');
    expect(listVaults(dataDir, NOW)).toHaveLength(1);
  });

  it('refuses 2 GiB of memory even where the header format allows it', async () => {
    const { dataDir, file } = await backupAsking({ N: 2 ** 20, r: 16, p: 1 });
    expect((await havenError(() => restoreBackupFile(dataDir, file))).code).toBe('bad-file');
    expect(listVaults(dataDir, NOW)).toHaveLength(1);
  });

  it('takes a file asking for up to four times Haven’s dearest cost', async () => {
    const { dataDir, file } = await backupAsking({ N: 2 ** 20, r: 8, p: 4 });
    const restored = restoreBackupFile(dataDir, file);
    expect(listVaults(dataDir, NOW).map((vault) => vault.id)).toContain(restored.id);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHaven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';
import {
  changePassphrase,
  listBackups,
  listVaults,
  repairHeader,
  restoreBackup,
  unlockVault,
} from '../../../main/vault/store';
import { PASSPHRASE, entryIds, havenError, insertEntry, newVault, sha256, tempDir } from './helpers';

const NOW = new Date(2026, 10, 25, 22, 0, 0);
const NEXT_DAY = new Date(2026, 10, 26, 21, 0, 0);

/** One flipped byte in the middle of the file: JSON that no longer parses, or a key that no longer matches. */
function flipByte(file: string): void {
  const bytes = readFileSync(file);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x20;
  writeFileSync(file, bytes);
}

/** A journal with one entry and its first daily backup, locked. */
async function journalWithEntry() {
  const made = await newVault('Robin');
  const open = await unlockVault(made.dataDir, made.id, PASSPHRASE, NOW);
  insertEntry(open.db, 'kept-entry', { text: 'still here' });
  open.close();
  return made;
}

describe('the header copy', () => {
  it('is written beside header.json, the same bytes, whenever the header changes', async () => {
    const { dataDir, id, dir } = await newVault();
    expect(readFileSync(join(dir, 'header.backup.json'), 'utf8')).toBe(readFileSync(join(dir, 'header.json'), 'utf8'));
    await changePassphrase(dataDir, id, PASSPHRASE, 'a different long passphrase', NOW);
    expect(readFileSync(join(dir, 'header.backup.json'), 'utf8')).toBe(readFileSync(join(dir, 'header.json'), 'utf8'));
  });

  it('goes with every automatic backup', async () => {
    const { dataDir, id, dir } = await journalWithEntry();
    const [backup] = listBackups(dataDir, id);
    expect(readFileSync(join(dir, 'backups', `${backup!.id}.header.json`), 'utf8')).toBe(
      readFileSync(join(dir, 'header.json'), 'utf8'),
    );
  });
});

describe('a journal whose header.json is damaged', () => {
  it('stays listed as needing repair, under its own name, and unlocks after the repair', async () => {
    const { dataDir, id, dir } = await journalWithEntry();
    flipByte(join(dir, 'header.json'));
    const damaged = readFileSync(join(dir, 'header.json'));

    expect(listVaults(dataDir, NEXT_DAY)).toEqual([{ id, name: 'Robin', waitSeconds: 0, status: 'needs-repair' }]);
    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NEXT_DAY))).code).toBe('vault-damaged');

    expect(repairHeader(dataDir, id, NEXT_DAY)).toEqual({ id, name: 'Robin', waitSeconds: 0 });
    expect(listVaults(dataDir, NEXT_DAY)).toEqual([{ id, name: 'Robin', waitSeconds: 0 }]);
    // The damaged file is kept aside, not overwritten.
    const aside = readdirSync(dir).filter((name) => name.startsWith('header.damaged-'));
    expect(aside.map((name) => readFileSync(join(dir, name)).equals(damaged))).toEqual([true]);

    const open = await unlockVault(dataDir, id, PASSPHRASE, NEXT_DAY);
    expect(entryIds(open.db)).toEqual(['kept-entry']);
    open.close();
  });

  it('is repaired from a backup’s header when the copy beside it is damaged too', async () => {
    const { dataDir, id, dir } = await journalWithEntry();
    flipByte(join(dir, 'header.json'));
    rmSync(join(dir, 'header.backup.json'));
    expect(listVaults(dataDir, NEXT_DAY).map((v) => [v.name, v.status])).toEqual([['Robin', 'needs-repair']]);
    repairHeader(dataDir, id, NEXT_DAY);
    (await unlockVault(dataDir, id, PASSPHRASE, NEXT_DAY)).close();
  });

  it('can have a backup restored from the lock screen, which brings back its header as well', async () => {
    const { dataDir, id, dir } = await journalWithEntry();
    flipByte(join(dir, 'header.json'));
    flipByte(join(dir, 'header.backup.json'));
    const [backup] = listBackups(dataDir, id);
    restoreBackup(dataDir, id, backup!.id, NEXT_DAY);
    expect(listVaults(dataDir, NEXT_DAY)).toEqual([{ id, name: 'Robin', waitSeconds: 0 }]);
    (await unlockVault(dataDir, id, PASSPHRASE, NEXT_DAY)).close();
  });

  it('is still listed, not hidden, when header.json is missing altogether', async () => {
    const { dataDir, id, dir } = await journalWithEntry();
    rmSync(join(dir, 'header.json'));
    expect(listVaults(dataDir, NEXT_DAY).map((v) => [v.id, v.status])).toEqual([[id, 'needs-repair']]);
    repairHeader(dataDir, id, NEXT_DAY);
    (await unlockVault(dataDir, id, PASSPHRASE, NEXT_DAY)).close();
  });

  it('keeps its own daily backups restorable as backup files', async () => {
    const { dataDir, id, dir } = await journalWithEntry();
    flipByte(join(dir, 'header.json'));
    flipByte(join(dir, 'header.backup.json'));
    const platform = createFakePlatform();
    const app = createHaven({ dataDir, platform, version: '0', platformName: 'test', pollMs: 20 });
    const [backup] = listBackups(dataDir, id);
    platform.control.willOpen([join(dir, 'backups', backup!.id)]);
    const restored = await app.router.handle('vaults:restoreFile', undefined);
    expect(restored).toMatchObject({ ok: true, value: { name: 'Robin (restored)' } });
    app.dispose();
  });
});

describe('a folder left by a crash while creating a journal', () => {
  it('is cleared away on the next listing', async () => {
    const { dataDir, dir } = await newVault('Half');
    // As createVault leaves it when cut off before the header: the database with its empty schema, nothing else.
    rmSync(join(dir, 'header.json'));
    rmSync(join(dir, 'header.backup.json'));
    mkdirSync(join(dataDir, 'vaults', 'abcdef0123456789'));
    expect(listVaults(dataDir, NOW)).toEqual([]);
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(join(dataDir, 'vaults', 'abcdef0123456789'))).toBe(false);
  });

  it('is told apart from a journal with writing in it and a damaged header, which is never deleted', async () => {
    const { dataDir, id, dir } = await journalWithEntry();
    // No header, no copy, no backups: only the database is left, and it holds someone's writing.
    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    open.db.transaction(() => {
      for (let i = 0; i < 400; i++) insertEntry(open.db, `entry-${i}`, { text: 'words '.repeat(300) });
    })();
    open.close();
    for (const name of ['header.json', 'header.backup.json', 'backups', 'attempts.json']) {
      rmSync(join(dir, name), { recursive: true, force: true });
    }
    writeFileSync(join(dir, 'header.json'), '{ "damaged": tru');
    const before = sha256(join(dir, 'vault.db'));
    expect(listVaults(dataDir, NOW).map((v) => [v.id, v.status])).toEqual([[id, 'needs-repair']]);
    rmSync(join(dir, 'header.json'));
    expect(listVaults(dataDir, NOW).map((v) => [v.id, v.status])).toEqual([[id, 'needs-repair']]);
    expect(sha256(join(dir, 'vault.db'))).toBe(before);
    expect((await havenError(() => repairHeader(dataDir, id, NOW))).code).toBe('not-found');
  });

  it('leaves other folders alone: one without a database is not a journal, but it is not deleted either', () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'vaults', 'stray'), { recursive: true });
    writeFileSync(join(dataDir, 'vaults', 'stray', 'header.json'), '{ not json');
    expect(listVaults(dataDir, NOW)).toEqual([]);
    expect(existsSync(join(dataDir, 'vaults', 'stray', 'header.json'))).toBe(true);
  });
});

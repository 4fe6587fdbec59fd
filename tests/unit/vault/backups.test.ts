import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoWeek, listBackups as listInDir, planRetention, takeScheduledBackup } from '../../../main/vault/backups';
import { listBackups, restoreBackup, unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, entryIds, havenError, insertEntry, newVault, sha256 } from './helpers';

const day = (month: number, date: number) => new Date(2026, month - 1, date, 21, 30);

describe('scheduled backups', () => {
  it('take at most one copy per calendar day', async () => {
    const { dataDir, id } = await newVault();
    (await unlockVault(dataDir, id, PASSPHRASE, day(11, 25))).close();
    (await unlockVault(dataDir, id, PASSPHRASE, new Date(2026, 10, 25, 23, 59))).close();
    expect(listBackups(dataDir, id).map((b) => b.id)).toEqual(['daily-2026-11-25.db']);
    (await unlockVault(dataDir, id, PASSPHRASE, new Date(2026, 10, 26, 0, 1))).close();
    expect(listBackups(dataDir, id).map((b) => [b.id, b.kind, b.date])).toEqual([
      ['daily-2026-11-26.db', 'daily', '2026-11-26'],
      ['daily-2026-11-25.db', 'daily', '2026-11-25'],
    ]);
  });

  it('keep the 7 newest days and one copy for each of the 4 weeks before, over 40 days', async () => {
    const { dataDir, id, dir } = await newVault();
    const open = await unlockVault(dataDir, id, PASSPHRASE, day(1, 1));
    for (let i = 1; i < 40; i++) takeScheduledBackup(open.db, dir, new Date(2026, 0, 1 + i, 21, 30));
    open.close();

    // Jan 1 to Feb 9, 2026. Weeks: W05 is Jan 26–Feb 1, W06 is Feb 2–8.
    expect(listBackups(dataDir, id).map((b) => `${b.kind} ${b.date}`)).toEqual([
      'daily 2026-02-09',
      'daily 2026-02-08',
      'daily 2026-02-07',
      'daily 2026-02-06',
      'daily 2026-02-05',
      'daily 2026-02-04',
      'daily 2026-02-03',
      'weekly 2026-02-02',
      'weekly 2026-02-01',
      'weekly 2026-01-25',
      'weekly 2026-01-18',
    ]);
    // Nothing is left behind by pruning: each kept backup and the header that came with it, and nothing else.
    expect(readdirSync(join(dir, 'backups')).sort()).toEqual(
      listInDir(dir)
        .flatMap((b) => [b.id, `${b.id}.header.json`])
        .sort(),
    );
  });

  it('count weeks the ISO way across a year end', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2026-12-31')).toBe('2026-W53');
    expect(isoWeek('2027-01-03')).toBe('2026-W53');
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
  });

  it('keep the 5 newest copies taken before a migration or a restore', () => {
    const names = Array.from({ length: 7 }, (_, i) => `before-restore-2026-11-2${i}-120000-000.db`);
    const { keep, drop } = planRetention([...names, 'notes.txt', '.daily-2026-11-20.db.tmp']);
    expect([...keep.keys()].sort()).toEqual(names.slice(2).sort());
    expect(drop.sort()).toEqual(names.slice(0, 2).sort());
  });
});

describe('restoring a backup', () => {
  it('brings back the older content and keeps what it replaced as a before-restore copy', async () => {
    const { dataDir, id } = await newVault();
    const first = await unlockVault(dataDir, id, PASSPHRASE, day(11, 24));
    insertEntry(first.db, 'monday');
    first.close();
    const second = await unlockVault(dataDir, id, PASSPHRASE, day(11, 25));
    insertEntry(second.db, 'tuesday');
    second.close();

    restoreBackup(dataDir, id, 'daily-2026-11-25.db');
    const restored = await unlockVault(dataDir, id, PASSPHRASE, day(11, 25));
    expect(entryIds(restored.db)).toEqual(['monday']);
    restored.close();

    const aside = listBackups(dataDir, id).find((backup) => backup.kind === 'before-restore');
    expect(aside).toBeDefined();
    restoreBackup(dataDir, id, aside!.id);
    const back = await unlockVault(dataDir, id, PASSPHRASE, day(11, 25));
    expect(entryIds(back.db)).toEqual(['monday', 'tuesday']);
    back.close();
  });

  it('refuses an id that is not one of the listed backups, touching nothing', async () => {
    const { dataDir, id, dir } = await newVault();
    (await unlockVault(dataDir, id, PASSPHRASE, day(11, 25))).close();
    const before = sha256(join(dir, 'vault.db'));
    for (const backupId of ['../header.json', '../vault.db', 'daily-2026-11-25.db/../../header.json', 'nope.db']) {
      expect((await havenError(() => restoreBackup(dataDir, id, backupId))).code).toBe('not-found');
    }
    expect(sha256(join(dir, 'vault.db'))).toBe(before);
    expect(existsSync(join(dir, 'header.json'))).toBe(true);
    expect(listBackups(dataDir, id).map((b) => b.id)).toEqual(['daily-2026-11-25.db']);
  });

  it('waits until the journal is locked', async () => {
    const { dataDir, id } = await newVault();
    const open = await unlockVault(dataDir, id, PASSPHRASE, day(11, 25));
    expect((await havenError(() => restoreBackup(dataDir, id, 'daily-2026-11-25.db'))).message).toMatch(/Lock/);
    open.close();
    restoreBackup(dataDir, id, 'daily-2026-11-25.db');
  });
});

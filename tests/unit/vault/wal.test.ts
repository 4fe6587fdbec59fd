import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectWal } from '../../../main/vault/wal';
import { listVaults, unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, dataKeyOf, entryIds, havenError, insertEntry, newVault, openRaw, sha256 } from './helpers';

const NOW = new Date(2026, 11, 1, 21, 0, 0);
const SAVES = 12;

/**
 * A vault as a killed process leaves it: twelve saves committed one by one into the WAL, none checkpointed yet.
 * The files are copied while the writer is still open, so its close can't fold the WAL in.
 */
async function crashedWithSaves() {
  const made = await newVault();
  // The first unlock of a day takes the daily backup: done here so the crash is the only thing in the WAL.
  (await unlockVault(made.dataDir, made.id, PASSPHRASE, NOW)).close();
  const db = openRaw(join(made.dir, 'vault.db'), await dataKeyOf(made.dir));
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  for (let i = 0; i < SAVES; i++) insertEntry(db, `save-${String(i).padStart(2, '0')}`, { text: `save ${i}` });
  const file = join(made.dir, 'vault.db');
  copyFileSync(file, `${file}.crash`);
  copyFileSync(`${file}-wal`, `${file}-wal.crash`);
  db.close();
  rmSync(`${file}-shm`, { force: true });
  copyFileSync(`${file}.crash`, file);
  copyFileSync(`${file}-wal.crash`, `${file}-wal`);
  rmSync(`${file}.crash`);
  rmSync(`${file}-wal.crash`);
  return { ...made, file, wal: `${file}-wal` };
}

/** Flips one bit in the page image of a frame (1-based), the part SQLite3MultipleCiphers encrypts. */
function flipInFrame(wal: string, frame: number): void {
  const bytes = readFileSync(wal);
  const pageSize = bytes.readUInt32BE(8);
  bytes[32 + (frame - 1) * (24 + pageSize) + 24 + 100]! ^= 0x01;
  writeFileSync(wal, bytes);
}

describe('the write-ahead log after a crash', () => {
  it('is replayed whole when it is intact: every committed save is there', async () => {
    const { dataDir, id, wal } = await crashedWithSaves();
    expect(inspectWal(wal)).toMatchObject({ damaged: false });
    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    expect(entryIds(open.db)).toHaveLength(SAVES);
    open.close();
  });

  it('with a flipped byte in a committed frame is reported as damage, kept aside byte for byte, and loses nothing', async () => {
    const { dataDir, id, dir, file, wal } = await crashedWithSaves();
    const report = inspectWal(wal);
    expect(report.committed).toBeGreaterThanOrEqual(SAVES);
    flipInFrame(wal, Math.ceil(report.committed / 2));
    const walBytes = readFileSync(wal);
    const dbBefore = sha256(file);

    const error = await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW));
    expect(error.code).toBe('vault-damaged');
    expect(error.message).toMatch(/Restore from backup/);

    // Nothing replayed, checkpointed or truncated: the database and the WAL are exactly as the crash left them.
    expect(sha256(file)).toBe(dbBefore);
    expect(readFileSync(wal).equals(walBytes)).toBe(true);
    const kept = readdirSync(dir).filter((name) => name.startsWith('damaged-wal-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!)).equals(walBytes)).toBe(true);
    // The commits after the bad frame are still in the kept copy, for a rescue.
    expect(inspectWal(join(dir, kept[0]!)).committed).toBe(report.committed);

    // Trying again keeps the same single copy, and the lock screen shows the journal as damaged.
    expect((await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW))).code).toBe('vault-damaged');
    expect(readdirSync(dir).filter((name) => name.startsWith('damaged-wal-'))).toHaveLength(1);
    expect(listVaults(dataDir, NOW).map((vault) => vault.status)).toEqual(['damaged']);
  });

  it('is read the way SQLite reads it: replay stops at the frame this module says it does', async () => {
    const { dir, file, wal } = await crashedWithSaves();
    const committed = inspectWal(wal).committed;
    for (const frame of [1, Math.ceil(committed / 2), committed]) {
      // A fresh copy each time, damaged in one frame, opened read-only by SQLite itself.
      const copy = join(dir, `probe-${frame}.db`);
      copyFileSync(file, copy);
      copyFileSync(wal, `${copy}-wal`);
      flipInFrame(`${copy}-wal`, frame);
      const expected = inspectWal(`${copy}-wal`).replayed;
      const db = openRaw(copy, await dataKeyOf(dir));
      db.pragma('query_only = ON');
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      // The WAL index SQLite built by its own recovery: mxFrame, in the first header of the -shm file.
      const replayedBySqlite = readFileSync(`${copy}-shm`).readUInt32LE(16);
      db.close();
      expect(replayedBySqlite).toBe(expected);
      expect(expected).toBeLessThan(committed);
    }
  });

  it('cut off in the middle of its last frame, as a power cut leaves it, opens with every save before it', async () => {
    const { dataDir, id, wal } = await crashedWithSaves();
    const pageSize = readFileSync(wal).readUInt32BE(8);
    const frames = inspectWal(wal).frames;
    truncateSync(wal, 32 + (frames - 1) * (24 + pageSize) + 1000);
    expect(inspectWal(wal)).toMatchObject({ damaged: false });
    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    expect(entryIds(open.db).length).toBeGreaterThanOrEqual(SAVES - 1);
    open.close();
    expect(existsSync(wal)).toBe(false);
  });
});

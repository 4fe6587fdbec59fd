import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHaven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';
import { EventQueue } from '../../../main/session/events';
import { VaultSession } from '../../../main/session/session';
import { checkDatabase, type CheckResult } from '../../../main/vault/database';
import { runCheckInThread, runCheckInWorker, type CheckJob, type IntegrityRunner } from '../../../main/vault/integrity';
import { listVaults, unlockVault } from '../../../main/vault/store';
import type { Channel, ChannelInput } from '../../../preload/contract';
import { PASSPHRASE, dataKeyOf, insertEntry, newVault, sha256 } from '../vault/helpers';

afterEach(() => {
  vi.useRealTimers();
});

const NOW = new Date(2026, 11, 2, 21, 0, 0);

const fileState = (file: string) => (existsSync(file) ? sha256(file) : 'absent');

/** Flips one bit in several pages across the second half of the file, where the entries' rows lie. */
function damagePages(file: string): void {
  const bytes = readFileSync(file);
  for (const at of [0.5, 0.6, 0.7, 0.8, 0.9]) bytes[Math.floor(bytes.length * at)]! ^= 0x01;
  writeFileSync(file, bytes);
}

/** A journal with 300 entries, checked and backed up today, locked. */
async function fullJournal() {
  const made = await newVault();
  const open = await unlockVault(made.dataDir, made.id, PASSPHRASE, NOW);
  open.db.transaction(() => {
    for (let i = 0; i < 300; i++) insertEntry(open.db, `e${i}`, { text: `words of entry ${i} `.repeat(60) });
  })();
  open.close();
  return { ...made, file: join(made.dir, 'vault.db') };
}

describe('damage found while the journal is open', () => {
  it('answers "vault-damaged", tells the renderer, stops every write, and leaves the file as it was', async () => {
    const { dataDir, id, file } = await fullJournal();
    const app = createHaven({
      dataDir,
      platform: createFakePlatform(),
      version: '0',
      platformName: 'test',
      now: () => NOW,
      pollMs: 20,
    });
    const call = (channel: Channel, payload?: ChannelInput<Channel>) => app.router.handle(channel, payload);
    expect(await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    insertEntry(app.session.vault().db, 'saved-before-the-damage');
    // Damage arrives under the open journal, as a failing disk would bring it.
    damagePages(file);
    const before = { db: fileState(file), wal: fileState(`${file}-wal`) };

    const answer = await call('entries:list', { limit: 500 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'vault-damaged' } });
    expect(!answer.ok && answer.error.message).toMatch(/Restore from backup/);
    expect(await call('app:nextEvent')).toEqual({
      ok: true,
      value: { type: 'vault-damaged', vaultId: id, message: expect.stringMatching(/damaged/) } as unknown,
    });

    // Later saves write nothing: the journal is closed.
    const save = await call('entries:save', { date: '2026-12-02', doc: { root: { children: [] } } } as never);
    expect(save).toMatchObject({ ok: false });
    expect(await call('session:current')).toEqual({ ok: true, value: null });
    expect({ db: fileState(file), wal: fileState(`${file}-wal`) }).toEqual(before);

    // The lock screen shows it as damaged, and restoring a backup is the way out.
    expect(listVaults(dataDir, NOW).map((vault) => vault.status)).toEqual(['damaged']);
    const backups = await call('vaults:backups', { vaultId: id });
    const daily = backups.ok ? (backups.value as { id: string }[])[0]! : null;
    expect(await call('vaults:restore', { vaultId: id, backupId: daily!.id })).toEqual({ ok: true, value: null });
    expect(listVaults(dataDir, NOW).map((vault) => vault.status)).toEqual([undefined]);
    expect(await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    app.dispose();
  });

  it('found while saving a backup file is reported as damage, not as a problem with the place picked', async () => {
    const { dataDir, id, file } = await fullJournal();
    const platform = createFakePlatform();
    const app = createHaven({ dataDir, platform, version: '0', platformName: 'test', now: () => NOW, pollMs: 20 });
    const call = (channel: Channel, payload?: ChannelInput<Channel>) => app.router.handle(channel, payload);
    expect(await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE })).toMatchObject({ ok: true });
    damagePages(file);
    const destination = join(dataDir, 'elsewhere.havenbackup');
    platform.control.willSave(destination);
    const answer = await call('backup:save');
    expect(answer).toMatchObject({ ok: false, error: { code: 'vault-damaged' } });
    expect(existsSync(destination)).toBe(false);
    expect(await call('session:current')).toEqual({ ok: true, value: null });
    app.dispose();
  });

  it('found by a checkpoint on the timer closes the journal instead of crashing Haven', async () => {
    const { dataDir, id, file } = await fullJournal();
    const events = new EventQueue();
    const session = new VaultSession({ dataDir, now: () => NOW, events, platform: createFakePlatform() });
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await session.unlock(id, PASSPHRASE);
    const db = session.vault().db;
    vi.spyOn(db, 'pragma').mockImplementation(() => {
      throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    });
    vi.advanceTimersByTime(16_000);
    expect(session.current()).toBeNull();
    expect((await events.next(0)).type).toBe('vault-damaged');
    expect(existsSync(file)).toBe(true);
  });
});

/** A check that waits to be told how it went, so a test can look at the journal while it runs. */
function heldCheck() {
  let release: (result?: CheckResult) => void = () => {};
  let job: CheckJob | null = null;
  const runner: IntegrityRunner = (started) => {
    job = started;
    return {
      result: new Promise<CheckResult>((resolve) => {
        release = (result) => resolve(result ?? checkDatabase(started.file, new Uint8Array(started.key), started));
      }),
      cancel: () => {},
    };
  };
  return { runner, release: (result?: CheckResult) => release(result), job: () => job };
}

async function sessionWith(runner: IntegrityRunner) {
  const made = await newVault();
  const events = new EventQueue();
  const session = new VaultSession({
    dataDir: made.dataDir,
    now: () => NOW,
    events,
    platform: createFakePlatform(),
    integrity: runner,
  });
  return { ...made, session, events, file: join(made.dir, 'vault.db') };
}

const dailies = (dir: string) => readdirSync(join(dir, 'backups')).filter((name) => /^daily-.*\.db$/.test(name));

describe('the daily integrity check beside the open journal', () => {
  it('lets the journal open at once, holds checkpoints and the daily backup until it passes', async () => {
    const held = heldCheck();
    const { session, id, dir, file } = await sessionWith(held.runner);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await session.unlock(id, PASSPHRASE);
    expect(session.integrity()).toEqual({ state: 'checking' });
    insertEntry(session.vault().db, 'written-while-checking');
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const dbBefore = sha256(file);

    vi.advanceTimersByTime(16_000);
    expect(sha256(file)).toBe(dbBefore);
    expect(dailies(dir)).toEqual([]);

    held.release();
    await vi.waitFor(() => expect(session.integrity()).toEqual({ state: 'passed' }));
    expect(dailies(dir)).toEqual(['daily-2026-12-02.db']);
    vi.advanceTimersByTime(16_000);
    expect(sha256(file)).not.toBe(dbBefore);
    session.lockNow('manual');
  });

  it('that finds damage closes the journal without a daily backup and without writing to it', async () => {
    const held = heldCheck();
    const { session, events, id, dir, file } = await sessionWith(held.runner);
    await session.unlock(id, PASSPHRASE);
    insertEntry(session.vault().db, 'pending');
    const before = { db: fileState(file), wal: fileState(`${file}-wal`) };
    held.release({ outcome: 'damaged', cause: 'SQLITE_CORRUPT' });
    await vi.waitFor(() => expect(session.current()).toBeNull());
    expect((await events.next(0)).type).toBe('vault-damaged');
    expect(existsSync(join(dir, 'backups')) ? dailies(dir) : []).toEqual([]);
    expect({ db: fileState(file), wal: fileState(`${file}-wal`) }).toEqual(before);
  });

  it('cut short by a lock leaves the WAL unfolded and runs again at the next unlock', async () => {
    const held = heldCheck();
    const { session, id, dir, file } = await sessionWith(held.runner);
    await session.unlock(id, PASSPHRASE);
    insertEntry(session.vault().db, 'kept-in-wal');
    const dbBefore = sha256(file);
    session.lockNow('manual');
    expect(sha256(file)).toBe(dbBefore);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    await session.unlock(id, PASSPHRASE);
    expect(held.job()).not.toBeNull();
    expect(session.integrity()).toEqual({ state: 'checking' });
    expect(session.vault().db.prepare("SELECT count(*) FROM entries WHERE id = 'kept-in-wal'").pluck().get()).toBe(1);
    held.release();
    await vi.waitFor(() => expect(session.integrity()).toEqual({ state: 'passed' }));
    expect(dailies(dir)).toHaveLength(1);
    session.lockNow('manual');
  });

  it('is not run again on a later unlock the same day', async () => {
    const runner = vi.fn(runCheckInThread);
    const { session, id } = await sessionWith(runner);
    await session.unlock(id, PASSPHRASE);
    await vi.waitFor(() => expect(session.integrity()).toEqual({ state: 'passed' }));
    session.lockNow('manual');
    await session.unlock(id, PASSPHRASE);
    expect(runner).toHaveBeenCalledTimes(1);
    expect(session.integrity()).toEqual({ state: 'passed' });
    session.lockNow('manual');
  });
});

describe('the integrity worker', () => {
  it('really runs in a worker thread: takes the key away from this thread, checks and snapshots the journal', async () => {
    const { dir, file } = await fullJournal();
    const key = new ArrayBuffer(32);
    new Uint8Array(key).set(await dataKeyOf(dir));
    const snapshotTo = join(dir, 'backups', '.snapshot.tmp');
    const running = runCheckInWorker({ file, key, snapshotTo });
    // Transferred, not copied: nothing of the key is left on this side.
    expect(key.byteLength).toBe(0);
    expect(await running.result).toEqual({ outcome: 'passed', snapshot: true });
    expect(statSync(snapshotTo).size).toBeGreaterThan(0);
  });

  it('can be cancelled at any moment, even while it is still loading SQLite, without stopping the process', async () => {
    const { dir, file } = await fullJournal();
    const raw = await dataKeyOf(dir);
    // Cancelled the moment each starts (a lock right after an unlock), and a few at once.
    const runs = Array.from({ length: 12 }, (_, i) => {
      const key = new ArrayBuffer(32);
      new Uint8Array(key).set(raw);
      const running = runCheckInWorker({ file, key, snapshotTo: join(dir, 'backups', `.snapshot-${i}.tmp`) });
      if (i % 3 === 0) running.cancel();
      else setTimeout(() => running.cancel(), i * 5);
      return running.result;
    });
    for (const result of await Promise.all(runs)) expect(result).toEqual({ outcome: 'not-run', cause: 'cancelled' });
    // This process is still here to run the next check.
    const key = new ArrayBuffer(32);
    new Uint8Array(key).set(raw);
    expect(
      (await runCheckInWorker({ file, key, snapshotTo: join(dir, 'backups', '.snapshot.tmp') }).result).outcome,
    ).toBe('passed');
  });

  it('reports damage it reads', async () => {
    const { dir, file } = await fullJournal();
    damagePages(file);
    const key = new ArrayBuffer(32);
    new Uint8Array(key).set(await dataKeyOf(dir));
    const result = await runCheckInWorker({ file, key, snapshotTo: join(dir, 'backups', '.snapshot.tmp') }).result;
    expect(result.outcome).toBe('damaged');
  });
});

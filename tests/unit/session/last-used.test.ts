import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHaven, type Haven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';
import { DEFAULT_LOCK_SCREEN, readLockScreenPreferences } from '../../../main/session/preferences';
import { runCheckInThread } from '../../../main/vault/integrity';
import { createVault } from '../../../main/vault/store';
import type { Channel, ChannelInput } from '../../../preload/contract';
import { FAST_KDF, PASSPHRASE, tempDir } from '../vault/helpers';

const running: Haven[] = [];
afterEach(() => {
  for (const app of running.splice(0)) app.dispose();
});

/** Haven started on a data folder, as the app or the e2e bridge would; a second call is the next start. */
function start(dataDir: string) {
  const app = createHaven({
    dataDir,
    platform: createFakePlatform(),
    version: '0',
    platformName: 'test',
    pollMs: 20,
    integrity: runCheckInThread,
  });
  running.push(app);
  const call = (channel: Channel, payload?: ChannelInput<Channel>) => app.router.handle(channel, payload);
  return { app, call };
}

async function threeJournals() {
  const dataDir = tempDir();
  const ids: string[] = [];
  for (const name of ['Alex', 'Sam', 'Robin']) {
    ids.push((await createVault(dataDir, name, PASSPHRASE, { kdf: FAST_KDF })).summary.id);
  }
  const [alex, sam] = ids as [string, string, string];
  return { dataDir, alex, sam };
}

describe('the journal the lock screen returns to', () => {
  it('is the one just locked, until Haven closes; then none', async () => {
    const { dataDir, alex, sam } = await threeJournals();
    const first = start(dataDir);
    expect(await first.call('session:lastUsed')).toEqual({ ok: true, value: { vaultId: null } });

    await first.call('vaults:unlock', { vaultId: alex, passphrase: PASSPHRASE });
    await first.call('session:lock');
    expect(await first.call('session:lastUsed')).toEqual({ ok: true, value: { vaultId: alex } });

    await first.call('vaults:unlock', { vaultId: sam, passphrase: PASSPHRASE });
    first.app.session.lockNow('idle');
    expect(await first.call('session:lastUsed')).toEqual({ ok: true, value: { vaultId: sam } });

    await first.app.shutdown();
    // The next start selects no one: only memory knew Sam locked last.
    const next = start(dataDir);
    expect(await next.call('session:lastUsed')).toEqual({ ok: true, value: { vaultId: null } });
  });

  it('is remembered across a restart only when the person turned that on, and forgotten when turned off', async () => {
    const { dataDir, alex, sam } = await threeJournals();
    expect(readLockScreenPreferences(dataDir)).toEqual(DEFAULT_LOCK_SCREEN);
    expect(DEFAULT_LOCK_SCREEN.rememberLastJournal).toBe(false);

    const first = start(dataDir);
    await first.call('vaults:unlock', { vaultId: alex, passphrase: PASSPHRASE });
    // Turned on while Alex's journal is open: that one counts as used last.
    expect(await first.call('prefs:setLockScreen', { rememberLastJournal: true })).toMatchObject({ ok: true });
    await first.call('session:lock');
    await first.call('vaults:unlock', { vaultId: sam, passphrase: PASSPHRASE });
    await first.call('session:lock');
    await first.app.shutdown();

    const second = start(dataDir);
    expect(await second.call('prefs:lockScreen')).toEqual({ ok: true, value: { rememberLastJournal: true } });
    expect(await second.call('session:lastUsed')).toEqual({ ok: true, value: { vaultId: sam } });

    await second.call('prefs:setLockScreen', { rememberLastJournal: false });
    expect(readFileSync(join(dataDir, 'preferences.json'), 'utf8')).not.toContain(sam);
    await second.app.shutdown();
    const third = start(dataDir);
    expect(await third.call('session:lastUsed')).toEqual({ ok: true, value: { vaultId: null } });
  });

  it('keeps the other device-wide choices when this one changes', async () => {
    const { dataDir } = await threeJournals();
    const { call } = start(dataDir);
    await call('prefs:set', { reminderTime: '21:30', openAtLogin: false });
    await call('prefs:setLockScreen', { rememberLastJournal: true });
    expect(await call('prefs:get')).toEqual({ ok: true, value: { reminderTime: '21:30', openAtLogin: false } });
    await call('prefs:set', { reminderTime: null, openAtLogin: false });
    expect(await call('prefs:lockScreen')).toEqual({ ok: true, value: { rememberLastJournal: true } });
  });
});

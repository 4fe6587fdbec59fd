import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHaven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';
import type { Channel, ChannelInput, ChannelOutput } from '../../../preload/contract';
import { doc } from '../journal/helpers';
import { PASSPHRASE, newVault, tempDir, uniqueMarker } from './helpers';

async function haven() {
  const made = await newVault();
  const platform = createFakePlatform();
  const app = createHaven({ dataDir: made.dataDir, platform, version: '0', platformName: 'test', pollMs: 20 });
  const call = async <C extends Channel>(channel: C, payload?: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await app.router.handle(channel, payload);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as ChannelOutput<C>;
  };
  return { ...made, app, call, platform };
}

const contents = async (call: Awaited<ReturnType<typeof haven>>['call']) =>
  (await call('entries:list', {})).items.map(({ id, date, excerpt }) => ({ id, date, excerpt }));

describe('backup files', () => {
  it('save, restore into a new journal, open it with the same passphrase and recovery key: entries equal', async () => {
    const { app, call, platform, id, recoveryKey } = await haven();
    await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE });
    const marker = uniqueMarker();
    await call('entries:save', { date: '2026-11-24', doc: doc(`first ${marker}`) });
    await call('entries:save', { date: '2026-11-25', doc: doc('second') });
    const before = await contents(call);

    const file = join(tempDir(), 'Robin.havenbackup');
    platform.control.willSave(file);
    expect(await call('backup:save')).toEqual({ path: file });
    // Still encrypted: the words never appear in the file.
    expect(readFileSync(file).includes(Buffer.from(marker))).toBe(false);
    await call('session:lock');

    platform.control.willOpen([file]);
    const restored = await call('vaults:restoreFile');
    expect(restored.name).toBe('Robin (restored)');
    expect((await call('vaults:list')).map((vault) => vault.name)).toEqual(['Robin', 'Robin (restored)']);
    await call('vaults:unlock', { vaultId: restored.id, passphrase: PASSPHRASE });
    expect(await contents(call)).toEqual(before);
    await call('session:lock');
    await call('vaults:recover', { vaultId: restored.id, recoveryKey, newPassphrase: 'another passphrase' });
    expect(await contents(call)).toEqual(before);
    app.dispose();
  });

  it('also takes an automatic backup picked from a journal’s backups folder', async () => {
    const { app, call, platform, id, dir } = await haven();
    await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE });
    // The day's backup is taken once the integrity check beside the open journal has passed.
    await expect.poll(async () => (await call('session:integrity')).state, { timeout: 10_000 }).toBe('passed');
    await call('session:lock');
    const [daily] = readdirSync(join(dir, 'backups')).filter((name) => name.startsWith('daily-'));
    platform.control.willOpen([join(dir, 'backups', daily!)]);
    const restored = await call('vaults:restoreFile');
    await call('vaults:unlock', { vaultId: restored.id, passphrase: PASSPHRASE });
    app.dispose();
  });

  it('refuses what isn’t a backup, and a damaged one, making no journal', async () => {
    const { app, call, platform, id } = await haven();
    const folder = tempDir();
    const notBackup = join(folder, 'notes.havenbackup');
    writeFileSync(notBackup, 'hello');
    platform.control.willOpen([notBackup]);
    await expect(call('vaults:restoreFile')).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringContaining('“notes.havenbackup” isn’t a Haven backup'),
    });

    await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE });
    const good = join(folder, 'good.havenbackup');
    platform.control.willSave(good);
    await call('backup:save');
    const bytes = readFileSync(good);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    const damaged = join(folder, 'damaged.havenbackup');
    writeFileSync(damaged, bytes);
    platform.control.willOpen([damaged]);
    await expect(call('vaults:restoreFile')).rejects.toMatchObject({ code: 'bad-file' });
    expect(await call('vaults:list')).toHaveLength(1);
    app.dispose();
  });
});

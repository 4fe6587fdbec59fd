import { describe, expect, it } from 'vitest';
import { createHaven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';
import type { Channel, ChannelInput, ChannelOutput } from '../../../preload/contract';
import { docOf, item, paragraph, picker, tag } from '../journal/helpers';
import { PASSPHRASE, newVault } from '../vault/helpers';

/** The whole main side, unlocked, driven the way the renderer drives it: channel, payload, result. */
async function unlockedHaven() {
  const { dataDir, id } = await newVault();
  const app = createHaven({ dataDir, platform: createFakePlatform(), version: '0', platformName: 'test', pollMs: 50 });
  const call = async <C extends Channel>(channel: C, payload?: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await app.router.handle(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE });
  return { app, call };
}

describe('template and tag channels over an open journal', () => {
  it('make, list, reorder and remove templates, and entries record their version', async () => {
    const { app, call } = await unlockedHaven();
    const mine = await call('templates:save', {
      name: 'Repair talk',
      sections: [{ kind: 'choice', id: 'repaired', label: 'Did we repair it?', options: ['Yes', 'No'] }],
    });
    const changed = await call('templates:save', { ...mine, name: 'Repair talk, again' });
    expect(changed.version).toBe(2);
    expect((await call('templates:get', { id: mine.id, version: 1 })).name).toBe('Repair talk');
    const copy = await call('templates:duplicate', { id: 'nightly' });
    const ids = (await call('templates:list')).map((template) => template.id);
    expect(ids.slice(-2)).toEqual([mine.id, copy.id]);
    expect((await call('templates:reorder', { ids: [copy.id] }))[0]!.id).toBe(copy.id);
    expect(await call('templates:delete', { id: copy.id })).toBeNull();
    const refused = await app.router.handle('templates:delete', { id: 'nightly' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'builtin-template' } });

    const entry = await call('entries:save', { date: '2026-11-25', template: mine.id, doc: docOf(paragraph('x')) });
    expect(entry.templateVersion).toBe(2);
    app.dispose();
  });

  it('create, update, rename and merge tags, and the timeline follows', async () => {
    const { app, call } = await unlockedHaven();
    await call('tags:create', { kind: 'tag', name: 'Allotment' });
    expect(await app.router.handle('tags:create', { kind: 'tag', name: 'allotment' })).toMatchObject({
      ok: false,
      error: { code: 'tag-exists' },
    });
    expect(await call('tags:update', { kind: 'tag', name: 'Allotment', colour: 'leaf' })).toMatchObject({
      colour: 'leaf',
      count: 0,
    });
    const entry = await call('entries:save', {
      date: '2026-11-25',
      doc: docOf(paragraph('At the ', tag('tag', 'allotment')), picker('emotion', [item('Calm', 3), item('Tender')])),
    });
    expect(await call('tags:rename', { kind: 'tag', from: 'Allotment', to: 'Garden' })).toEqual({ entries: 1 });
    expect(await call('tags:merge', { kind: 'emotion', from: 'Tender', into: 'Calm' })).toEqual({ entries: 1 });
    const listed = await call('entries:list', { tag: 'garden' });
    expect(listed.items).toMatchObject([
      {
        id: entry.id,
        tags: [
          { kind: 'tag', name: 'Garden' },
          { kind: 'emotion', name: 'Calm' },
        ],
      },
    ]);
    const tags = await call('tags:list');
    expect(tags.find((info) => info.name === 'Garden')).toMatchObject({ colour: 'leaf', count: 1 });
    expect(tags.find((info) => info.kind === 'emotion' && info.name === 'Tender')).toBeUndefined();
    app.dispose();
  });
});

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createHaven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';
import type { AppEvent, Channel, ChannelInput, ChannelOutput } from '../../../preload/contract';
import { PASSPHRASE, newVault } from '../vault/helpers';
import { docOf, paragraph, tag } from '../journal/helpers';
import { launchedPrinter } from '../../e2e/support/print-pdf';
import { fixture } from './helpers';

const printer = launchedPrinter();
afterAll(() => printer.close());

/** The main side as the renderer drives it, with dialogs a test answers. */
async function unlockedHaven() {
  const { dataDir, id } = await newVault();
  const platform = createFakePlatform({ printPdf: printer.printPdf });
  const app = createHaven({ dataDir, platform, version: '0', platformName: 'test', pollMs: 20 });
  const call = async <C extends Channel>(channel: C, payload?: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await app.router.handle(channel, payload);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as ChannelOutput<C>;
  };
  await call('vaults:unlock', { vaultId: id, passphrase: PASSPHRASE });
  return { app, call, platform, dataDir };
}

const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'haven-out-')), name);

describe('import, export and backup channels', () => {
  it('choose, preview, apply with progress events; other requests wait while it writes', async () => {
    const { app, call, platform } = await unlockedHaven();
    platform.control.willOpen([fixture('dayone.zip')]);
    const { path } = await call('import:choose');
    const preview = await call('import:preview', { path });
    expect(preview).toMatchObject({ format: 'dayone', entries: 3, duplicates: 0 });

    const applying = app.router.handle('import:apply', { token: preview.token });
    expect(await app.router.handle('entries:list', {})).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(await applying).toEqual({ ok: true, value: { imported: 3, duplicates: 0 } });
    const events: AppEvent[] = [];
    for (let event = await call('app:nextEvent'); event.type !== 'none'; event = await call('app:nextEvent')) {
      events.push(event);
    }
    expect(events.at(-1)).toEqual({ type: 'import-progress', done: 3, total: 3 });
    expect((await call('entries:list', {})).total).toBe(3);
    // A token is used once.
    await expect(call('import:apply', { token: preview.token })).rejects.toMatchObject({ code: 'not-found' });
    app.dispose();
  });

  it('renaming a tag reports progress, and other requests wait while it writes', async () => {
    const { app, call } = await unlockedHaven();
    for (const date of ['2026-11-20', '2026-11-21', '2026-11-22']) {
      await call('entries:save', {
        date,
        title: '',
        doc: docOf(paragraph('Tonight I was ', tag('emotion', 'Anxious'))),
      });
    }
    const renaming = app.router.handle('tags:rename', { kind: 'emotion', from: 'Anxious', to: 'On edge' });
    expect(await app.router.handle('entries:list', {})).toMatchObject({
      ok: false,
      error: {
        code: 'busy',
        message: 'Haven is renaming “Anxious” in your entries. This will work again as soon as it finishes.',
      },
    });
    expect(await app.router.handle('import:choose', undefined)).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(await renaming).toEqual({ ok: true, value: { entries: 3 } });
    const events: AppEvent[] = [];
    for (let event = await call('app:nextEvent'); event.type !== 'none'; event = await call('app:nextEvent')) {
      events.push(event);
    }
    expect(events).toContainEqual({ type: 'retag-progress', done: 3, total: 3 });
    const listed = await call('entries:list', { tag: 'On edge' });
    expect(listed.total).toBe(3);
    app.dispose();
  });

  it('reads only paths the dialog answered, and says what is wrong with a bad file', async () => {
    const { app, call, platform } = await unlockedHaven();
    await expect(call('import:preview', { path: fixture('jrnl.json') })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(call('import:choose')).rejects.toMatchObject({ code: 'cancelled' });
    platform.control.willOpen([fixture('bad', 'not-json.json')]);
    const { path } = await call('import:choose');
    await expect(call('import:preview', { path })).rejects.toMatchObject({
      code: 'bad-file',
      message: '“not-json.json” isn’t JSON Haven can read: it may be damaged or only partly saved.',
    });
    app.dispose();
  });

  it('exports Markdown that reads back, Haven JSON, and a PDF', async () => {
    const { app, call, platform } = await unlockedHaven();
    platform.control.willOpen([fixture('jrnl.json')]);
    const { token } = await call('import:preview', await call('import:choose'));
    await call('import:apply', { token });

    platform.control.willSave(out('journal.zip'));
    const markdown = await call('export:run', { format: 'markdown', tag: 'work' });
    expect(markdown.entries).toBe(1);
    const files = unzipSync(readFileSync(markdown.path));
    const [name] = Object.keys(files);
    expect(name).toBe('2021-06-02 Rough meeting.md');
    const text = strFromU8(files[name!]!);
    // The day as the day, and the moment as local time with its offset, wherever this computer is.
    expect(text).toMatch(
      /^---\nhaven: 1\nid: [0-9a-f]{16}\ndate: 2021-06-02\ncreated: 2021-06-0[23]T\d\d:\d\d:00[+-]\d\d:\d\d\n/,
    );
    expect(text).toContain('title: Rough meeting.\n');
    expect(text).toContain('- Hurt\n');
    // jrnl's body is plain text: its asterisks are the characters typed, and each line stays a line.
    expect(text).toContain('The review went badly and I kept replaying it.\n\n\\* what I said\\\n\\* what I meant');

    // The Markdown export comes back as the same entries: nothing twice.
    platform.control.willOpen([markdown.path]);
    const again = await call('import:preview', await call('import:choose'));
    expect(again).toMatchObject({ format: 'markdown', entries: 1, duplicates: 1 });

    platform.control.willSave(out('journal.json'));
    const json = await call('export:run', { format: 'haven-json', from: '2021-06-03' });
    expect(JSON.parse(readFileSync(json.path, 'utf8'))).toMatchObject({
      format: 'haven-export',
      version: 1,
      entries: [{ date: '2021-06-03', title: 'Better day.' }],
    });

    platform.control.willSave(out('journal.pdf'));
    const pdf = await call('export:run', { format: 'pdf' });
    expect(pdf.entries).toBe(2);
    expect(readFileSync(pdf.path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(platform.control.printed.at(-1)).toContain('Rough meeting.');

    await expect(call('export:run', { format: 'pdf', tag: 'nothing-has-this' })).rejects.toMatchObject({
      code: 'not-found',
    });
    app.dispose();
  });
});

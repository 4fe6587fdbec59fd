import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createHaven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';
import type { Channel, ChannelInput, ChannelOutput } from '../../../preload/contract';
import { DOCUMENT_MAX_CHARS } from '../../../resources/document/readable';
import { deepDocument, doc, docOf, paragraph, tag } from '../journal/helpers';
import { PASSPHRASE, newVault } from '../vault/helpers';
import { launchedPrinter } from '../../e2e/support/print-pdf';

const printer = launchedPrinter();
afterAll(() => printer.close());

/** The main side as the renderer drives it, with dialogs a test answers and the open database at hand. */
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
  /** Writes a document straight into an entry's row, as damage or an older build might have left it. */
  const plant = (entryId: string, document: string) =>
    app.session.vault().db.prepare('UPDATE entries SET doc = ? WHERE id = ?').run(document, entryId);
  return { app, call, platform, plant };
}

const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'haven-out-')), name);

const UNREADABLE = [
  ['not JSON', '{"root": {"type": "root", "children": [{"type": "paragraph"'],
  ['holding a node the editor doesn’t know', docOf({ type: 'collapsible-container', version: 1, children: [] })],
  ['nested 10,000 deep', deepDocument(10_000)],
] as const;

describe('documents the editor can’t open', () => {
  it.each(UNREADABLE)('a document %s is refused at the contract, and nothing is saved', async (_name, bad) => {
    const { app, call } = await unlockedHaven();
    const saved = await call('entries:save', { date: '2026-11-25', doc: doc('kept as it was') });
    for (const input of [
      { date: '2026-11-25', doc: bad },
      { id: saved.id, date: '2026-11-25', doc: bad },
    ]) {
      const result = await app.router.handle('entries:save', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'unreadable-document' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Haven couldn’t save this, because it .+\. Nothing/);
    }
    const card = await app.router.handle('cards:save', { id: 'c1', title: '', doc: bad, threshold: null });
    expect(card).toMatchObject({ ok: false, error: { code: 'unreadable-document' } });
    const page = await call('entries:list', {});
    expect(page.total).toBe(1);
    expect((await call('entries:get', { id: saved.id })).text).toBe('kept as it was');
    app.dispose();
  });

  it('a document longer than one save may carry is refused in words that say what to do', async () => {
    const { app, call } = await unlockedHaven();
    const words = (chars: number) => doc('word '.repeat(Math.ceil(chars / 5)));
    const longest = words(DOCUMENT_MAX_CHARS - 200);
    expect(longest.length).toBeLessThanOrEqual(DOCUMENT_MAX_CHARS);
    await call('entries:save', { date: '2026-11-25', doc: longest });
    const result = await app.router.handle('entries:save', { date: '2026-11-25', doc: words(DOCUMENT_MAX_CHARS) });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'document-too-long',
        message:
          'This entry has grown too long to save as one. Move part of it into a new entry, and Haven will save both.',
      },
    });
    app.dispose();
  });

  it('an entry planted in the database still reads everywhere, and every export writes it as its text and names it', async () => {
    const { app, call, platform, plant } = await unlockedHaven();
    await call('entries:save', { date: '2026-11-20', title: 'Fine', doc: doc('An ordinary evening.') });
    const planted = [];
    for (const [i, [, bad]] of UNREADABLE.entries()) {
      const entry = await call('entries:save', {
        date: `2026-11-2${i + 1}`,
        title: `Planted ${i + 1}`,
        doc: docOf(paragraph(`Recovered words ${i + 1} about the `, tag('trigger', 'Unanswered message'))),
      });
      plant(entry.id, bad);
      planted.push({ id: entry.id, date: entry.date, title: entry.title });
    }
    expect((await call('entries:list', {})).items.map((item) => item.title)).toEqual([
      'Planted 3',
      'Planted 2',
      'Planted 1',
      'Fine',
    ]);
    expect((await call('entries:get', { id: planted[0]!.id })).text).toBe(
      'Recovered words 1 about the Unanswered message',
    );
    expect((await call('entries:today', { now: '2026-11-23T21:00:00Z' })).others[0]?.title).toBe('Planted 3');
    expect((await call('search:query', { text: 'recovered' })).results).toHaveLength(3);
    const report = await call('patterns:report', { from: '2026-11-01', to: '2026-11-30' });
    expect(report.triggers[0]).toMatchObject({ name: 'Unanswered message', count: 3 });

    platform.control.willSave(out('journal.json'));
    const json = await call('export:run', { format: 'haven-json' });
    expect(json).toMatchObject({ entries: 4, asPlainText: planted });
    const written = JSON.parse(readFileSync(json.path, 'utf8')) as { entries: { title: string; doc: unknown }[] };
    expect(written.entries.map((entry) => JSON.stringify(entry.doc))).toEqual([
      expect.stringContaining('An ordinary evening.'),
      expect.stringContaining('Recovered words 1 about the Unanswered message'),
      expect.stringContaining('Recovered words 2'),
      expect.stringContaining('Recovered words 3'),
    ]);

    platform.control.willSave(out('journal.zip'));
    const markdown = await call('export:run', { format: 'markdown' });
    expect(markdown.asPlainText).toEqual(planted);
    const files = unzipSync(readFileSync(markdown.path));
    expect(strFromU8(files['2026-11-23 Planted 3.md']!)).toMatch(
      /\n\nRecovered words 3 about the Unanswered message\n$/,
    );

    platform.control.willSave(out('journal.pdf'));
    expect((await call('export:run', { format: 'pdf' })).asPlainText).toEqual(planted);

    // What the export wrote comes back in: the entries the editor couldn't open arrive as their words.
    const { call: other, platform: otherPlatform } = await unlockedHaven();
    otherPlatform.control.willOpen([json.path]);
    const { token } = await other('import:preview', await other('import:choose'));
    expect(await other('import:apply', { token })).toEqual({ imported: 4, duplicates: 0 });
    expect((await other('search:query', { text: 'recovered' })).results).toHaveLength(3);
    app.dispose();
  });
});

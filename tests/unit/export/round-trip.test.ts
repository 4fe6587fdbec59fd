import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deriveFromDoc } from '../../../main/journal/derive';
import { buildHavenExport, exportExtras } from '../../../main/journal/export/haven-json';
import { markdownZip } from '../../../main/journal/export/markdown-zip';
import { selectEntries } from '../../../main/journal/export/select';
import { applyImport, parseImport } from '../../../main/journal/import/index';
import { readSource } from '../../../main/journal/import/source';
import { openJournal } from '../journal/helpers';
import { asImport, generateJournal } from './generated-journal';

type Journal = Awaited<ReturnType<typeof openJournal>>;

const tempFile = (name: string, bytes: Uint8Array | string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'haven-round-trip-')), name);
  writeFileSync(path, bytes);
  return path;
};

/** Haven's blocks in a document, in order, with what each holds. */
function fieldsOf(doc: string) {
  const root = (JSON.parse(doc) as { root: { children: Record<string, unknown>[] } }).root;
  return root.children
    .filter((node) => String(node.type).startsWith('haven-'))
    .map(({ type, sectionId, label, hint, kind, withIntensity, items, value, options, promptId, text }) => ({
      type,
      sectionId,
      label,
      hint,
      kind,
      withIntensity,
      items,
      value,
      options,
      promptId,
      text,
    }));
}

/** The kinds of block a document holds, in order, leaving out empty paragraphs (they hold nothing). */
function shapeOf(doc: string) {
  const root = (JSON.parse(doc) as { root: { children: { type: string; children?: unknown[] }[] } }).root;
  return root.children
    .filter((node) => !(node.type === 'paragraph' && (node.children?.length ?? 0) === 0))
    .map((node) => node.type);
}

function everyEntry(journal: Journal) {
  const ids = journal.vault.db.prepare('SELECT id FROM entries ORDER BY id').pluck().all() as string[];
  return ids.map((id) => {
    const entry = journal.entries.get(id);
    const derived = deriveFromDoc(entry.doc);
    return {
      id,
      date: entry.date,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      title: entry.title,
      template: entry.template,
      templateVersion: entry.templateVersion,
      text: entry.text,
      tags: derived.tags,
      intensity: derived.intensity,
      responses: derived.responses,
      choices: derived.choices,
      prompts: derived.prompts,
      fields: fieldsOf(entry.doc),
      shape: shapeOf(entry.doc),
    };
  });
}

async function generatedJournal(count: number): Promise<Journal> {
  const journal = await openJournal();
  await applyImport(journal.vault.db, asImport(generateJournal(count)));
  return journal;
}

describe('a journal exported and imported into a new one comes back equal, entry by entry', () => {
  it('as Markdown, exported from a computer in any time zone', async () => {
    const from = await generatedJournal(1000);
    const before = everyEntry(from);
    expect(before).toHaveLength(1000);
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const zip = markdownZip(selectEntries(from.vault.db, {}), zone);
      const to = await openJournal();
      const parsed = parseImport(readSource(tempFile('journal.zip', zip)));
      expect(parsed.entries).toHaveLength(1000);
      expect(await applyImport(to.vault.db, parsed)).toEqual({ imported: 1000, duplicates: 0 });
      const after = everyEntry(to);
      for (const [i, entry] of after.entries()) expect(entry, entry.id).toEqual(before[i]);
    }
  }, 120_000);

  it('as Haven JSON', async () => {
    const from = await generatedJournal(1000);
    const data = buildHavenExport(
      selectEntries(from.vault.db, {}),
      exportExtras(from.vault.db),
      { name: 'Haven', version: '0' },
      new Date('2026-11-25T21:00:00Z'),
    );
    const to = await openJournal();
    const parsed = parseImport(readSource(tempFile('journal.json', JSON.stringify(data))));
    expect(await applyImport(to.vault.db, parsed)).toEqual({ imported: 1000, duplicates: 0 });
    const before = everyEntry(from);
    const after = everyEntry(to);
    for (const [i, entry] of after.entries()) expect(entry, entry.id).toEqual(before[i]);
  }, 120_000);
});

describe('Haven’s Markdown', () => {
  it('writes the day, the local time with its offset and the time zone, and keeps a heading out of the title', async () => {
    const journal = await openJournal();
    // 23:30 in New York is 04:30 the next day in UTC.
    await applyImport(
      journal.vault.db,
      asImport([
        {
          id: 'late-evening',
          date: '2026-11-25',
          createdAt: '2026-11-26T04:30:00.000Z',
          updatedAt: '2026-11-26T04:45:00.000Z',
          title: '',
          template: 'blank',
          templateVersion: 1,
          doc: JSON.stringify({
            root: {
              type: 'root',
              version: 1,
              children: [
                {
                  type: 'heading',
                  tag: 'h1',
                  version: 1,
                  children: [{ type: 'text', version: 1, text: 'Saturday', format: 0 }],
                },
              ],
            },
          }),
        },
      ]),
    );
    const zip = unzipSync(markdownZip(selectEntries(journal.vault.db, {}), 'America/New_York'));
    const [file] = Object.values(zip).map((bytes) => strFromU8(bytes));
    expect(file).toMatch(/^date: 2026-11-25$/m);
    expect(file).toMatch(/^created: 2026-11-25T23:30:00-05:00$/m);
    expect(file).toMatch(/^timezone: America\/New_York$/m);
    expect(file).toMatch(/^# Saturday$/m);

    const parsed = parseImport(
      readSource(tempFile('entry.zip', markdownZip(selectEntries(journal.vault.db, {}), 'Asia/Tokyo'))),
    );
    expect(parsed.entries[0]).toMatchObject({ date: '2026-11-25', createdAt: '2026-11-26T04:30:00.000Z', title: '' });
  });

  it('writes each field as a line you can read and in the front matter', async () => {
    const journal = await openJournal();
    const entries = generateJournal(3);
    await applyImport(journal.vault.db, asImport(entries));
    const files = Object.values(unzipSync(markdownZip(selectEntries(journal.vault.db, {}), 'UTC'))).map((b) =>
      strFromU8(b),
    );
    const triggerLog = files.find((file) => /^template: trigger-log$/m.test(file))!;
    expect(triggerLog).toMatch(/^fields:$/m);
    expect(triggerLog).toMatch(/^## What happened$/m);
    expect(triggerLog).toMatch(/^\*\*Intensity:\*\* \d+\/10$/m);
    expect(triggerLog).toMatch(/^\*\*Is this mine, ours, or both\?\*\* (Mine|Ours|Both)$/m);
  });
});

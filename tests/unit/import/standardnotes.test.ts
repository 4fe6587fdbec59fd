import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, parseImport, previewOf } from '../../../main/journal/import/index';
import { readSource } from '../../../main/journal/import/source';
import { findStandardNotes, readStandardNotes } from '../../../main/journal/import/standardnotes';
import { openJournal } from '../journal/helpers';
import { blocksOf, derived, fixture, parseFixture } from './helpers';

/** Real decrypted Standard Notes backups (tests/fixtures/import/SOURCES-new.md). */
const backup = (name: string) => parseFixture('standardnotes', name);

/** A backup read as though the person lived in this time zone. */
function backupIn(name: string, timeZone: string) {
  const { files } = readSource(fixture('standardnotes', name));
  const found = findStandardNotes(files)!;
  return readStandardNotes(found.file, found.value, timeZone);
}

const byTitle = (entries: ReturnType<typeof backup>['entries'], title: string) =>
  entries.find((entry) => entry.title === title)!;

const lines = (entry: Parameters<typeof blocksOf>[0]) =>
  blocksOf(entry).map((block) =>
    ((block.children as { type: string; text?: string }[] | undefined) ?? [])
      .filter((child) => child.type === 'text')
      .map((child) => child.text)
      .join(''),
  );

function writeBackup(value: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'haven-sn-')), 'Standard Notes Backup and Import File.txt');
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('Standard Notes backups', () => {
  it('makes each note an entry at its creation, with its title, every line and its tags', () => {
    const { format, entries, problems, tags } = backup('backup-2023.zip');
    expect(format).toBe('standardnotes');
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(6);
    expect([...tags].sort()).toEqual(['poems', 'quotes']);
    const ithaka = byTitle(entries, 'Ithaka');
    expect(ithaka).toMatchObject({
      date: '2023-08-29',
      createdAt: '2023-08-29T15:47:49.952Z',
      updatedAt: '2023-08-29T15:47:58.308Z',
    });
    // A plain-text note keeps one line per line, as Standard Notes showed it.
    expect(lines(ithaka).slice(0, 3)).toEqual([
      'As you set out for Ithaka',
      'hope your road is a long one,',
      'full of adventure, full of discovery.',
    ]);
    expect(derived(ithaka).tags.map((tag) => tag.name)).toEqual(['poems']);
    const tagged = entries.map((entry) =>
      derived(entry)
        .tags.map((tag) => tag.name)
        .join(),
    );
    expect(tagged.filter((names) => names === 'poems')).toHaveLength(3);
    expect(tagged.filter((names) => names === 'quotes')).toHaveLength(3);
    // The Items/ folder beside the backup holds copies of the same notes: they don't come in twice.
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(6);
  });

  it('dates a note on the day it was created where you live', () => {
    // Created 15:47 UTC on 29 August 2023: still the 29th in Los Angeles, already the 30th in Kiribati.
    expect(byTitle(backupIn('backup-2023.zip', 'America/Los_Angeles').entries, 'Ithaka').date).toBe('2023-08-29');
    expect(byTitle(backupIn('backup-2023.zip', 'Pacific/Kiritimati').entries, 'Ithaka').date).toBe('2023-08-30');
    expect(byTitle(backupIn('backup-2022.zip', 'Asia/Tokyo').entries, 'Day 1')).toMatchObject({
      date: '2017-10-18',
      createdAt: '2017-10-17T18:35:03.354Z',
    });
  });

  it('reads notes of every kind, and tags named from either side', () => {
    const { entries, problems } = backup('backup-2022.zip');
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(63);
    // Older notes name their tags; the tags name their notes too. Either way the tag comes in once.
    expect(derived(byTitle(entries, 'Day 1')).tags.map((tag) => tag.name)).toEqual(['journal']);
    expect(derived(byTitle(entries, 'Brainstorm with Android')).tags.map((tag) => tag.name)).toEqual(['blog']);
    // The rich-text editor's HTML is read as lines; no tag or entity shows.
    const project = byTitle(entries, 'Project Notes');
    expect(lines(project)[0]).toBe('The Device Ready');
    expect(derived(project).text).not.toMatch(/<|&nbsp;/);
    expect(derived(byTitle(entries, 'Brainstorm with Android')).text).toMatch(/^To allows users to brainstorm/);
    // Notes an older Markdown editor was chosen for read as Markdown: "## Moving beyond localStorage" a heading.
    expect(blocksOf(byTitle(entries, 'Moving beyond localStorage'))[0]).toMatchObject({ type: 'heading', tag: 'h2' });
    expect(lines(byTitle(entries, 'Moving beyond localStorage'))[0]).toBe('Moving beyond localStorage');
    // A checklist or code keeps its characters as written.
    expect(lines(byTitle(entries, 'Master Todo'))[0]).toBe(
      '- [ ] UIs separately each emphasized different features and whether or so.',
    );
  });

  it('trims a title, and keeps the words of any language', () => {
    const [note] = backup('backup-custom.zip').entries;
    expect(note).toMatchObject({ title: 'Nivovo-česneková pomazánka', date: '2023-03-11' });
    expect(lines(note!)).toEqual(['4 stroužky česneku', '250g tvarohu', '180g jogurtu', '200g nivy', 'Olivový olej']);
  });

  it('leaves notes in the Trash out, counted, and names a note it can’t read', () => {
    const path = writeBackup({
      version: '004',
      items: [
        {
          uuid: 'a',
          content_type: 'Note',
          created_at: '2024-05-01T20:00:00.000Z',
          content: { title: 'Kept', text: 'One' },
        },
        {
          uuid: 'b',
          content_type: 'Note',
          created_at: '2024-05-01T20:00:00.000Z',
          content: { title: 'Old', text: 'Two', trashed: true },
        },
        { uuid: 'c', content_type: 'Note', created_at: 'last Tuesday', content: { title: 'Undated', text: 'Three' } },
        { uuid: 'd', content_type: 'Note', created_at: '2024-05-02T20:00:00.000Z', deleted: true },
      ],
    });
    const { entries, skipped, problems } = parseImport(readSource(path));
    expect(entries.map((entry) => entry.title)).toEqual(['Kept']);
    expect(skipped).toEqual([{ what: 'notes in the Trash', why: 'they were in Standard Notes’ Trash', count: 1 }]);
    expect(problems).toEqual(['The note “Undated”: its date isn’t readable.']);
  });

  it('gives the same note on two days two entries, and the same ids on every import', () => {
    const note = (uuid: string, at: string) => ({
      uuid,
      content_type: 'Note',
      created_at: at,
      content: { title: 'Daily template', text: '' },
    });
    const path = writeBackup({
      version: '004',
      items: [note('x1', '2024-05-01T20:00:00.000Z'), note('x2', '2024-05-02T20:00:00.000Z')],
    });
    const first = parseImport(readSource(path)).entries;
    expect(first.map((entry) => entry.date)).toEqual(['2024-05-01', '2024-05-02']);
    expect(first[0]!.id).not.toBe(first[1]!.id);
    expect(parseImport(readSource(path)).entries.map((entry) => entry.id)).toEqual(first.map((entry) => entry.id));
  });

  it('keeps the lines of Markdown and Super notes', () => {
    const superDoc = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Sunday' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'We walked.' },
              { type: 'linebreak' },
              { type: 'text', text: 'Then rain.' },
            ],
          },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'bread' }] }] },
        ],
      },
    };
    const path = writeBackup({
      version: '004',
      items: [
        {
          uuid: 'm',
          content_type: 'Note',
          created_at: '2024-05-01T20:00:00.000Z',
          content: {
            title: 'Markdown',
            noteType: 'markdown',
            text: '# Evening\nFirst line\nsecond line\n\n- one\n- two',
          },
        },
        {
          uuid: 's',
          content_type: 'Note',
          created_at: '2024-05-02T20:00:00.000Z',
          content: { title: 'Super', noteType: 'super', text: JSON.stringify(superDoc) },
        },
      ],
    });
    const [markdown, superNote] = parseImport(readSource(path)).entries;
    expect(blocksOf(markdown!).map((block) => block.type)).toEqual(['heading', 'paragraph', 'list', 'paragraph']);
    expect(derived(markdown!).text).toBe('Evening\nFirst line\nsecond line\none\ntwo');
    expect(derived(superNote!).text).toBe('Sunday\nWe walked.\nThen rain.\nbread');
  });

  it('says plainly when a backup is damaged, and leaves a note that opens with “{” to the Markdown reader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-sn-'));
    const damaged = join(dir, 'Standard Notes Backup and Import File.txt');
    writeFileSync(damaged, '{"version":"004","items":[{"uuid":"a","content_type":"No');
    expect(() => parseImport(readSource(damaged))).toThrow(
      '“Standard Notes Backup and Import File.txt” is a Standard Notes backup that can’t be read whole: it may be ' +
        'damaged or only partly downloaded.',
    );
    const note = join(dir, '2024-05-01 braces.txt');
    writeFileSync(note, '{draft} A thought I want to keep.');
    expect(parseImport(readSource(note))).toMatchObject({ format: 'markdown', entries: [{ date: '2024-05-01' }] });
  });

  it('refuses an encrypted backup, saying how to get a decrypted one', () => {
    const path = writeBackup({
      version: '004',
      keyParams: { identifier: 'someone@example.com', version: '004', origination: 'registration' },
      items: [{ uuid: 'n', content_type: 'Note', content: '004:bm9uY2U:Y2lwaGVy:YXV0aA', enc_item_key: '004:a:b:c' }],
    });
    const read = () => parseImport(readSource(path));
    expect(read).toThrow(expect.objectContaining({ code: 'bad-file' }));
    expect(read).toThrow(
      '“Standard Notes Backup and Import File.txt” is an encrypted Standard Notes backup, so the notes in it can’t ' +
        'be read here. In Standard Notes, open Preferences, then Backups, download a decrypted backup, and import that file.',
    );
  });

  it('writes into the journal, and importing the backup again finds every note there', async () => {
    const journal = await openJournal();
    expect(await applyImport(journal.vault.db, backup('backup-2023.zip'))).toEqual({ imported: 6, duplicates: 0 });
    expect(journal.entries.list({ limit: 10, tag: 'poems' }).total).toBe(3);
    expect(journal.search.query({ text: 'Ithaka', limit: 10 })).toHaveLength(1);
    const again = backup('backup-2023.zip');
    expect(previewOf(journal.vault.db, again, 't')).toMatchObject({ entries: 6, duplicates: 6 });
    expect(await applyImport(journal.vault.db, again)).toEqual({ imported: 0, duplicates: 6 });
    expect(journal.indexIsConsistent()).toBe(true);
  });
});

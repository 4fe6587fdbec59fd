import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, parseImport } from '../../../main/journal/import/index';
import { readSource } from '../../../main/journal/import/source';
import { openJournal } from '../journal/helpers';
import { blocksOf, derived, fixture, parseFixture } from './helpers';

/** Mini Diary's own test exports (tests/fixtures/import/SOURCES-new.md). */
const miniDiary = (name: string) => parseFixture('minidiary', name);

/** The fixture with its entries changed, written where an import can read it. */
function edited(change: (entries: Record<string, { text: string; title: string }>) => void) {
  const value = JSON.parse(readFileSync(fixture('minidiary', 'minidiary.json'), 'utf8')) as {
    entries: Record<string, { text: string; title: string; dateUpdated: string }>;
  };
  change(value.entries);
  const path = join(mkdtempSync(join(tmpdir(), 'haven-minidiary-')), 'Mini Diary.json');
  writeFileSync(path, JSON.stringify(value));
  return parseImport(readSource(path));
}

describe('Mini Diary JSON', () => {
  it('makes each day an entry with its title, Markdown text and last edit', () => {
    const { format, entries, problems } = miniDiary('minidiary.json');
    expect(format).toBe('minidiary');
    expect(problems).toEqual([]);
    expect(entries.map(({ date, title }) => [date, title])).toEqual([
      ['2019-01-01', 'Diary Entry 1'],
      ['2019-01-02', 'Diary Entry 2'],
    ]);
    // A day without a time gets its noon, so no time zone moves it; "GMT-0800" is read as written.
    expect(entries[0]).toMatchObject({ createdAt: '2019-01-01T12:00:00.000Z', updatedAt: '2019-01-03T08:00:00.000Z' });
    const [bold] = blocksOf(entries[0]!);
    expect(bold!.children).toEqual([
      expect.objectContaining({ text: 'This text is ' }),
      expect.objectContaining({ text: 'bold', format: 1 }),
      expect.objectContaining({ text: ' and ' }),
      expect.objectContaining({ text: 'italic', format: 2 }),
      expect.objectContaining({ text: '.' }),
    ]);
    const lists = blocksOf(entries[1]!).filter((block) => block.type === 'list');
    expect(lists.map((list) => list.listType)).toEqual(['bullet', 'number']);
    expect(derived(entries[1]!).text).toBe(
      "Here's a bulleted list:\nOne\nTwo\nThree\nAnd here's a numbered list:\nOne\nTwo\nThree",
    );
  });

  it('keeps every line of the text, as Mini Diary’s editor showed it', () => {
    const { entries } = edited((all) => {
      all['2019-01-01']!.text =
        'Woke early.\nWalked to the lake.\n\nIn the evening we talked.\n- a list after a line\n- still a list';
    });
    const blocks = blocksOf(entries[0]!);
    expect(blocks[0]!.children).toEqual([
      expect.objectContaining({ text: 'Woke early.' }),
      { type: 'linebreak', version: 1 },
      expect.objectContaining({ text: 'Walked to the lake.' }),
    ]);
    expect(derived(entries[0]!).text).toBe(
      'Woke early.\nWalked to the lake.\nIn the evening we talked.\na list after a line\nstill a list',
    );
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'list', 'paragraph']);
  });

  it('reads the version that keeps a list of entries under each day, with the same ids', () => {
    const older = miniDiary('minidiary.json').entries;
    const newer = miniDiary('minidiary-v3.4.0.json').entries;
    expect(newer.map(({ date, title }) => [date, title])).toEqual(older.map(({ date, title }) => [date, title]));
    expect(newer.map((entry) => entry.id)).toEqual(older.map((entry) => entry.id));
  });

  it('gives the same text on two days two entries, and names a day it can’t read', () => {
    const { entries, problems } = edited((all) => {
      all['2019-01-02'] = { ...all['2019-01-01']! };
      all['2019-02-30'] = { ...all['2019-01-01']! };
    });
    expect(entries.map((entry) => entry.date)).toEqual(['2019-01-01', '2019-01-02']);
    expect(entries[0]!.id).not.toBe(entries[1]!.id);
    expect(problems).toEqual(['The entry filed under “2019-02-30”: its date isn’t readable.']);
  });

  it('importing the export again adds nothing', async () => {
    const journal = await openJournal();
    expect(await applyImport(journal.vault.db, miniDiary('minidiary.json'))).toEqual({ imported: 2, duplicates: 0 });
    expect(await applyImport(journal.vault.db, miniDiary('minidiary-v3.4.0.json'))).toEqual({
      imported: 0,
      duplicates: 2,
    });
    expect(journal.search.query({ text: 'numbered', limit: 10 }).map((hit) => hit.date)).toEqual(['2019-01-02']);
  });
});

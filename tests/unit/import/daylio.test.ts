import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, parseImport, previewOf } from '../../../main/journal/import/index';
import { readSource } from '../../../main/journal/import/source';
import { openJournal } from '../journal/helpers';
import { blocksOf, derived, parseFixture } from './helpers';

/** Real Daylio exports (tests/fixtures/import/SOURCES-new.md says where each came from). */
const daylio = (name: string) => parseFixture('daylio', name);

const tagsOf = (entry: Parameters<typeof derived>[0]) =>
  derived(entry).tags.map(({ kind, name, intensity }) => `${kind}:${name}${intensity === null ? '' : ` ${intensity}`}`);

const lines = (entry: Parameters<typeof blocksOf>[0]) =>
  blocksOf(entry)
    .filter((block) => block.type === 'paragraph')
    .map((block) =>
      (block.children as { type: string; text?: string }[])
        .filter((child) => child.type === 'text')
        .map((child) => child.text)
        .join(''),
    );

describe('Daylio CSV', () => {
  it('makes each row an entry at its own date and time, in 12- and 24-hour clocks', () => {
    const { format, entries, problems } = daylio('no-title.csv');
    expect(format).toBe('daylio');
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(32);
    // "6:50 pm", "8:02 am", "14:58": Daylio keeps no time zone, so the time is taken as written.
    expect(entries[0]).toMatchObject({ date: '2020-05-30', createdAt: '2020-05-30T18:50:00.000Z', title: '' });
    expect(entries[2]).toMatchObject({ date: '2020-05-30', createdAt: '2020-05-30T08:02:00.000Z' });
    expect(entries.find((entry) => entry.createdAt === '2020-05-25T14:58:00.000Z')).toBeDefined();
    // "12:00 AM" is the start of the day, "11:36 PM" its end.
    const twelveHour = daylio('custom-moods.csv').entries;
    expect(twelveHour.map((entry) => entry.createdAt)).toContain('2022-10-27T00:00:00.000Z');
    expect(twelveHour.map((entry) => entry.createdAt)).toContain('2022-10-25T23:36:00.000Z');
  });

  it('reads older exports with a year and a written date, in other languages too', () => {
    const { entries } = daylio('year-and-date.csv');
    expect(entries.map(({ date, createdAt, title }) => [date, createdAt, title])).toEqual([
      ['2018-05-18', '2018-05-18T23:54:00.000Z', ''],
      ['2018-05-17', '2018-05-17T22:21:00.000Z', ''],
      ['2018-05-16', '2018-05-16T23:41:00.000Z', ''],
    ]);
    expect(derived(entries[0]!).text).toContain('Went to a party');
    const path = join(mkdtempSync(join(tmpdir(), 'haven-daylio-')), 'daylio_export.csv');
    writeFileSync(
      path,
      'year,date,weekday,time,mood,activities,note\n' +
        '2018,18. Mai,Freitag,23:54,Gut,"Freunde","Party"\n' +
        '2018,5 févr.,lundi,08:10,super,"",""\n' +
        '2018,3 марта,суббота,21:00,buono,"",""\n',
    );
    const localized = parseImport(readSource(path)).entries;
    expect(localized.map((entry) => entry.date)).toEqual(['2018-05-18', '2018-02-05', '2018-03-03']);
    expect(localized.map((entry) => tagsOf(entry)[0])).toEqual([
      'emotion:Glad 6',
      'emotion:Joyful 9',
      'emotion:Glad 6',
    ]);
  });

  it('turns Daylio’s moods into emotions with an intensity, and activities into tags', () => {
    const { entries } = daylio('no-title.csv');
    expect(tagsOf(entries[0]!)).toEqual([
      'emotion:Joyful 9',
      'tag:friends',
      'tag:gaming',
      'tag:programming',
      'tag:nap',
    ]);
    expect(derived(entries[0]!).text).toContain('Awesome');
    const byTime = (at: string) => entries.find((entry) => entry.createdAt === at)!;
    expect(tagsOf(byTime('2020-05-28T15:20:00.000Z'))).toEqual(['emotion:Glad 6', 'tag:nap']);
    expect(tagsOf(byTime('2020-05-27T10:18:00.000Z'))).toEqual(['emotion:Flat 4', 'tag:work']);
    expect(tagsOf(byTime('2020-05-25T20:00:00.000Z'))).toEqual(['emotion:Low 6']);
    expect(tagsOf(byTime('2020-05-25T18:51:00.000Z'))).toEqual(['emotion:Low 9']);
    // The mood sits in a field of its own, as a template's emotion picker would hold it.
    expect(blocksOf(entries[0]!)[0]).toMatchObject({
      type: 'haven-picker',
      kind: 'emotion',
      label: 'Mood',
      items: [{ name: 'Joyful', intensity: 9 }],
    });
  });

  it('links moods you named to Haven’s emotions, and keeps any other as a tag, saying so', () => {
    const scales = daylio('scales.csv');
    const [helpless, laughing, rested] = scales.entries;
    expect(tagsOf(helpless!)).toEqual(['emotion:Helpless']);
    expect(tagsOf(rested!)).toEqual(['emotion:Rested']);
    expect(tagsOf(laughing!)).toEqual(['tag:laughing', 'tag:spending time']);
    expect(scales.problems).toEqual([
      'Some of your Daylio moods aren’t a word Haven has for an emotion, so they came in as tags: ' +
        '“laughing”, “vaguely ok”, “tired” and “vaguely bad”.',
    ]);

    // Spaces around a mood or an activity are Daylio's, not part of the name; "OK" is Daylio's middle mood.
    const sample = daylio('sample.csv').entries[0]!;
    expect(tagsOf(sample)).toEqual([
      'emotion:Sad',
      'tag:clean',
      'tag:music',
      'tag:movies / tv',
      'tag:bad sleep',
      'tag:tired',
      'tag:sleep early',
      'tag:stomachache',
    ]);
    const moods = daylio('multiple-moods.csv').entries;
    expect(tagsOf(moods[0]!)).toEqual(['emotion:Flat 4', 'tag:work']);
    expect(tagsOf(moods.at(-1)!)).toEqual(['emotion:Anxious', 'tag:Sleeping']);
  });

  it('reads a note’s <br> as line breaks and keeps its title, other HTML going', () => {
    const { entries } = daylio('scales.csv');
    const pondering = entries.at(-1)!;
    expect(pondering).toMatchObject({ date: '2026-03-30', createdAt: '2026-03-30T20:18:00.000Z' });
    expect(lines(pondering).slice(0, 3)).toEqual(['Who knows.', '', 'Am I [[virtual]]?']);
    expect(derived(entries[4]!).text).toContain('Never mindd.');
    expect(derived(entries[4]!).text).not.toContain('<b>');
    // Scales are readings you made: each stays a line of the entry.
    expect(lines(entries[2]!)).toEqual([
      'Testing the note.',
      'Sleep Quality:\u00a08/10\u00a0points',
      'Sleep Time:\u00a08:00',
      'Awake mid-sleep:\u00a01:00',
    ]);
    const titled = daylio('custom-moods.csv').entries[0]!;
    expect(titled.title).toBe('Dolomet');
    expect(derived(titled).text).toContain('Lorem ipsum sit dolomet amęt.');
  });

  it('names each row it can’t read, by its row number, and imports the rest', () => {
    const { entries, problems } = daylio('missing-fields.csv');
    expect(problems.slice(0, 2)).toEqual([
      'Row 3: its date isn’t readable.',
      'Row 5: it has more cells than the first line names, so Haven can’t tell which is which.',
    ]);
    expect(entries.map((entry) => entry.title)).toEqual(['Dolomet', 'Suspendisse sit amet', 'Mauris rutrum diam']);
    // A row without a weekday or a mood is still a moment you logged.
    for (const problem of problems) expect(problem).not.toMatch(/CSV_|Invalid|quote_|record/i);
  });

  it('says where a quotation mark left open stops the reading, keeping the rows before it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'haven-daylio-')), 'daylio_export.csv');
    writeFileSync(
      path,
      'full_date,date,weekday,time,mood,activities,note_title,note\n' +
        '2020-05-30,30 May,Saturday,6:50 pm,rad,walk,"","Fine"\n' +
        '2020-05-29,29 May,Friday,9:24 pm,good,,"","It was ""nice\n' +
        '2020-05-28,28 May,Thursday,3:20 pm,good,nap,"",""\n',
    );
    const { entries, problems } = parseImport(readSource(path));
    expect(entries.map((entry) => entry.date)).toEqual(['2020-05-30']);
    expect(problems).toEqual(['Row 3 and the rows after it can’t be read: a quotation mark in row 3 is never closed.']);
  });

  it('gives rows alike on different days their own ids, and the same ids on every import', () => {
    const first = daylio('no-title.csv').entries.map((entry) => entry.id);
    // Many rows here hold only "rad" on different days and times: each is its own entry.
    expect(new Set(first).size).toBe(first.length);
    expect(daylio('no-title.csv').entries.map((entry) => entry.id)).toEqual(first);
  });

  it('keeps two rows alike in every cell as two entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-daylio-'));
    const path = join(dir, 'daylio_export.csv');
    writeFileSync(
      path,
      'full_date,date,weekday,time,mood,activities,note_title,note\n' +
        '2020-05-30,30 May,Saturday,8:02 am,rad,,"",""\n'.repeat(2),
    );
    const { entries } = parseImport(readSource(path));
    expect(entries).toHaveLength(2);
    expect(entries[0]!.id).not.toBe(entries[1]!.id);
  });

  it('writes into the journal, and importing the file again finds every row already there', async () => {
    const journal = await openJournal();
    expect(await applyImport(journal.vault.db, daylio('no-title.csv'))).toEqual({ imported: 32, duplicates: 0 });
    const joyful = journal.tags.list().find((info) => info.kind === 'emotion' && info.name === 'Joyful');
    expect(joyful).toMatchObject({ builtin: true });
    expect(journal.indexIsConsistent()).toBe(true);
    const again = daylio('no-title.csv');
    expect(previewOf(journal.vault.db, again, 't')).toMatchObject({ entries: 32, duplicates: 32 });
    expect(await applyImport(journal.vault.db, again)).toEqual({ imported: 0, duplicates: 32 });
  });

  it('says in words when a CSV isn’t one Haven reads, naming the formats it does', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'haven-csv-')), 'budget.csv');
    writeFileSync(path, 'month,spent\nJanuary,120\n');
    const read = () => parseImport(readSource(path));
    expect(read).toThrow(expect.objectContaining({ code: 'bad-file' }));
    expect(read).toThrow(
      /^“budget\.csv” isn’t a journal export Haven knows\. .*Daylio CSV, Mini Diary JSON, a decrypted Standard Notes backup/,
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImport, parseImport, previewOf } from '../../../main/journal/import/index';
import type { Source, SourceFile } from '../../../main/journal/import/source';
import { openJournal } from '../journal/helpers';
import { fixture, parseFixture } from './helpers';

const sample = (name: string, ...parts: string[]): SourceFile => ({ name, bytes: readFileSync(fixture(...parts)) });
const folder = (...files: SourceFile[]): Source => ({ label: 'vault', kind: 'folder', files });
const json = (name: string, value: unknown): SourceFile => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});

/** Words a person shouldn't meet: a validator's, a parser's, or a program's. */
const MACHINE_WORDS = /YAML|JSON\.parse|Unexpected|expected|Invalid|undefined|null|position \d|\bat line\b/;

describe('partial imports: what can be read comes in, and the rest is listed with why', () => {
  it('a vault with unreadable templates imports the rest and names each file and why', () => {
    const parsed = parseImport(
      folder(
        sample('Templates/tp-daily.md', 'templater', 'tp-daily.md'),
        sample('Templates/Weekly Review Template.md', 'templater', 'weekly.md'),
        sample('pages/kpi.md', 'logseq', 'pages', 'kpi.md'),
        sample('Joplin/full.md', 'joplin', 'full.md'),
      ),
    );
    expect(parsed.entries.map((entry) => entry.title)).toEqual(['Test Note Title']);
    expect(parsed.problems).toEqual([
      'pages/kpi.md: its front matter isn’t readable.',
      'Templates/tp-daily.md: its date “<% tp.date.now("YYYY-MM-DD HH:mm") %>” can’t be read.',
    ]);
    expect(parsed.skipped).toContainEqual(expect.objectContaining({ what: 'Markdown files without a date', count: 1 }));
    for (const problem of parsed.problems) expect(problem).not.toMatch(MACHINE_WORDS);
  });

  it('a Day One file with unreadable entries imports the others, listing each by file and entry', () => {
    const demo = JSON.parse(readFileSync(fixture('dayone-richtext', 'demo.json'), 'utf8')) as {
      entries: Record<string, unknown>[];
    };
    demo.entries[1]!.creationDate = 'last Tuesday';
    delete demo.entries[2]!.uuid;
    const parsed = parseImport({ label: 'demo.json', kind: 'file', files: [json('demo.json', demo)] });
    expect(parsed.entries.map((entry) => entry.title)).toEqual(['Initial entry', '']);
    expect(parsed.problems).toEqual([
      'demo.json, entry 2: its date “last Tuesday” can’t be read.',
      'demo.json, entry 3: it has no id Haven can read.',
    ]);

    const shape = parseFixture('bad', 'wrong-shape.json');
    expect(shape.entries).toHaveLength(1);
    expect(shape.problems).toEqual(['wrong-shape.json, entry 2: its tags aren’t a list of names.']);
    const dates = parseFixture('bad', 'bad-date.json');
    expect(dates.problems).toEqual(['bad-date.json, entry 12: its date “31/31/2020” can’t be read.']);
    for (const problem of [...shape.problems, ...dates.problems]) expect(problem).not.toMatch(MACHINE_WORDS);
  });

  it('a zip with a damaged JSON file beside the journal imports the journal', () => {
    const parsed = parseImport({
      label: 'export.zip',
      kind: 'zip',
      files: [
        sample('Journal.json', 'dayone-richtext', 'demo.json'),
        { name: 'broken.json', bytes: new TextEncoder().encode('{"entries": [') },
      ],
    });
    expect(parsed.format).toBe('dayone');
    expect(parsed.entries).toHaveLength(4);
  });

  it('a source with nothing Haven can read says so, naming what Haven reads', () => {
    const csv = {
      name: 'daylio_export.csv',
      bytes: new TextEncoder().encode('full_date,date,weekday\n2024-01-01,x,y\n'),
    };
    expect(() => parseImport({ label: 'daylio_export.csv', kind: 'file', files: [csv] })).toThrow(
      /^“daylio_export\.csv” isn’t a journal export Haven knows\. Haven imports Day One JSON .*Markdown files/,
    );
    expect(() => parseImport(folder(sample('pages/kpi.md', 'logseq', 'pages', 'kpi.md')))).toThrow(
      /^Haven found no entries it can read in “vault”\. pages\/kpi\.md: its front matter isn’t readable\. Haven imports Day One JSON/,
    );
  });

  it('“already in your journal” is only for entries that were all imported before', async () => {
    const journal = await openJournal();
    const source = folder(sample('joplin/full.md', 'joplin', 'full.md'));
    await applyImport(journal.vault.db, parseImport(source));
    const again = previewOf(journal.vault.db, parseImport(source), 't');
    expect(again).toMatchObject({ entries: 1, duplicates: 1 });
  });
});

describe('ids: one entry per file and day, the same ones again on a second import', () => {
  it('identical Logseq days stay separate entries', () => {
    const same = readFileSync(fixture('logseq', 'journals', '2021_11_24.md'));
    expect(readFileSync(fixture('logseq', 'journals', '2021_12_28.md'))).toEqual(same);
    const days = ['2021_11_24', '2021_12_28', '2022_03_01', '2022_03_02'].map((day) => ({
      name: `graph/journals/${day}.md`,
      bytes: same,
    }));
    const parsed = parseImport(folder(...days));
    expect(parsed.entries.map((entry) => entry.date)).toEqual(['2021-11-24', '2021-12-28', '2022-03-01', '2022-03-02']);
    expect(new Set(parsed.entries.map((entry) => entry.id)).size).toBe(4);
    expect(parseImport(folder(...days)).entries.map((entry) => entry.id)).toEqual(
      parsed.entries.map((entry) => entry.id),
    );
  });

  it('a folder and a zip of it give the same ids, so the second import finds the first', async () => {
    const journal = await openJournal();
    const files = [
      sample('2022_01_02.md', 'logseq', 'journals', '2022_01_02.md'),
      sample('full.md', 'joplin', 'full.md'),
    ];
    await applyImport(journal.vault.db, parseImport(folder(...files)));
    const zipped: Source = {
      label: 'vault.zip',
      kind: 'zip',
      files: files.map((file) => ({ ...file, name: `vault/${file.name}` })),
    };
    expect(previewOf(journal.vault.db, parseImport(zipped), 't')).toMatchObject({ entries: 2, duplicates: 2 });
  });
});

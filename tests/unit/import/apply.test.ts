import { describe, expect, it } from 'vitest';
import { buildHavenExport, exportExtras } from '../../../main/journal/export/haven-json';
import { selectEntries } from '../../../main/journal/export/select';
import { applyImport, parseImport, previewOf } from '../../../main/journal/import/index';
import { readSource } from '../../../main/journal/import/source';
import { docOf, openJournal, paragraph, picker, item, tag } from '../journal/helpers';
import { fixture, parseFixture } from './helpers';

const importFixture = async (journal: Awaited<ReturnType<typeof openJournal>>, ...parts: string[]) =>
  applyImport(journal.vault.db, parseFixture(...parts));

describe('applying an import', () => {
  it('writes through the one writer: searchable, tagged, in the Timeline', async () => {
    const journal = await openJournal();
    const progress: number[] = [];
    const result = await applyImport(journal.vault.db, parseFixture('dayone.zip'), {
      chunk: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual({ imported: 3, duplicates: 0 });
    expect(progress).toEqual([2, 3]);
    expect(journal.search.query({ text: 'weekend', limit: 10 }).map((hit) => hit.date)).toEqual(['2023-03-14']);
    expect(journal.entries.list({ limit: 10, tag: 'Starred' }).total).toBe(1);
    const hurt = journal.tags.list().find((info) => info.kind === 'emotion' && info.name === 'Hurt');
    expect(hurt).toMatchObject({ builtin: true, count: 1 });
    expect(journal.tags.list().find((info) => info.name === 'travel')).toMatchObject({ kind: 'tag', count: 1 });
    expect(journal.indexIsConsistent()).toBe(true);
  });

  it('importing the same file again adds nothing, and the preview says so first', async () => {
    const journal = await openJournal();
    for (const parts of [['dayone.zip'], ['jrnl.json'], ['markdown']]) {
      await importFixture(journal, ...parts);
    }
    const total = journal.entries.list({ limit: 1 }).total;
    for (const parts of [['dayone', 'Journal.json'], ['jrnl.json'], ['markdown.zip']]) {
      const parsed = parseFixture(...parts);
      const preview = previewOf(journal.vault.db, parsed, 't');
      expect(preview.duplicates).toBe(preview.entries);
      expect(await applyImport(journal.vault.db, parsed)).toEqual({ imported: 0, duplicates: preview.entries });
    }
    expect(journal.entries.list({ limit: 1 }).total).toBe(total);
  });

  it('a preview counts entries, dates, tags and skipped things without writing', async () => {
    const journal = await openJournal();
    const preview = previewOf(journal.vault.db, parseFixture('dayone.zip'), 'token');
    expect(preview).toMatchObject({
      token: 'token',
      format: 'dayone',
      entries: 3,
      duplicates: 0,
      from: '2023-03-14',
      to: '2023-03-18',
    });
    expect(preview.tags).toContain('Starred');
    expect(journal.entries.list({ limit: 1 }).total).toBe(0);
  });

  it('a failure part way leaves the journal as it was', async () => {
    const journal = await openJournal();
    journal.write('2026-11-20', 'already here');
    const parsed = parseFixture('dayone', 'Journal.json');
    parsed.entries[2] = { ...parsed.entries[2]!, date: 'not-a-date' };
    await expect(applyImport(journal.vault.db, parsed, { chunk: 1, onProgress: () => undefined })).rejects.toThrow();
    expect(journal.entries.list({ limit: 10 }).items.map((entry) => entry.excerpt)).toEqual(['already here']);
    expect(journal.vault.db.inTransaction).toBe(false);
  });
});

describe('Haven JSON', () => {
  it('export then import into another journal gives the same entries, templates and prompt marks', async () => {
    const from = await openJournal();
    const template = from.templates.save({
      name: 'Repair talk',
      sections: [{ kind: 'choice', id: 'repaired', label: 'Did we repair it?', options: ['Yes', 'No'] }],
    });
    from.write('2026-11-01', '', {
      title: 'First',
      template: template.id,
      doc: docOf(paragraph('Felt ', tag('emotion', 'Hurt')), picker('need', [item('Space')])),
    });
    from.write('2026-11-02', 'Second, with **stars**');
    from.tags.create('tag', 'Allotment');
    from.tags.update('tag', 'Allotment', { colour: 'leaf' });
    from.vault.db.prepare("INSERT INTO prompt_use (prompt_id, favourite) VALUES ('what-did-you-need', 1)").run();

    const data = buildHavenExport(
      selectEntries(from.vault.db, {}),
      exportExtras(from.vault.db),
      { name: 'Haven', version: '0' },
      new Date('2026-11-25T21:00:00Z'),
    );
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'haven-export-')), 'export.json');
    writeFileSync(file, JSON.stringify(data));

    const to = await openJournal();
    const parsed = parseImport(readSource(file));
    expect(parsed.format).toBe('haven');
    expect(await applyImport(to.vault.db, parsed)).toEqual({ imported: 2, duplicates: 0 });
    const fields = (journal: typeof from) =>
      journal.entries
        .list({ limit: 10 })
        .items.map(({ id }) => journal.entries.get(id))
        .map(({ id, date, title, template, templateVersion, doc, text, createdAt, updatedAt }) => ({
          id,
          date,
          title,
          template,
          templateVersion,
          doc,
          text,
          createdAt,
          updatedAt,
        }));
    expect(fields(to)).toEqual(fields(from));
    expect(to.templates.get(template.id)).toEqual(from.templates.get(template.id));
    expect(to.tags.list().find((info) => info.name === 'Allotment')).toMatchObject({ colour: 'leaf' });
    expect(
      to.vault.db.prepare("SELECT favourite FROM prompt_use WHERE prompt_id = 'what-did-you-need'").pluck().get(),
    ).toBe(1);
    // And back into the journal it came from: nothing new.
    expect(await applyImport(from.vault.db, parseImport(readSource(file)))).toEqual({ imported: 0, duplicates: 2 });
  });
});

describe('bad files get clear words, and the journal stays as it was', () => {
  const cases: [string, string[], RegExp][] = [
    ['not JSON', ['bad', 'not-json.json'], /^“not-json\.json” isn’t JSON Haven can read: it may be damaged/],
    [
      'a jrnl time that can’t be read',
      ['bad', 'jrnl-bad-time.json'],
      /^Haven found no entries it can read in “jrnl-bad-time\.json”\. jrnl-bad-time\.json, entry 1: its date “2021-06-02 25:99” can’t be read\. Haven imports Day One JSON/,
    ],
    ['JSON that is no journal', ['bad', 'unknown.json'], /“unknown\.json” isn’t a journal export Haven knows/],
    [
      'front matter that isn’t YAML',
      ['bad', 'bad-front-matter.md'],
      /bad-front-matter\.md: its front matter isn’t readable\./,
    ],
    [
      'a front matter date that doesn’t exist',
      ['bad', 'bad-front-date.md'],
      /bad-front-date\.md: its date “2020-02-31” can’t be read\./,
    ],
    ['a zip whose paths climb out', ['bad', 'zip-slip.zip'], /“\.\.\/\.\.\/evil\.md” that points outside the zip/],
    ['a damaged zip', ['bad', 'damaged.zip'], /“damaged\.zip” isn’t a zip file Haven can read/],
    ['a file that isn’t there', ['bad', 'missing.json'], /Haven can’t open “missing\.json”/],
  ];

  it.each(cases)('%s', async (_what, parts, message) => {
    const journal = await openJournal();
    journal.write('2026-11-20', 'already here');
    let caught: unknown;
    try {
      await applyImport(journal.vault.db, parseFixture(...parts));
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'bad-file', message: expect.stringMatching(message) });
    expect(journal.entries.list({ limit: 10 }).total).toBe(1);
  });

  it('files and zips past the size limits are refused before they are read or inflated', () => {
    const limits = { file: 100, entry: 300, zip: 400, count: 10 };
    expect(() => readSource(fixture('bad', 'bad-date.json'), limits)).toThrow(/Haven imports files up to/);
    const big = { ...limits, file: 10_000 };
    expect(() => readSource(fixture('dayone.zip'), big)).toThrow(/“Journal\.json” unpacks to more than/);
    expect(() => readSource(fixture('dayone.zip'), { ...big, entry: 10_000, zip: 1_000 })).toThrow(
      /“dayone\.zip” unpacks to more than/,
    );
  });
});

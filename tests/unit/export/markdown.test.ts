import { describe, expect, it } from 'vitest';
import { deriveFromDoc } from '../../../main/journal/derive';
import { entryMarkdown } from '../../../main/journal/export/markdown-zip';
import type { ExportedRow } from '../../../main/journal/export/select';
import { readHavenMarkdown } from '../../../main/journal/import/haven-markdown';
import { readMarkdownFiles } from '../../../main/journal/import/markdown-files';
import { generateJournal } from './generated-journal';

const row = (entry: ReturnType<typeof generateJournal>[number]): ExportedRow => ({
  ...entry,
  text: '',
  tags: [],
  readable: true,
});

const blocks = (doc: string) =>
  (JSON.parse(doc) as { root: { children: { type: string; children?: unknown[] }[] } }).root.children.filter(
    (node) => !(node.type === 'paragraph' && (node.children?.length ?? 0) === 0),
  );

describe('Haven’s Markdown, document by document', () => {
  it('brings back tables and code as the tables and code blocks they were', () => {
    const entries = generateJournal(300, { seed: 7, tablesAndCode: true });
    const files = entries.map((entry) => ({
      name: `${entry.id}.md`,
      bytes: new TextEncoder().encode(entryMarkdown(row(entry), 'Europe/Berlin')),
    }));
    const back = readMarkdownFiles(files).entries;
    let tables = 0;
    let code = 0;
    for (const [i, entry] of entries.entries()) {
      const again = back[i]!;
      expect(again.id).toBe(entry.id);
      expect(deriveFromDoc(again.doc), entry.id).toEqual(deriveFromDoc(entry.doc));
      expect(blocks(again.doc).map((b) => b.type)).toEqual(blocks(entry.doc).map((b) => b.type));
      for (const block of blocks(again.doc)) {
        if (block.type === 'table') tables += 1;
        if (block.type === 'code') code += 1;
      }
    }
    expect(tables).toBeGreaterThan(10);
    expect(code).toBeGreaterThan(10);
  });

  it('writes a table as pipes and code fenced with its language', () => {
    const entry = generateJournal(300, { seed: 7, tablesAndCode: true }).find(
      (e) => e.doc.includes('"table"') && e.doc.includes('"code"'),
    )!;
    const markdown = entryMarkdown(row(entry), 'UTC');
    expect(markdown).toMatch(/^\| When \| What \\\| why \|$/m);
    expect(markdown).toMatch(/^\| --- \| --- \|$/m);
    // The code holds a run of three backticks, so its fence is four long.
    expect(markdown).toMatch(/^````js\nconst felt = "tired";\n {2}``` still code\n````$/m);
  });

  it('reads an edited field line by its label, and keeps the value the front matter holds', () => {
    const text = [
      '---',
      'haven: 1',
      'id: edited',
      'date: 2026-11-25',
      'created: 2026-11-25T23:40:00+01:00',
      'template: trigger-log',
      'fields:',
      '  - { id: intensity, kind: intensity, value: 6 }',
      '  - { id: what-happened, kind: text }',
      '---',
      '',
      '# My own heading',
      '',
      '**Intensity:** 9/10 (I changed this line)',
      '',
      '## What happened',
      '',
      'We talked.',
      '',
    ].join('\n');
    const [entry] = readMarkdownFiles([{ name: 'a.md', bytes: new TextEncoder().encode(text) }]).entries;
    expect(entry).toMatchObject({ title: '', date: '2026-11-25', createdAt: '2026-11-25T22:40:00.000Z' });
    expect(blocks(entry!.doc).map((b) => b.type)).toEqual(['heading', 'haven-intensity', 'haven-section', 'paragraph']);
    const derived = deriveFromDoc(entry!.doc);
    expect(derived.intensity).toBe(6);
    expect(derived.text).toBe('My own heading\nWe talked.');
  });
});

describe('Haven’s Markdown keeps words that look like markup as words', () => {
  const roundTrip = (doc: string) => {
    const entry = { id: 'words', date: '2026-11-25', title: '', template: 'blank', templateVersion: 1 };
    const text = entryMarkdown(
      {
        ...entry,
        doc,
        createdAt: '2026-11-25T21:00:00.000Z',
        updatedAt: '2026-11-25T21:00:00.000Z',
        text: '',
        tags: [],
        readable: true,
      },
      'UTC',
    );
    return { text, doc: readMarkdownFiles([{ name: 'a.md', bytes: new TextEncoder().encode(text) }]).entries[0]!.doc };
  };
  const words = (value: string) => ({ type: 'text', version: 1, text: value, format: 0 });
  const item = (value: string) => ({ type: 'listitem', version: 1, value: 1, children: [words(value)] });

  it('a bulleted item that begins with “[ ] ” stays a bulleted item with those words', () => {
    const doc = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'list',
            version: 1,
            listType: 'bullet',
            start: 1,
            tag: 'ul',
            children: [item('[ ] not a box'), item('[x] nor this')],
          },
        ],
      },
    });
    const back = roundTrip(doc);
    expect(back.text).toContain('- \\[ \\] not a box');
    const list = JSON.parse(back.doc).root.children[0];
    expect(list.listType).toBe('bullet');
    expect(deriveFromDoc(back.doc).text).toBe('[ ] not a box\n[x] nor this');
  });

  it('a “#” in your words is no tag, and a chip is', () => {
    const doc = JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        children: [
          {
            type: 'paragraph',
            version: 1,
            children: [
              words('Issue #2 and C# with '),
              { type: 'haven-tag', version: 1, kind: 'trigger', name: 'Being left out' },
              words('(again) and '),
              { type: 'haven-tag', version: 1, kind: 'tag', name: 'work' },
              words('.'),
            ],
          },
        ],
      },
    });
    const back = roundTrip(doc);
    expect(back.text).toContain('Issue \\#2 and C\\# with #[Being left out]\\(again) and #work.');
    expect(back.text).toMatch(/^tag_kinds:\n {2}trigger:\n {4}- Being left out$/m);
    expect(deriveFromDoc(back.doc)).toEqual(deriveFromDoc(doc));
  });
});

describe('a Haven Markdown file Haven can’t read', () => {
  it('says what is wrong', () => {
    const read = (front: Record<string, unknown>) =>
      readHavenMarkdown({ haven: 1, id: 'a1', date: '2026-11-25', ...front }, 'Words.\n');
    expect(read({ date: '25/11/2026' })).toEqual({ ok: false, why: 'its date “25/11/2026” can’t be read' });
    expect(read({ created: 'tonight' })).toEqual({ ok: false, why: 'its time “tonight” can’t be read' });
    expect(read({ fields: [{ kind: 'sketch' }] })).toEqual({ ok: false, why: 'its field 1 isn’t one Haven knows' });
    expect(read({})).toMatchObject({ ok: true, entry: { id: 'a1', date: '2026-11-25', title: '' } });
  });

  it('is named, with what is wrong, when it comes in a folder', () => {
    const file = {
      name: 'Journal/a.md',
      bytes: new TextEncoder().encode('---\nhaven: 1\nid: a1\ndate: 25/11/2026\n---\n'),
    };
    // Whether the import refuses the whole folder or lists the file as skipped, it names it and says why.
    const said = (() => {
      try {
        return readMarkdownFiles([file]).problems.join(' ');
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(said).toMatch(/Journal\/a\.md.*its date “25\/11\/2026” can’t be read/);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveFromDoc } from '../../../main/journal/derive';
import { entryMarkdown } from '../../../main/journal/export/markdown-zip';
import type { ExportedRow } from '../../../main/journal/export/select';
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

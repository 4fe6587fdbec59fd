import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../main/journal/import/index';
import type { ImportedEntry } from '../../../main/journal/import/model';
import type { SourceFile } from '../../../main/journal/import/source';
import { checkDocument } from '../../../resources/document/readable';
import { TEXT_FORMAT } from '../../../resources/templates/lexical-json';
import { blocksOf, derived, fixture } from './helpers';

const HIGHLIGHT = TEXT_FORMAT.highlight;

/** The samples are real files (tests/fixtures/import/SOURCES.md); each is read here under the path it had. */
const sample = (name: string, ...parts: string[]): SourceFile => ({ name, bytes: readFileSync(fixture(...parts)) });
const folder = (...files: SourceFile[]) => parseImport({ label: 'vault', kind: 'folder', files });
const only = (...files: SourceFile[]) => {
  const parsed = folder(...files);
  expect(parsed.entries).toHaveLength(1);
  return parsed.entries[0]!;
};

type Node = { type: string; children?: Node[]; [key: string]: unknown };
const walk = (nodes: Node[], out: Node[] = []): Node[] => {
  for (const node of nodes) {
    out.push(node);
    if (node.children) walk(node.children, out);
  }
  return out;
};
const nodesOf = (entry: ImportedEntry) => walk(blocksOf(entry) as Node[]);
/** A block's words and line breaks, as the editor shows them. */
const lineText = (node: Node): string =>
  (node.children ?? [])
    .map((child) => (child.type === 'linebreak' ? '\n' : child.type === 'text' ? String(child.text) : lineText(child)))
    .join('');

describe('line breaks, as each source means them', () => {
  it('Obsidian shows each line where it was written', () => {
    const entry = only(sample('2023-01-05 editoed.md', 'obsidian', '2023-editoed.md'));
    const first = blocksOf(entry)[0] as Node;
    expect(first.type).toBe('paragraph');
    expect(lineText(first)).toMatch(/asdv asdv\nsdvkjas vkjas dvjkas vka sadvkj sadjkv\nWhat are you doing/);
  });

  it('lines of Chinese never get spaces put between them', () => {
    const entry = only(sample('Daily/template-daily.md', 'obsidian', 'template-daily.md'));
    expect(entry.date).toBe('2025-04-26');
    const text = derived(entry).text;
    expect(text).toContain('记录今天值得称赞或让你开心的事情\n*');
    expect(text).not.toMatch(/[\p{Script=Han}] [*\p{Script=Han}]/u);
  });

  it('jrnl bodies are plain text: their lines stay lines, and * is the character typed', () => {
    const parsed = parseImport({
      label: 'jrnl.json',
      kind: 'file',
      files: [sample('jrnl.json', 'jrnl.json')],
    });
    const [first] = blocksOf(parsed.entries[0]!) as Node[];
    const second = blocksOf(parsed.entries[0]!)[1] as Node;
    expect(lineText(first!)).toBe('The review went badly and I kept replaying it.');
    expect(second.type).toBe('paragraph');
    expect(lineText(second)).toBe('* what I said\n* what I meant');
  });

  it('Haven’s own Markdown export still reads as CommonMark, as it was written', () => {
    const file = {
      name: '2026-11-25 Evening.md',
      bytes: new TextEncoder().encode(
        '---\nid: 0123456789abcdef\ncreated: 2026-11-25T21:00:00.000Z\ntemplate: blank\n---\n\none\ntwo ==x== #not-a-tag\n',
      ),
    };
    const entry = only(file);
    expect(entry.id).toBe('0123456789abcdef');
    expect(lineText(blocksOf(entry)[0] as Node)).toBe('one two ==x== #not-a-tag');
  });

  it('Day One keeps one line per newline in its text', () => {
    const journal = {
      metadata: { version: '1.0' },
      entries: [
        {
          uuid: 'A1',
          creationDate: '2024-02-01T20:00:00Z',
          timeZone: 'Asia/Shanghai',
          text: '今天很累。\n但是我们谈了。',
        },
      ],
    };
    const parsed = parseImport({
      label: 'Journal.json',
      kind: 'file',
      files: [{ name: 'Journal.json', bytes: new TextEncoder().encode(JSON.stringify(journal)) }],
    });
    expect(lineText(blocksOf(parsed.entries[0]!)[0] as Node)).toBe('今天很累。\n但是我们谈了。');
  });

  it('Day One’s richText gives the title and each line its kind', () => {
    const parsed = parseImport({
      label: 'demo.json',
      kind: 'file',
      files: [sample('demo.json', 'dayone-richtext', 'demo.json')],
    });
    expect(parsed.entries.map((entry) => entry.title)).toEqual([
      'Initial entry',
      'Second entry',
      'Third entry with double escapes',
      '',
    ]);
    expect(blocksOf(parsed.entries[0]!).map((block) => lineText(block as Node))).toEqual(['some text']);
    expect(parsed.skipped).toContainEqual(expect.objectContaining({ what: 'photos', count: 1 }));

    // An iOS entry's richText from the same repository's tests, and one with lists the way Day One writes them.
    const iosRichText =
      '{"contents":[{"text":"Foo\\n","attributes":{"line":{"header":1}}},{"text":"\\n"},{"text":"Bar\\n\\n"}],"meta":{"version":1}}';
    const lists = JSON.stringify({
      contents: [
        { text: 'Groceries\n', attributes: { line: { listStyle: 'bulleted', indentLevel: 1 } } },
        { text: 'oat milk\n', attributes: { line: { listStyle: 'bulleted', indentLevel: 2 } } },
        { text: 'call mum', attributes: { line: { listStyle: 'checkbox', checked: true, indentLevel: 1 } } },
        { text: '\n', attributes: { line: { listStyle: 'checkbox', checked: true, indentLevel: 1 } } },
        { text: 'it was ', attributes: {} },
        { text: 'fine', attributes: { bold: true, highlightedColor: '#ffff00' } },
        { text: '\nreally\n' },
      ],
    });
    const journal = {
      metadata: { version: '1.0' },
      entries: [
        {
          uuid: 'I1',
          creationDate: '2018-12-06T21:04:39Z',
          timeZone: 'Europe/Zurich',
          text: '# Foo\nBar\n',
          richText: iosRichText,
        },
        { uuid: 'I2', creationDate: '2018-12-07T21:04:39Z', text: 'ignored', richText: lists },
      ],
    };
    const [ios, listed] = parseImport({
      label: 'Journal.json',
      kind: 'file',
      files: [{ name: 'Journal.json', bytes: new TextEncoder().encode(JSON.stringify(journal)) }],
    }).entries;
    expect(ios!.title).toBe('Foo');
    expect(blocksOf(ios!).map((block) => lineText(block as Node))).toEqual(['Bar']);
    const blocks = blocksOf(listed!) as Node[];
    expect(blocks.map((block) => [block.type, block.listType])).toEqual([
      ['list', 'bullet'],
      ['list', 'check'],
      ['paragraph', undefined],
    ]);
    expect(lineText(blocks[1]!)).toBe('call mum');
    expect(blocks[1]!.children![0]).toMatchObject({ checked: true });
    expect(walk(blocks[0]!.children!).filter((node) => node.type === 'list')).toHaveLength(1);
    expect(lineText(blocks[2]!)).toBe('it was fine\nreally');
    expect(walk(blocks).find((node) => node.text === 'fine')).toMatchObject({ format: 1 | HIGHLIGHT });
    expect(checkDocument(listed!.doc)).toEqual({ ok: true });
  });
});

describe('lists keep their kind', () => {
  it('bullets followed by tasks stay bullets, then a check list', () => {
    const entry = only(sample('Daily/2022-01-03.md', 'obsidian', '2022_01_03.md'));
    const lists = (blocksOf(entry) as Node[]).filter((block) => block.type === 'list');
    const kinds = lists.map((list) => list.listType);
    const task = lists.findIndex((list) => lineText(list).includes('Write mini proposal'));
    expect(task).toBeGreaterThan(0);
    expect(kinds[task - 1]).toBe('bullet');
    expect(kinds[task]).toBe('check');
    expect(lists[task]!.children![0]).toMatchObject({ checked: true });
  });

  it('an empty task is an unchecked task, not a bullet reading "[ ]"', () => {
    const entry = only(sample('Daily/template-daily.md', 'obsidian', 'template-daily.md'));
    const checks = nodesOf(entry).filter((node) => node.type === 'list' && node.listType === 'check');
    expect(checks.length).toBeGreaterThan(0);
    expect(checks[0]!.children![0]).toMatchObject({ checked: false });
    expect(derived(entry).text).not.toContain('[ ]');
  });

  it('Obsidian’s custom task statuses are tasks; only x is done', () => {
    const entry = only(sample('2024-03-01 help.md', 'obsidian', 'Obsidian_MD_Help.md'));
    const checks = (blocksOf(entry) as Node[]).filter((block) => block.type === 'list');
    expect(checks.every((list) => list.listType === 'check')).toBe(true);
    expect(checks[0]!.children!.map((item) => item.checked)).toEqual([false, false, true, false, false, false]);
  });
});

describe('tables, code, highlights, wikilinks and inline tags', () => {
  it('a table becomes a table, its header row marked, and the entry opens in the editor', () => {
    const entry = only(sample('2024-03-01 help.md', 'obsidian', 'Obsidian_MD_Help.md'));
    const table = (blocksOf(entry) as Node[]).find((block) => block.type === 'table')!;
    const rows = table.children!;
    expect(rows.map((row) => row.children!.map((cell) => lineText(cell)))).toEqual([
      ['Left Aligned', 'Centered', 'Right Aligned'],
      ['Cell 1', 'Cell 2', 'Cell 3'],
      ['Cell 4', 'Cell 5', 'Cell 6'],
    ]);
    expect(rows.map((row) => row.children![0]!.headerState)).toEqual([1, 0, 0]);
    expect(checkDocument(entry.doc)).toEqual({ ok: true });
  });

  it('fenced code becomes a code block with its lines and language', () => {
    const entry = only(sample('2023-01-05 editoed.md', 'obsidian', '2023-editoed.md'));
    const code = (blocksOf(entry) as Node[]).filter((block) => block.type === 'code');
    expect(code.map((block) => block.language)).toEqual(['js', 'query']);
    expect(lineText(code[0]!)).toBe('function google() {\n\tconst hello = "";\n}');
    expect(checkDocument(entry.doc)).toEqual({ ok: true });
  });

  it('wikilinks read as their words, embeds go, inline #tags become tags', () => {
    const entry = only(sample('2023-01-05 editoed.md', 'obsidian', '2023-editoed.md'));
    const text = derived(entry).text;
    expect(text).toContain('Helo jvkdjkvbsd hello');
    expect(text).toContain('vdjakjv ds vkjs vjkds vds adsjkv');
    expect(text).toContain('What are you doing hello.jpg jkd');
    expect(text).toContain('I am amazing I am here. jkabvasdjkvbsd');
    expect(text).not.toContain('[[');
    expect(derived(entry).tags.map((tag) => tag.name)).toEqual(['nkjdvsbjkds']);

    const outline = folder(sample('2023-06-25.md', 'obsidian', 'obsidian.md'));
    expect([...outline.tags]).toEqual(['ppm', 'servicenow']);
    expect(derived(outline.entries[0]!).text).not.toContain('Pasted image');
    expect(outline.skipped).toContainEqual(expect.objectContaining({ what: 'images', count: 4 }));
  });

  it('not a tag: code, headings, or a URL’s # — the only tag in this note is #task', () => {
    const parsed = folder(sample('Daily/2022-01-03.md', 'obsidian', '2022_01_03.md'));
    expect([...parsed.tags]).toEqual(['task']);
    expect(derived(parsed.entries[0]!).text).toContain('10:30-11:30 Mark Loomis\n');
  });

  it('==highlights== keep their highlight', () => {
    const entry = only({ name: '2024-01-02.md', bytes: new TextEncoder().encode('A ==kind== word.') });
    expect(nodesOf(entry).find((node) => node.text === 'kind')).toMatchObject({ format: HIGHLIGHT });
  });
});

describe('Logseq, Joplin and Notesnook', () => {
  it('a Logseq journal is dated by its name and read as an outline, without its properties', () => {
    const entry = only(sample('graph/journals/2022_01_02.md', 'logseq', 'journals', '2022_01_02.md'));
    expect(entry.date).toBe('2022-01-02');
    const [outline] = blocksOf(entry) as Node[];
    expect(outline).toMatchObject({ type: 'list', listType: 'bullet' });
    expect(walk([outline!]).filter((node) => node.type === 'list').length).toBeGreaterThan(3);
    expect(derived(entry).text).not.toContain('collapsed::');
    expect(derived(entry).tags.map((tag) => tag.name)).toEqual(['card']);
  });

  it('Joplin’s capitalised keys are read', () => {
    const entry = only(sample('joplin/full.md', 'joplin', 'full.md'));
    expect(entry).toMatchObject({
      title: 'Test Note Title',
      date: '2019-05-01',
      createdAt: '2019-05-01T16:54:00.000Z',
    });
    expect(derived(entry).tags.map((tag) => tag.name)).toEqual(['Joplin', 'nOte', 'pencil']);
    const utc = only(sample('joplin/utc.md', 'joplin', 'utc.md'));
    expect(utc).toMatchObject({ date: '2019-05-01', createdAt: '2019-05-01T23:54:00.000Z' });
    expect(only(sample('joplin/short_date.md', 'joplin', 'short_date.md'))).toMatchObject({
      date: '2017-01-01',
      updatedAt: '2021-01-01T12:00:00.000Z',
    });
  });

  it('Notesnook’s day-first dates with a 12-hour time are read', () => {
    const entry = only(sample('notesnook_updated_created.md', 'notesnook', 'notesnook_updated_created.md'));
    expect(entry).toMatchObject({
      title: 'Frontmatter test',
      date: '2024-01-01',
      createdAt: '2024-01-01T01:23:00.000Z',
      updatedAt: '2024-01-02T04:56:00.000Z',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../main/journal/import/markdown';
import { TEXT_FORMAT } from '../../../resources/templates/lexical-json';

const { bold: BOLD, italic: ITALIC } = TEXT_FORMAT;

const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const only = (markdown: string) => (strip(markdownToBlocks(markdown)) as Record<string, unknown>[])[0]!;
const texts = (node: unknown): unknown[] =>
  ((node as { children: { type: string; text?: string; format?: number }[] }).children ?? []).map((child) =>
    child.type === 'text' ? [child.text, child.format] : child.type,
  );

describe('Markdown to the editor’s nodes', () => {
  it('paragraphs join soft-wrapped lines and keep hard breaks', () => {
    const block = only('one\ntwo  \nthree');
    expect(block.type).toBe('paragraph');
    expect(texts(block)).toEqual([['one two', 0], 'linebreak', ['three', 0]]);
  });

  it('headings, the fourth level and deeper shown as the third', () => {
    expect(only('# One')).toMatchObject({ type: 'heading', tag: 'h1' });
    expect(only('## Two')).toMatchObject({ type: 'heading', tag: 'h2' });
    expect(only('#### Four')).toMatchObject({ type: 'heading', tag: 'h3' });
  });

  it('bold, italic and both', () => {
    expect(texts(only('a **b** *c* ***d***'))).toEqual([
      ['a ', 0],
      ['b', BOLD],
      [' ', 0],
      ['c', ITALIC],
      [' ', 0],
      ['d', BOLD | ITALIC],
    ]);
  });

  it('quotes, several paragraphs as lines of one quote', () => {
    const block = only('> first\n>\n> second');
    expect(block.type).toBe('quote');
    expect(texts(block)).toEqual([['first', 0], 'linebreak', ['second', 0]]);
  });

  it('bulleted, numbered and check lists, nested lists in their own item', () => {
    expect(only('- a\n- b')).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul' });
    const numbered = only('3. x\n4. y');
    expect(numbered).toMatchObject({ type: 'list', listType: 'number', start: 3, tag: 'ol' });
    expect((numbered.children as { value: number }[]).map((item) => item.value)).toEqual([3, 4]);
    const check = only('- [x] done\n- [ ] not yet');
    expect(check).toMatchObject({ listType: 'check' });
    expect((check.children as { checked: boolean }[]).map((item) => item.checked)).toEqual([true, false]);
    const nested = only('- outer\n  - inner');
    const items = nested.children as { children: { type: string }[] }[];
    expect(items).toHaveLength(2);
    expect(items[1]!.children[0]!.type).toBe('list');
  });

  it('links to the web or mail; any other link keeps its words only', () => {
    const block = only('[site](https://example.com "t") and [run](javascript:alert(1))');
    const [link, rest] = block.children as Record<string, unknown>[];
    expect(link).toMatchObject({ type: 'link', url: 'https://example.com', title: 't' });
    expect(texts(link)).toEqual([['site', 0]]);
    expect(rest).toMatchObject({ type: 'text', text: ' and run' });
  });

  it('links keep their spelling; a reference link keeps its words only; raw HTML shows as its source', () => {
    const [link] = only('[x](https://bücher.example/ü?q=a%20b)').children as Record<string, unknown>[];
    expect(link).toMatchObject({ type: 'link', url: 'https://bücher.example/ü?q=a%20b', title: null });
    expect(only('[x](<https://example.com/a b ü>)').children).toMatchObject([{ url: 'https://example.com/a b ü' }]);
    expect(texts(only('[words][r]\n\n[r]: https://example.com'))).toEqual([['words', 0]]);
    expect(texts(only('a <b>bold</b> *c*'))).toEqual([
      ['a <b>bold</b> ', 0],
      ['c', ITALIC],
    ]);
    expect(texts(only('<div>\n**x**\n</div>'))).toEqual([
      ['<div>', 0],
      'linebreak',
      ['**x**', 0],
      'linebreak',
      ['</div>', 0],
    ]);
  });

  it('photo markers go without a trace; other images keep their description', () => {
    let images = 0;
    const options = { dropImage: (url: string) => url.startsWith('dayone-moment:'), onImage: () => (images += 1) };
    const blocks = strip(markdownToBlocks('a\n\n![](dayone-moment://P1)\n\n![a *cat*](cat.png)', options));
    expect((blocks as unknown[]).map(texts)).toEqual([[['a', 0]], [['a cat', 0]]]);
    expect(images).toBe(1);
  });

  it('deep nesting keeps its words', () => {
    expect(texts(only(`${'> '.repeat(50)}deep`))).toEqual([['deep', 0]]);
  });

  it('code blocks are code, with their lines; the language a fence names is kept', () => {
    const fenced = only('```js\nlet x = 1;\nx++\n```');
    expect(fenced).toMatchObject({ type: 'code', language: 'js' });
    expect(texts(fenced)).toEqual([['let x = 1;', 0], 'linebreak', ['x++', 0]]);
    const indented = only('    indented\n    code');
    expect(indented).toMatchObject({ type: 'code' });
    expect(indented).not.toHaveProperty('language');
  });

  it('a single line ending is a line break when the source says so, and a space in CommonMark', () => {
    const blocks = strip(markdownToBlocks('一行。\n二行。', { breaks: true })) as Record<string, unknown>[];
    expect(texts(blocks[0])).toEqual([['一行。', 0], 'linebreak', ['二行。', 0]]);
    expect(texts(only('一行。\n二行。'))).toEqual([['一行。 二行。', 0]]);
  });

  it('unknown constructs keep their words', () => {
    expect(texts(only('use `npm` here'))).toEqual([['use npm here', 0]]);
    expect(texts(only('![a cat](cat.png)'))).toEqual([['a cat', 0]]);
    expect(markdownToBlocks('---')).toEqual([]);
  });
});

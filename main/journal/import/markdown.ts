import MarkdownIt, { type Token } from 'markdown-it';
import {
  TEXT_FORMAT,
  element,
  linebreak,
  paragraph,
  pushText,
  type SerializedNode,
} from '../../../resources/templates/lexical-json';

/**
 * Markdown (CommonMark with GitHub's tables, as markdown-it reads it) to the Lexical nodes an entry holds
 * (renderer/src/editor/nodes.ts): paragraphs, headings (a fourth level and deeper shows as the third, as the
 * editor does), quotes, bulleted, numbered and check lists, tables, code blocks, links, line breaks, and text
 * with the bold (1), italic (2) and highlight (128) format bits. Anything else keeps its words: inline code
 * becomes plain text, an image its description, raw HTML its source as text; rules and link definitions carry
 * no words and go.
 *
 * Apps read the same Markdown differently, and `MarkdownOptions` says how this source means it: Obsidian,
 * Logseq, Joplin, Day One and most journals show each line where it was written (`breaks`), and Obsidian's
 * own marks (`obsidian`: `==highlights==`, `[[wikilinks]]`, `![[embeds]]`, inline `#tags`) mean something
 * there. Haven's own export is read as CommonMark, as it was written.
 */

const { bold: BOLD, italic: ITALIC, highlight: HIGHLIGHT } = TEXT_FORMAT;

export interface MarkdownOptions {
  /** Called for each image; return true to drop it without a trace (Day One's photo markers). */
  dropImage?: (url: string) => boolean;
  /** Told about each image that came in as its description only, or (from `![[…]]`) not at all. */
  onImage?: () => void;
  /** A single line ending is a line break, as written; CommonMark would join the lines with a space. */
  breaks?: boolean;
  /** Obsidian's marks: highlights, wikilinks as their words, embeds dropped, inline #tags as tags. */
  obsidian?: boolean;
  /** Called with each inline #tag's name; returns the tag chip to put in its place, or null to keep the text. */
  inlineTag?: (name: string) => SerializedNode | null;
}

/**
 * CommonMark and tables, nothing more: no strikethrough, no bare URLs made links, no smart quotes.
 * Raw HTML is recognised (html: true) only so that it comes through as its source, as text, line by line;
 * nothing here ever renders HTML. The preset reads 20 levels of nesting and drops what lies deeper; 1000
 * keeps any real entry whole (about 500 levels of lists), still well within the stack.
 */
const md = new MarkdownIt('commonmark', { html: true, linkify: false, typographer: false, maxNesting: 1000 });
// GitHub's pipe tables, which Obsidian, Joplin, Notesnook and Day One all write.
md.enable('table');
// Every link is read as written (the editor's own rule, SAFE_LINK below, says which may stay links), and
// URLs keep their spelling: no percent-encoding, no punycode.
md.validateLink = () => true;
md.normalizeLink = (url) => url;
md.normalizeLinkText = (url) => url;

const SAFE_LINK = /^(https?:|mailto:)/i;

/** An image's description as plain text: its words, with any line ending kept. */
function altText(tokens: readonly Token[] | null): string {
  let out = '';
  for (const token of tokens ?? []) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'html_inline') out += token.content;
    else if (token.type === 'softbreak') out += '\n';
    else if (token.type === 'image') out += altText(token.children);
  }
  return out;
}

/** A link or image made from a reference definition ("[words][ref]") rather than written in place. */
const fromReference = (token: Token): boolean => Boolean((token.meta as { label?: string } | null)?.label);

/** `[[target]]`, `[[target|alias]]` (`\\|` inside a table), `![[embed]]`, `==highlight==` and `#tag`. */
const OBSIDIAN_MARK =
  /(!?)\[\[([^\]\n]+?)\]\]|==(?=\S)([^=\n]*?\S)==|(^|[\s(,;])#((?:[\p{L}\p{N}_/-])*[\p{L}_/-](?:[\p{L}\p{N}_/-])*)/gu;

/** The words a wikilink shows: its alias, else its target without the path or a heading's '#'. */
function wikilinkWords(inner: string): string {
  const [target = '', alias] = inner.split(/\\?\|/, 2);
  if (alias?.trim()) return alias.trim();
  return target.replace(/#\^?/g, ' ').trim();
}

function obsidianText(out: SerializedNode[], value: string, format: number, options: MarkdownOptions): void {
  let at = 0;
  for (const match of value.matchAll(OBSIDIAN_MARK)) {
    const [whole, bang, link, highlighted, lead, tag] = match;
    pushText(out, value.slice(at, match.index), format);
    at = match.index + whole.length;
    if (link !== undefined) {
      // An embed shows another note or a picture there, which Haven doesn't keep: it goes, counted.
      if (bang) options.onImage?.();
      else pushText(out, wikilinkWords(link), format);
    } else if (highlighted !== undefined) {
      pushText(out, highlighted, format | HIGHLIGHT);
    } else if (tag !== undefined) {
      pushText(out, lead ?? '', format);
      const chip = options.inlineTag?.(tag) ?? null;
      if (chip) out.push(chip);
      else pushText(out, `#${tag}`, format);
    }
  }
  pushText(out, value.slice(at), format);
}

function inline(tokens: readonly Token[], out: SerializedNode[], options: MarkdownOptions): void {
  let bold = 0;
  let italic = 0;
  let target = out;
  let link: Token | null = null;
  for (const token of tokens) {
    const format = (bold > 0 ? BOLD : 0) | (italic > 0 ? ITALIC : 0);
    switch (token.type) {
      case 'text':
        if (options.obsidian) obsidianText(target, token.content, format, options);
        else pushText(target, token.content, format);
        break;
      case 'softbreak':
        // CommonMark reads the lines of a paragraph as one; a source that shows them as written keeps them.
        if (options.breaks) target.push(linebreak());
        else pushText(target, ' ', format);
        break;
      case 'code_inline':
      case 'html_inline':
        pushText(target, token.content, format);
        break;
      case 'hardbreak':
        target.push(linebreak());
        break;
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'link_open':
        link = token;
        target = [];
        break;
      case 'link_close': {
        const children = target;
        target = out;
        const url = String(link?.attrGet('href') ?? '');
        if (link && !fromReference(link) && SAFE_LINK.test(url) && children.length > 0) {
          out.push(element('link', children, { rel: 'noreferrer', target: null, title: link.attrGet('title'), url }));
        } else {
          for (const child of children) {
            if (child.type === 'text') pushText(out, String(child.text), child.format as number);
            else out.push(child);
          }
        }
        link = null;
        break;
      }
      case 'image':
        if (!fromReference(token) && options.dropImage?.(String(token.attrGet('src') ?? ''))) break;
        options.onImage?.();
        pushText(target, altText(token.children), format);
        break;
      default:
        if (token.content) pushText(target, token.content, format);
    }
  }
}

/** A block as markdown-it's flat token stream describes it, gathered into a tree. */
type Block =
  | { type: 'paragraph'; inline: Token[] }
  | { type: 'heading'; depth: number; inline: Token[] }
  | { type: 'blockquote' | 'listitem'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; children: Block[] }
  | { type: 'code'; value: string; language: string | null }
  | { type: 'html'; value: string }
  | { type: 'table'; rows: { header: boolean; cells: Token[][] }[] };

/** A table's rows from tokens[at] (just past table_open) to its table_close. */
function tableRows(tokens: readonly Token[], at: { i: number }): Extract<Block, { type: 'table' }>['rows'] {
  const rows: Extract<Block, { type: 'table' }>['rows'] = [];
  while (at.i < tokens.length) {
    const token = tokens[at.i++]!;
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open') rows.push({ header: false, cells: [] });
    else if (token.type === 'th_open' || token.type === 'td_open') {
      const row = rows.at(-1);
      const content = tokens[at.i]?.type === 'inline' ? (tokens[at.i++]!.children ?? []) : [];
      if (row) {
        row.header ||= token.type === 'th_open';
        row.cells.push(content);
      }
    }
  }
  return rows;
}

/** The blocks from tokens[at] up to the closing token that ends their parent (or the end). */
function blocks(tokens: readonly Token[], at: { i: number }): Block[] {
  const out: Block[] = [];
  while (at.i < tokens.length) {
    const token = tokens[at.i++]!;
    switch (token.type) {
      case 'paragraph_open':
      case 'heading_open': {
        const content = tokens[at.i]?.type === 'inline' ? (tokens[at.i++]!.children ?? []) : [];
        at.i += 1; // the closing token
        if (token.type === 'paragraph_open') out.push({ type: 'paragraph', inline: content });
        else out.push({ type: 'heading', depth: Number(token.tag.slice(1)), inline: content });
        break;
      }
      case 'blockquote_open':
        out.push({ type: 'blockquote', children: blocks(tokens, at) });
        break;
      case 'list_item_open':
        out.push({ type: 'listitem', children: blocks(tokens, at) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const start = ordered ? Number(token.attrGet('start') ?? 1) : 1;
        out.push({ type: 'list', ordered, start, children: blocks(tokens, at) });
        break;
      }
      case 'code_block':
      case 'fence':
        // markdown-it ends each line of the block with a line ending; the last one is no part of the text.
        out.push({ type: 'code', value: token.content.replace(/\n$/, ''), language: token.info.trim() || null });
        break;
      case 'html_block':
        out.push({ type: 'html', value: token.content.replace(/\n$/, '') });
        break;
      case 'table_open':
        out.push({ type: 'table', rows: tableRows(tokens, at) });
        break;
      default:
        // A closing token ends the parent's blocks. Rules (hr) carry no words; link definitions never reach
        // the token stream.
        if (token.nesting === -1) return out;
    }
  }
  return out;
}

/** The inline content of blocks that must sit on one level (a quote, a list item): lines between them. */
function flatten(nodes: readonly Block[], out: SerializedNode[], options: MarkdownOptions): void {
  for (const [index, node] of nodes.entries()) {
    const before = out.length;
    if (node.type === 'paragraph' || node.type === 'heading') inline(node.inline, out, options);
    else if (node.type === 'code' || node.type === 'html') lines(out, node.value);
    else if (node.type === 'table') {
      node.rows.forEach((row, i) => {
        if (i > 0) out.push(linebreak());
        row.cells.forEach((cell, j) => {
          if (j > 0) pushText(out, ' | ', 0);
          inline(cell, out, options);
        });
      });
    } else flatten(node.children, out, options);
    if (out.length > before && index < nodes.length - 1) out.push(linebreak());
  }
  // Lines at the very end of a block add nothing the eye can see.
  while (out.at(-1)?.type === 'linebreak') out.pop();
}

/**
 * "[ ] " or "[x] " opening an item: a task, as GitHub's Markdown (and Day One, and Obsidian) write them; an
 * empty task ("- [ ]") is one too.
 */
const TASK = /^\[([ xX])\](?:[ \t]+|$)/;
/** Obsidian shows any one character in the brackets as a task ("[/]" under way, "[-]" let go); only x is done. */
const OBSIDIAN_TASK = /^\[([^\]\n])\](?:[ \t]+|$)/;

function taskState(item: Block, options: MarkdownOptions): boolean | null {
  const first = item.type === 'listitem' ? item.children[0] : undefined;
  const lead = first?.type === 'paragraph' ? first.inline[0] : undefined;
  const match = lead?.type === 'text' ? (options.obsidian ? OBSIDIAN_TASK : TASK).exec(lead.content) : null;
  if (!match || !lead) return null;
  lead.content = lead.content.slice(match[0].length);
  return match[1] === 'x' || match[1] === 'X';
}

/**
 * A Markdown list as Lexical lists: a run of tasks is a check list and a run of other items keeps its own kind,
 * so bullets followed by tasks stay bullets, then a check list.
 */
function lists(node: Extract<Block, { type: 'list' }>, options: MarkdownOptions, depth = 0): SerializedNode[] {
  const states = node.children.map((item) => taskState(item, options));
  const out: SerializedNode[] = [];
  let number = node.start;
  let index = 0;
  while (index < node.children.length) {
    const check = states[index] !== null;
    const listType = check ? 'check' : node.ordered ? 'number' : 'bullet';
    const start = number;
    const items: SerializedNode[] = [];
    let value = 1;
    for (; index < node.children.length && (states[index] !== null) === check; index++) {
      const item = node.children[index]!;
      const children = item.type === 'listitem' ? item.children : [];
      const own: SerializedNode[] = [];
      flatten(
        children.filter((child) => child.type !== 'list'),
        own,
        options,
      );
      // A list item's indent is how deep its list sits, as the editor keeps it.
      const attributes = { value: value++, indent: depth, ...(check ? { checked: states[index] === true } : {}) };
      items.push(element('listitem', own, attributes));
      number += 1;
      // Lexical keeps a nested list in a list item of its own, right after its parent item.
      for (const sub of children) {
        if (sub.type === 'list') {
          items.push(element('listitem', lists(sub, options, depth + 1), { value: value++, indent: depth }));
        }
      }
    }
    for (const item of items) if (listType === 'number') item.value = (item.value as number) + start - 1;
    out.push(element('list', items, { listType, start, tag: listType === 'number' ? 'ol' : 'ul' }));
  }
  return out;
}

/** Lines of plain text, a line break between each. */
function lines(out: SerializedNode[], value: string): void {
  value.split('\n').forEach((line, i) => {
    if (i > 0) out.push(linebreak());
    pushText(out, line, 0);
  });
}

/** A table as Lexical's: rows of cells, each cell a paragraph; a header row's cells say so (headerState 1). */
function table(node: Extract<Block, { type: 'table' }>, options: MarkdownOptions): SerializedNode {
  const width = Math.max(1, ...node.rows.map((row) => row.cells.length));
  const rows = node.rows.map((row) => {
    const cells: SerializedNode[] = [];
    for (let i = 0; i < width; i++) {
      const children: SerializedNode[] = [];
      inline(row.cells[i] ?? [], children, options);
      cells.push(
        element('tablecell', [element('paragraph', children, { textFormat: 0, textStyle: '' })], {
          backgroundColor: null,
          colSpan: 1,
          headerState: row.header ? 1 : 0,
          rowSpan: 1,
        }),
      );
    }
    return element('tablerow', cells);
  });
  return element('table', rows);
}

function block(node: Block, options: MarkdownOptions): SerializedNode[] {
  switch (node.type) {
    case 'paragraph': {
      const children: SerializedNode[] = [];
      inline(node.inline, children, options);
      // A paragraph that held only a dropped photo marker leaves no empty line behind.
      return children.length ? [element('paragraph', children, { textFormat: 0, textStyle: '' })] : [];
    }
    case 'heading': {
      const children: SerializedNode[] = [];
      inline(node.inline, children, options);
      return [element('heading', children, { tag: `h${Math.min(node.depth, 3)}` })];
    }
    case 'blockquote': {
      const children: SerializedNode[] = [];
      flatten(node.children, children, options);
      return [element('quote', children)];
    }
    case 'list':
      return lists(node, options);
    case 'table':
      return [table(node, options)];
    case 'code': {
      const children: SerializedNode[] = [];
      lines(children, node.value);
      // No language is no key at all, as Lexical's code node writes it.
      return [element('code', children, node.language ? { language: node.language } : {})];
    }
    case 'html': {
      const children: SerializedNode[] = [];
      lines(children, node.value);
      return [paragraph(...children)];
    }
    case 'listitem':
      return node.children.flatMap((child) => block(child, options));
  }
}

/** The Lexical blocks for a Markdown text; none for an empty one. */
export function markdownToBlocks(markdown: string, options: MarkdownOptions = {}): SerializedNode[] {
  const tree = blocks(md.parse(markdown, {}), { i: 0 });
  return tree.flatMap((node) => block(node, options));
}

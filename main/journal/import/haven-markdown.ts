import MarkdownIt, { type Token } from 'markdown-it';
import {
  TEXT_FORMAT,
  element,
  linebreak,
  paragraph,
  pushText,
  text,
  type SerializedNode,
} from '../../../resources/templates/lexical-json';
import { FIELD_KINDS, fromField, lineLabel, type Field } from '../export/fields';
import { parseInstant } from './dates';
import type { ImportedEntry } from './model';

/**
 * Haven's own Markdown export (main/journal/export/markdown-zip.ts, docs/EXPORT.md) read back as the entry it
 * was: the day from `date`, the moments from `created` and `updated` (local time with its offset), the title
 * from `title` alone (a heading in the text stays a heading), the template, Haven's blocks from `fields` put
 * back where their lines sit, `#` chips as tags of the kind `tag_kinds` names, and the text block for block:
 * headings, quotes, lists of every kind, tables, code, links, line breaks and inline formats.
 */

const ID = /^[a-z0-9-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a file's front matter says it is Haven's own Markdown. */
export const isHavenMarkdown = (data: Record<string, unknown>): boolean =>
  typeof data.haven === 'number' && typeof data.id === 'string' && ID.test(data.id);

const md = new MarkdownIt('commonmark', { html: true, linkify: false, typographer: false, maxNesting: 1000 }).enable([
  'table',
  'strikethrough',
]);
// Escapes stay tokens of their own, so a `\#` the export wrote for a written "#" is never taken for a chip.
md.core.ruler.disable('text_join');
md.validateLink = () => true;
md.normalizeLink = (url) => url;
md.normalizeLinkText = (url) => url;

const SAFE_LINK = /^(https?:|mailto:)/i;
const { bold: BOLD, italic: ITALIC, strikethrough: STRIKE, code: CODE } = TEXT_FORMAT;

type Kinds = Map<string, string>;

const CHIP = /#(?:\[|([\p{L}\p{N}_-]+))/u;

/** Inline tokens as Lexical nodes; `#Name` and `#[Two words]` in plain text are chips. */
function inline(tokens: readonly Token[], kinds: Kinds): SerializedNode[] {
  const out: SerializedNode[] = [];
  let target = out;
  let bold = 0;
  let italic = 0;
  let strike = 0;
  let link: Token | null = null;
  /** The name of a `#[…]` chip while its words are read, across escapes. */
  const open: { name: string | null } = { name: null };
  const chipNode = (name: string): SerializedNode => ({
    type: 'haven-tag',
    version: 1,
    kind: kinds.get(name) ?? 'tag',
    name,
  });
  const plain = (value: string, format: number) => {
    let rest = value;
    while (rest) {
      if (open.name !== null) {
        const end = rest.indexOf(']');
        if (end < 0) {
          open.name += rest;
          return;
        }
        target.push(chipNode(open.name + rest.slice(0, end)));
        open.name = null;
        rest = rest.slice(end + 1);
        continue;
      }
      const match = CHIP.exec(rest);
      if (!match) {
        pushText(target, rest, format);
        return;
      }
      pushText(target, rest.slice(0, match.index), format);
      rest = rest.slice(match.index + match[0].length);
      if (match[1] !== undefined) target.push(chipNode(match[1]));
      else open.name = '';
    }
  };
  for (const token of tokens) {
    const format = (bold ? BOLD : 0) | (italic ? ITALIC : 0) | (strike ? STRIKE : 0);
    switch (token.type) {
      case 'text':
        plain(token.content, format);
        break;
      case 'text_special':
        if (open.name !== null) open.name += token.content;
        else pushText(target, token.content, format);
        break;
      case 'softbreak':
        pushText(target, ' ', format);
        break;
      case 'hardbreak':
        target.push(linebreak());
        break;
      case 'html_inline':
        if (/^<br\s*\/?>$/i.test(token.content)) target.push(linebreak());
        else pushText(target, token.content, format);
        break;
      case 'code_inline':
        pushText(target, token.content, format | CODE);
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
      case 's_open':
        strike += 1;
        break;
      case 's_close':
        strike -= 1;
        break;
      case 'link_open':
        link = token;
        target = [];
        break;
      case 'link_close': {
        const words = target;
        target = out;
        const url = String(link?.attrGet('href') ?? '');
        if (SAFE_LINK.test(url) && words.length > 0) {
          out.push(
            element('link', words, { rel: 'noreferrer', target: null, title: link?.attrGet('title') ?? null, url }),
          );
        } else out.push(...words);
        link = null;
        break;
      }
      case 'image':
        pushText(target, token.content, format);
        break;
    }
  }
  if (open.name !== null) pushText(out, `#[${open.name}`, 0);
  return out;
}

interface Block {
  node: SerializedNode;
  /** How a field's line would be known: the heading's or the italic line's words, or a bold label. */
  key: string | null;
  /** A paragraph opening with an unescaped "[ ] " or "[x] ": a checklist item's box, when in a list. */
  task?: boolean;
}

const plainText = (nodes: readonly SerializedNode[], format?: number): string | null =>
  nodes.every((node) => node.type === 'text' && (format === undefined || node.format === format))
    ? nodes.map((node) => String(node.text)).join('')
    : null;

const TASK = /^\[([ xX])\](?:[ \t]|$)/;

/** Reads blocks from `tokens[at.i]` to the closing token of the parent (or the end). */
function blocks(tokens: readonly Token[], at: { i: number }, kinds: Kinds): Block[] {
  const out: Block[] = [];
  while (at.i < tokens.length) {
    const token = tokens[at.i++]!;
    if (token.nesting === -1) return out;
    switch (token.type) {
      case 'paragraph_open': {
        const lead = tokens[at.i]?.children?.[0];
        const box = lead?.type === 'text' ? TASK.exec(lead.content) : null;
        const children = inline(tokens[at.i]?.children ?? [], kinds);
        at.i += 2;
        const italic = plainText(children, ITALIC);
        const first = children[0];
        const key =
          italic !== null && children.length
            ? `prompt:${italic}`
            : first?.type === 'text' && first.format === BOLD
              ? `line:${String(first.text)}`
              : null;
        out.push({
          node: element('paragraph', children, { textFormat: 0, textStyle: '' }),
          key,
          ...(box ? { task: box[1] !== ' ' } : {}),
        });
        break;
      }
      case 'heading_open': {
        const children = inline(tokens[at.i]?.children ?? [], kinds);
        at.i += 2;
        const level = Number(token.tag.slice(1));
        const words = plainText(children, 0);
        out.push({
          node: element('heading', children, { tag: `h${Math.min(level, 3)}` }),
          key: level === 2 && words !== null ? `section:${words}` : null,
        });
        break;
      }
      case 'blockquote_open': {
        const inner = blocks(tokens, at, kinds);
        const children: SerializedNode[] = [];
        inner.forEach((block, i) => {
          if (i > 0) children.push(linebreak());
          children.push(...((block.node.children as SerializedNode[] | undefined) ?? []));
        });
        out.push({ node: element('quote', children), key: null });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        out.push({ node: list(tokens, at, token, kinds), key: null });
        break;
      case 'fence':
      case 'code_block': {
        const children: SerializedNode[] = [];
        const content = token.content.replace(/\n$/, '');
        if (content) {
          content.split('\n').forEach((line, i) => {
            if (i > 0) children.push(linebreak());
            if (line) children.push(text(line));
          });
        }
        const language = token.type === 'fence' ? token.info.trim() : '';
        out.push({ node: element('code', children, { language: language || null }), key: null });
        break;
      }
      case 'table_open':
        out.push({ node: table(tokens, at, kinds), key: null });
        break;
      case 'html_block':
        out.push({ node: paragraph(text(token.content.replace(/\n$/, ''))), key: null });
        break;
      default:
        break;
    }
  }
  return out;
}

function list(tokens: readonly Token[], at: { i: number }, open: Token, kinds: Kinds): SerializedNode {
  const ordered = open.type === 'ordered_list_open';
  const start = ordered ? Number(open.attrGet('start') ?? 1) : 1;
  const items: { own: SerializedNode[]; nested: SerializedNode[]; task: boolean | null }[] = [];
  while (at.i < tokens.length) {
    const token = tokens[at.i++]!;
    if (token.nesting === -1) break;
    if (token.type !== 'list_item_open') continue;
    const own: SerializedNode[] = [];
    const nested: SerializedNode[] = [];
    let hasOwn = false;
    let task: boolean | null = null;
    for (const block of blocks(tokens, at, kinds)) {
      if (block.node.type === 'list') nested.push(block.node);
      else {
        if (hasOwn) own.push(linebreak());
        else if (block.task !== undefined) task = block.task;
        own.push(...((block.node.children as SerializedNode[] | undefined) ?? []));
        hasOwn = true;
      }
    }
    items.push({ own: hasOwn || nested.length === 0 ? own : [], nested, task: hasOwn ? task : null });
  }
  const check = !ordered && items.length > 0 && items.every((item) => item.task !== null || item.own.length === 0);
  const listType = check && items.some((item) => item.task !== null) ? 'check' : ordered ? 'number' : 'bullet';
  const children: SerializedNode[] = [];
  let value = start;
  for (const item of items) {
    const lead = item.own[0];
    if (listType === 'check' && item.task !== null && lead?.type === 'text') {
      lead.text = String(lead.text).replace(TASK, '');
      if (!lead.text) item.own.shift();
    }
    if (item.own.length > 0 || item.nested.length === 0 || item.task !== null) {
      const extra: Record<string, unknown> = { value: value++ };
      if (listType === 'check') extra.checked = item.task === true;
      children.push(element('listitem', item.own, extra));
    }
    for (const sub of item.nested) children.push(element('listitem', [sub], { value: value++ }));
  }
  return element('list', children, { listType, start, tag: ordered ? 'ol' : 'ul' });
}

function table(tokens: readonly Token[], at: { i: number }, kinds: Kinds): SerializedNode {
  const rows: SerializedNode[] = [];
  let cells: SerializedNode[] = [];
  while (at.i < tokens.length) {
    const token = tokens[at.i++]!;
    if (token.type === 'table_close') break;
    if (token.type === 'tr_open') cells = [];
    else if (token.type === 'tr_close') rows.push(element('tablerow', cells));
    else if (token.type === 'th_open' || token.type === 'td_open') {
      const children = inline(tokens[at.i]?.children ?? [], kinds);
      cells.push(
        element('tablecell', [element('paragraph', children, { textFormat: 0, textStyle: '' })], {
          backgroundColor: null,
          colSpan: 1,
          rowSpan: 1,
          headerState: token.type === 'th_open' ? 1 : 0,
        }),
      );
    }
  }
  return element('table', rows);
}

const matches = (block: Block, field: Field): boolean => {
  if (block.key === null) return false;
  if (field.kind === 'text') return block.key === `section:${field.label}`;
  if (field.kind === 'prompt') return block.key === `prompt:${field.text}`;
  return block.key === `line:${lineLabel(field.label ?? '')}`;
};

const hasValue = (field: Field): boolean =>
  field.kind === 'text' || field.kind === 'prompt'
    ? true
    : Array.isArray(field.value)
      ? field.value.length > 0
      : field.value !== null && field.value !== undefined && field.value !== '';

/**
 * The text's blocks with Haven's blocks put back: each field takes the place of its line, in order; a field
 * with nothing set has no line and goes just before the next one that has. A section's heading or a question
 * with no text after it gets an empty paragraph to write in, as a new entry has.
 */
function assemble(found: readonly Block[], fields: readonly SerializedNode[], described: readonly Field[]) {
  const out: SerializedNode[] = [];
  let next = 0;
  for (const block of found) {
    let j = next;
    while (j < described.length && !hasValue(described[j]!)) j += 1;
    if (j < described.length && matches(block, described[j]!)) {
      out.push(...fields.slice(next, j + 1));
      next = j + 1;
    } else out.push(block.node);
  }
  out.push(...fields.slice(next));
  const withRoom: SerializedNode[] = [];
  out.forEach((node, i) => {
    withRoom.push(node);
    const after = out[i + 1];
    if (
      (node.type === 'haven-section' || node.type === 'haven-prompt') &&
      (!after || after.type.startsWith('haven-'))
    ) {
      withRoom.push(paragraph());
    }
  });
  if (withRoom.length === 0 || withRoom.at(-1)!.type.startsWith('haven-')) withRoom.push(paragraph());
  return withRoom;
}

/** Why a file can't be read, as the end of a sentence about it ("its date “…” can’t be read"). */
class Unreadable extends Error {}

function readFields(value: unknown): Field[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Unreadable('its fields aren’t a list');
  return value.map((raw, i) => {
    const field = raw as Field | null;
    if (typeof field !== 'object' || field === null || !FIELD_KINDS.includes(field.kind)) {
      throw new Unreadable(`its field ${i + 1} isn’t one Haven knows`);
    }
    return { ...field, id: typeof field.id === 'string' ? field.id : '' };
  });
}

function moment(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (value === undefined || value === null) return null;
  const at = parseInstant(value);
  if (!at) throw new Unreadable(`its time “${String(value).slice(0, 60)}” can’t be read`);
  return at.toISOString();
}

export type HavenMarkdownRead = { ok: true; entry: ImportedEntry; tags: string[] } | { ok: false; why: string };

/** One file of Haven's Markdown as its entry, with the names of its tags for the preview, or why it can't be. */
export function readHavenMarkdown(data: Record<string, unknown>, body: string): HavenMarkdownRead {
  try {
    return { ok: true, ...readEntry(data, body) };
  } catch (error) {
    if (error instanceof Unreadable) return { ok: false, why: error.message };
    throw error;
  }
}

function readEntry(data: Record<string, unknown>, body: string): { entry: ImportedEntry; tags: string[] } {
  const date = typeof data.date === 'string' && DAY.test(data.date) ? data.date : null;
  if (!date) throw new Unreadable(`its date “${String(data.date).slice(0, 60)}” can’t be read`);
  const createdAt = moment(data, 'created') ?? `${date}T12:00:00.000Z`;
  const updatedAt = moment(data, 'updated') ?? createdAt;
  const template = typeof data.template === 'string' && ID.test(data.template) ? data.template : 'blank';
  const version = data.template_version;

  const kinds: Kinds = new Map();
  const written = data.tag_kinds;
  if (typeof written === 'object' && written !== null) {
    for (const [kind, names] of Object.entries(written as Record<string, unknown>)) {
      if (!['trigger', 'emotion', 'need'].includes(kind) || !Array.isArray(names)) continue;
      for (const name of names) if (typeof name === 'string') kinds.set(name, kind);
    }
  }
  const described = readFields(data.fields).map((field) => {
    const node = fromField(field, template);
    return { field: { ...field, label: String(node.label ?? field.label ?? '') }, node };
  });
  const found = blocks(md.parse(body, {}), { i: 0 }, kinds);
  const children = assemble(
    found,
    described.map(({ node }) => node),
    described.map(({ field }) => field),
  );
  const tags = Array.isArray(data.tags) ? data.tags.filter((tag): tag is string => typeof tag === 'string') : [];
  return {
    entry: {
      id: data.id as string,
      date,
      createdAt,
      updatedAt: updatedAt >= createdAt ? updatedAt : createdAt,
      title: data.title === undefined || data.title === null ? '' : String(data.title).slice(0, 500),
      template,
      templateVersion: typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null,
      doc: JSON.stringify({ root: element('root', children) }),
    },
    tags,
  };
}

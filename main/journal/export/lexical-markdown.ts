import type { TagKind } from '../../../preload/contract';
import { fieldLine, isFieldNode, toField, type Field } from './fields';

/**
 * An entry's Lexical document as Haven's Markdown (docs/EXPORT.md), written so that Haven's Markdown import
 * (main/journal/import/haven-markdown.ts) reads every block back as it was: headings, paragraphs, quotes,
 * lists (bulleted, numbered, checklists, nested), tables (GitHub's pipes), code (fenced, with its language),
 * links, line breaks, bold, italic, strikethrough and inline code. Haven's own blocks become lines a person
 * reads (a section's heading as `## …`, a question in italics, "**Emotions:** Hurt 8/10"), and their values
 * go into the front matter's `fields`, which is what the import reads. A tag chip is `#Name`, or `#[Two words]`;
 * every other `#`, and everything else Markdown would read as markup, is escaped.
 */

interface Node {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

export interface EntryMarkdown {
  body: string;
  fields: Field[];
  /** The names of the chips in the text that are triggers, emotions or needs; any other chip is a plain tag. */
  chipKinds: Partial<Record<Exclude<TagKind, 'tag'>, string[]>>;
}

const children = (node: Node): Node[] =>
  Array.isArray(node.children)
    ? (node.children as unknown[]).filter((c): c is Node => typeof c === 'object' && c !== null)
    : [];

const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const CODE = 16;

/** Characters Markdown could read as markup anywhere in a line; `#` is a tag chip's mark in Haven's Markdown. */
export const escapeText = (value: string): string =>
  value.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/&(?=#?\w+;)/g, '\\&');

/** What only a line's start makes markup: a list marker, a setext underline, an ordered item's number. */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Spaces and tabs at a line's edges, which Markdown trims, written as character references it keeps. */
const keepEdges = (line: string) =>
  line
    .replace(/^[ \t]+/, (run) => run.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
    .replace(/[ \t]+$/, (run) => run.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));

function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(value) ? ' ' : '';
  return `${ticks}${pad}${value}${pad}${ticks}`;
}

const CHIP_WORD = /^[\p{L}\p{N}_-]+$/u;
const WORD_CHAR = /^[\p{L}\p{N}_-]/u;

interface Inline {
  kinds: EntryMarkdown['chipKinds'];
  /** Set after a `#[…]` chip: a "(" right after it would make it a link. */
  escapeParen?: boolean;
}

function chip(node: Node, next: Node | undefined, ctx: Inline): string {
  const name = typeof node.name === 'string' ? node.name : '';
  if (!name) return '';
  const kind = node.kind;
  if (kind === 'trigger' || kind === 'emotion' || kind === 'need') {
    const list = (ctx.kinds[kind] ??= []);
    if (!list.includes(name)) list.push(name);
  }
  const following = next?.type === 'text' && typeof next.text === 'string' ? next.text : '';
  if (CHIP_WORD.test(name) && !WORD_CHAR.test(following)) return `#${name}`;
  ctx.escapeParen = true;
  return `#[${escapeText(name)}]`;
}

/** Inline content as Markdown, with '\n' where a line break sits: the block decides how a break is written. */
function inline(nodes: readonly Node[], ctx: Inline): string {
  let out = '';
  nodes.forEach((node, index) => {
    const afterChip = ctx.escapeParen === true;
    ctx.escapeParen = false;
    switch (node.type) {
      case 'text':
      case 'code-highlight': {
        const raw = typeof node.text === 'string' ? node.text : '';
        const format = typeof node.format === 'number' ? node.format : 0;
        if (format & CODE && raw) {
          out += codeSpan(raw);
          break;
        }
        // Markers must hug the words; spaces at the edges stay outside them.
        const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw)!;
        let marked = escapeText(core!);
        if (marked && format & STRIKE) marked = `~~${marked}~~`;
        if (marked && format & ITALIC) marked = `*${marked}*`;
        if (marked && format & BOLD) marked = `**${marked}**`;
        const text = `${lead}${marked}${trail}`;
        out += afterChip && text.startsWith('(') ? `\\${text}` : text;
        break;
      }
      case 'tab':
        out += '\t';
        break;
      case 'linebreak':
        out += '\n';
        break;
      case 'link':
      case 'autolink': {
        const words = inline(children(node), ctx);
        if (typeof node.url !== 'string') {
          out += words;
          break;
        }
        const url = node.url.replace(/([<>\\])/g, '\\$1').replace(/\n/g, '%0A');
        const title =
          typeof node.title === 'string' && node.title ? ` "${node.title.replace(/(["\\])/g, '\\$1')}"` : '';
        out += `[${words}](<${url}>${title})`;
        break;
      }
      case 'haven-tag':
        out += chip(node, nodes[index + 1], ctx);
        break;
      default:
        if (typeof node.text === 'string') out += escapeText(node.text);
        else out += inline(children(node), ctx);
    }
  });
  return out;
}

/**
 * Lines of inline Markdown: breaks inside become hard breaks (`\` at a line's end, `indent` before the next),
 * breaks at the edges, where Markdown would drop them, `<br>`.
 */
function lines(content: string, indent: string): string {
  const lead = /^\n*/.exec(content)![0].length;
  const trail = /\n*$/.exec(content)![0].length;
  if (lead === content.length) return '';
  const middle = content.slice(lead, content.length - trail);
  const body = middle
    .split('\n')
    .map((line, i) => {
      const kept = keepEdges(line);
      return i === 0 ? kept : escapeLineStart(kept);
    })
    .join(`\\\n${indent}`);
  return `${'<br>'.repeat(lead)}${lead ? body : escapeLineStart(body)}${'<br>'.repeat(trail)}`;
}

/** Inline content on one line (a heading, a table cell): every break is `<br>`. */
const oneLine = (content: string) => content.split('\n').map(keepEdges).join('<br>');

function list(node: Node, indent: string, ctx: Inline, alternate: boolean): string[] {
  const out: string[] = [];
  let number = typeof node.start === 'number' ? node.start : 1;
  const bullet = alternate ? '*' : '-';
  const delimiter = alternate ? ')' : '.';
  let lastMarker = bullet;
  for (const item of children(node)) {
    const nested = children(item).filter((child) => child.type === 'list');
    const own = children(item).filter((child) => child.type !== 'list');
    if (own.length > 0 || nested.length === 0) {
      const marker =
        node.listType === 'number'
          ? `${number}${delimiter}`
          : node.listType === 'check'
            ? `${bullet} [${item.checked === true ? 'x' : ' '}]`
            : bullet;
      lastMarker = node.listType === 'check' ? bullet : marker;
      const inner = `${indent}${' '.repeat(lastMarker.length + 1)}`;
      const text = lines(inline(own, ctx), inner);
      out.push(`${indent}${marker}${text ? ` ${text}` : ''}`);
    } else if (out.length === 0) {
      // A list that opens on a nested list still needs an item to hang it from.
      out.push(`${indent}${bullet}`);
    }
    if (node.listType === 'number') number += 1;
    const inner = `${indent}${' '.repeat(lastMarker.length + 1)}`;
    nested.forEach((sub, i) => out.push(...list(sub, inner, ctx, i % 2 === 1)));
  }
  return out;
}

function table(node: Node, ctx: Inline): string {
  const rows = children(node).map((row) =>
    children(row).map((cell) =>
      oneLine(
        children(cell)
          .map((block) => inline(children(block), ctx))
          .join('\n'),
      ),
    ),
  );
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`.replace(/ {2}\|/g, ' |');
  const [head = [], ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

function code(node: Node): string {
  const content = children(node)
    .map((child) => (child.type === 'linebreak' ? '\n' : child.type === 'tab' ? '\t' : String(child.text ?? '')))
    .join('');
  const longest = Math.max(2, ...(content.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const language = typeof node.language === 'string' ? node.language.replace(/[\s`]/g, '') : '';
  return `${fence}${language}\n${content}${content ? '\n' : ''}${fence}`;
}

/**
 * Markdown for a document's root children, with its fields and chip kinds; `template` lets fields leave out
 * what the built-in template says already.
 */
export function documentMarkdown(doc: string, template: string): EntryMarkdown {
  const result: EntryMarkdown = { body: '', fields: [], chipKinds: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    return result;
  }
  const root = (parsed as { root?: Node } | null)?.root;
  if (!root) return result;
  const ctx: Inline = { kinds: result.chipKinds };
  const blocks: string[] = [];
  let previousList = false;
  let alternate = false;
  for (const node of children(root)) {
    let text: string | null = null;
    const isList = node.type === 'list';
    // Two lists side by side would run together as one: the second changes its marker.
    alternate = isList && previousList ? !alternate : false;
    previousList = isList;
    if (isFieldNode(node)) {
      const field = toField(node, template);
      if (field) result.fields.push(field);
      if (node.type === 'haven-section') text = `## ${oneLine(escapeText(String(node.label ?? '')))}`;
      else if (node.type === 'haven-prompt') text = node.text ? `*${oneLine(escapeText(String(node.text)))}*` : null;
      else {
        const line = fieldLine(node);
        if (line) text = `**${escapeText(line.label)}** ${escapeLineStart(escapeText(line.value))}`;
      }
    } else {
      switch (node.type) {
        case 'paragraph':
          text = lines(inline(children(node), ctx), '');
          break;
        case 'heading': {
          const level = Math.min(6, Math.max(1, Number(String(node.tag).slice(1)) || 1));
          text = `${'#'.repeat(level)} ${oneLine(inline(children(node), ctx))}`;
          break;
        }
        case 'quote': {
          const content = lines(inline(children(node), ctx), '> ');
          text = content ? `> ${content}` : null;
          break;
        }
        case 'list':
          text = list(node, '', ctx, alternate).join('\n');
          break;
        case 'table':
          text = table(node, ctx);
          break;
        case 'code':
          text = code(node);
          break;
        default:
          text = lines(inline(children(node), ctx), '');
      }
    }
    if (text !== null && text.trim() !== '') blocks.push(text);
    else if (node.type === 'list') previousList = false;
  }
  result.body = blocks.join('\n\n');
  return result;
}

/** Plain text as Markdown paragraphs: each line its own, and nothing in it read as Markdown. */
export const plainTextMarkdown = (text: string): string =>
  text
    .split(/\n{2,}/)
    .map((block) => lines(escapeText(block), ''))
    .filter((block) => block.trim() !== '')
    .join('\n\n');

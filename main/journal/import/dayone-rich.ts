import {
  TEXT_FORMAT,
  element,
  linebreak,
  paragraph,
  text,
  type SerializedNode,
} from '../../../resources/templates/lexical-json';

/**
 * Day One's `richText`: a JSON string beside `text` that says what its editor showed, line by line. Its
 * `contents` are runs of text with inline attributes (bold, italic, highlight, a link) and, on the run that
 * ends a line, that line's attributes: a heading level, a list style (bulleted, numbered, checkbox, with
 * `checked` and an `indentLevel`), a quote or a code block. Photos sit in runs of their own
 * (`embeddedObjects`) and are counted from the entry's `photos` instead. Each newline is a line of its own,
 * as Day One shows it; lines run together into one paragraph until an empty line, as in Markdown read with
 * its line breaks. Null when the string isn't this shape, so the reader falls back to `text`.
 */

interface LineAttributes {
  header?: number;
  listStyle?: string;
  checked?: boolean;
  indentLevel?: number;
  quote?: boolean;
  codeBlock?: boolean;
}

interface Run {
  text: string;
  format: number;
  link: string | null;
}

interface Line {
  runs: Run[];
  attrs: LineAttributes;
}

const SAFE_LINK = /^(https?:|mailto:)/i;
/** The formats an entry keeps (the editor's ContentRulesPlugin drops the rest): strikethrough and code go. */
const { bold: BOLD, italic: ITALIC, underline: UNDERLINE, highlight: HIGHLIGHT } = TEXT_FORMAT;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function formatOf(attributes: Record<string, unknown>): number {
  let format = 0;
  if (attributes.bold === true) format |= BOLD;
  if (attributes.italic === true) format |= ITALIC;
  if (attributes.underline === true) format |= UNDERLINE;
  if (typeof attributes.highlightedColor === 'string' || attributes.highlight === true) format |= HIGHLIGHT;
  return format;
}

function linesOf(contents: unknown[]): Line[] | null {
  const lines: Line[] = [];
  let current: Line = { runs: [], attrs: {} };
  for (const item of contents) {
    if (!isObject(item)) return null;
    if (typeof item.text !== 'string') continue;
    const attributes = isObject(item.attributes) ? item.attributes : {};
    const line = isObject(attributes.line) ? (attributes.line as LineAttributes) : null;
    const format = formatOf(attributes);
    const url = typeof attributes.linkURL === 'string' ? attributes.linkURL : null;
    const pieces = item.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) {
        lines.push(current);
        current = { runs: [], attrs: {} };
      }
      // A run's line attributes belong to the lines it ends, and to the line it opens only if it writes there.
      if (line && (piece || i < pieces.length - 1)) current.attrs = line;
      if (piece) current.runs.push({ text: piece, format, link: url && SAFE_LINK.test(url) ? url : null });
    });
  }
  if (current.runs.length > 0) lines.push(current);
  return lines;
}

function inlineOf(line: Line): SerializedNode[] {
  const out: SerializedNode[] = [];
  for (const run of line.runs) {
    const node = text(run.text, run.format);
    const last = out.at(-1);
    if (run.link) {
      if (last?.type === 'link' && last.url === run.link) (last.children as SerializedNode[]).push(node);
      else out.push(element('link', [node], { rel: 'noreferrer', target: null, title: null, url: run.link }));
    } else if (last?.type === 'text' && last.format === run.format) last.text = `${String(last.text)}${run.text}`;
    else out.push(node);
  }
  return out;
}

const kindOf = (attrs: LineAttributes): string =>
  attrs.listStyle ? 'list' : attrs.header ? 'heading' : attrs.codeBlock ? 'code' : attrs.quote ? 'quote' : 'plain';

const LIST_TYPES: Record<string, { listType: string; tag: string }> = {
  bulleted: { listType: 'bullet', tag: 'ul' },
  numbered: { listType: 'number', tag: 'ol' },
  checkbox: { listType: 'check', tag: 'ul' },
};

const depthOf = (line: Line) => Math.max(1, Math.floor(line.attrs.indentLevel ?? 1));

/** List lines from `at` on, at `depth` and deeper, as lists: a deeper line nests under the item before it. */
function listsOf(lines: Line[], at: { i: number }, depth: number): SerializedNode[] {
  const out: SerializedNode[] = [];
  const more = () => at.i < lines.length && lines[at.i]!.attrs.listStyle && depthOf(lines[at.i]!) >= depth;
  while (more()) {
    const style = LIST_TYPES[lines[at.i]!.attrs.listStyle ?? ''] ?? LIST_TYPES.bulleted!;
    const items: SerializedNode[] = [];
    while (more()) {
      const line = lines[at.i]!;
      if (depthOf(line) > depth) {
        items.push(element('listitem', listsOf(lines, at, depth + 1), { value: items.length + 1, indent: depth - 1 }));
        continue;
      }
      if ((LIST_TYPES[line.attrs.listStyle ?? ''] ?? LIST_TYPES.bulleted) !== style) break;
      const checked = style.listType === 'check' ? { checked: line.attrs.checked === true } : {};
      items.push(element('listitem', inlineOf(line), { value: items.length + 1, indent: depth - 1, ...checked }));
      at.i += 1;
    }
    out.push(element('list', items, { ...style, start: 1 }));
  }
  return out;
}

function joined(lines: Line[]): SerializedNode[] {
  const out: SerializedNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push(linebreak());
    out.push(...inlineOf(line));
  });
  return out;
}

export function richTextBlocks(richText: string): { title: string; blocks: SerializedNode[] } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(richText);
  } catch {
    return null;
  }
  if (!isObject(parsed) || !Array.isArray(parsed.contents)) return null;
  const lines = linesOf(parsed.contents);
  if (!lines) return null;

  let title = '';
  const start = lines.findIndex((line) => line.runs.length > 0);
  if (start >= 0 && lines[start]!.attrs.header) {
    title = lines[start]!.runs.map((run) => run.text)
      .join('')
      .trim()
      .slice(0, 500);
    lines.splice(0, start + 1);
  }

  const blocks: SerializedNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const kind = kindOf(line.attrs);
    if (kind === 'list') {
      const at = { i };
      blocks.push(...listsOf(lines, at, 1));
      i = at.i;
    } else if (kind === 'heading') {
      blocks.push(element('heading', inlineOf(line), { tag: `h${Math.min(Math.max(line.attrs.header!, 1), 3)}` }));
      i += 1;
    } else if (kind === 'plain' && line.runs.length === 0) {
      i += 1;
    } else {
      const run: Line[] = [];
      while (i < lines.length && kindOf(lines[i]!.attrs) === kind && (kind !== 'plain' || lines[i]!.runs.length > 0)) {
        run.push(lines[i++]!);
      }
      if (kind === 'code') blocks.push(element('code', joined(run)));
      else if (kind === 'quote') blocks.push(element('quote', joined(run)));
      else blocks.push(paragraph(...joined(run)));
    }
  }
  return { title, blocks };
}

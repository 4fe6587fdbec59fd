import { format } from 'date-fns';
import { parseDate } from '../dates';
import { fieldLine } from './fields';
import type { ExportedRow } from './select';

/**
 * The PDF export's page: chosen entries as a small book, in HTML that Chromium prints (pdf.ts). A title page
 * with the journal's name and the days it covers, then each entry with its date and title, the person's
 * paragraphs, headings, lists, quotes, tables and code, each section's question above its answer, and field
 * values as labelled lines ("Emotions: Hurt 8/10, Lonely 5/10"). Every block reads its own direction
 * (dir="auto"), so Hebrew and Arabic run right to left beside English. Nothing is cut: long titles and words
 * wrap. The page is self-contained: its fonts come inline, its policy forbids loading anything, and it holds
 * no script.
 */

interface Node {
  type?: unknown;
  text?: unknown;
  format?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

const children = (node: Node): Node[] =>
  Array.isArray(node.children)
    ? (node.children as unknown[]).filter((c): c is Node => typeof c === 'object' && c !== null)
    : [];

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const SAFE_LINK = /^(https?:|mailto:)/i;

function inline(nodes: readonly Node[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'code-highlight': {
        let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
        const bits = typeof node.format === 'number' ? node.format : 0;
        if (bits & 16) html = `<code>${html}</code>`;
        if (bits & 8) html = `<u>${html}</u>`;
        if (bits & 4) html = `<s>${html}</s>`;
        if (bits & 2) html = `<em>${html}</em>`;
        if (bits & 1) html = `<strong>${html}</strong>`;
        out += html;
        break;
      }
      case 'tab':
        out += '\t';
        break;
      case 'linebreak':
        out += '<br>';
        break;
      case 'link':
      case 'autolink': {
        const words = inline(children(node));
        out +=
          typeof node.url === 'string' && SAFE_LINK.test(node.url)
            ? `<a href="${escapeHtml(node.url)}">${words}</a>`
            : words;
        break;
      }
      case 'haven-tag':
        out += typeof node.name === 'string' ? `<span class="tag">${escapeHtml(node.name)}</span>` : '';
        break;
      default:
        if (typeof node.text === 'string') out += escapeHtml(node.text);
        else out += inline(children(node));
    }
  }
  return out;
}

function list(node: Node): string {
  const tag = node.listType === 'number' ? 'ol' : 'ul';
  const start = tag === 'ol' && typeof node.start === 'number' && node.start !== 1 ? ` start="${node.start}"` : '';
  const check = node.listType === 'check';
  const items = children(node).map((item) => {
    const nested = children(item).filter((child) => child.type === 'list');
    const own = children(item).filter((child) => child.type !== 'list');
    const box = check ? `<span class="box">${item.checked === true ? '☑' : '☐'}</span> ` : '';
    const style = own.length === 0 && nested.length > 0 ? ' class="holder"' : '';
    return `<li dir="auto"${style}>${own.length ? box : ''}${inline(own)}${nested.map(list).join('')}</li>`;
  });
  return `<${tag}${start}${check ? ' class="check"' : ''}>${items.join('')}</${tag}>`;
}

function table(node: Node): string {
  const rows = children(node).map((row) => {
    const cells = children(row).map((cell) => {
      const tag = typeof cell.headerState === 'number' && cell.headerState > 0 ? 'th' : 'td';
      const content = children(cell)
        .map((block) => inline(children(block)))
        .join('<br>');
      return `<${tag} dir="auto">${content}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}

function code(node: Node): string {
  const content = children(node)
    .map((child) => (child.type === 'linebreak' ? '\n' : child.type === 'tab' ? '\t' : String(child.text ?? '')))
    .join('');
  return `<pre dir="ltr"><code>${escapeHtml(content)}</code></pre>`;
}

function block(node: Node): string {
  switch (node.type) {
    case 'paragraph': {
      const html = inline(children(node));
      return html.replace(/<br>/g, '').trim() ? `<p dir="auto">${html}</p>` : '';
    }
    case 'heading': {
      // The entry's title is the page's h2; the person's own headings sit below it.
      const level = Math.min(3, Math.max(1, Number(String(node.tag).slice(1)) || 1)) + 2;
      return `<h${level} dir="auto">${inline(children(node))}</h${level}>`;
    }
    case 'quote':
      return `<blockquote dir="auto">${inline(children(node))}</blockquote>`;
    case 'list':
      return list(node);
    case 'table':
      return table(node);
    case 'code':
      return code(node);
    case 'haven-section':
      return typeof node.label === 'string' && node.label
        ? `<h3 class="question" dir="auto">${escapeHtml(node.label)}</h3>`
        : '';
    case 'haven-prompt':
      return typeof node.text === 'string' && node.text
        ? `<p class="question prompt" dir="auto">${escapeHtml(node.text)}</p>`
        : '';
    case 'haven-picker':
    case 'haven-intensity':
    case 'haven-response':
    case 'haven-choice': {
      const line = fieldLine(node);
      return line
        ? `<p class="field" dir="auto"><span class="label">${escapeHtml(line.label)}</span> ${escapeHtml(line.value)}</p>`
        : '';
    }
    default: {
      const html = inline(children(node));
      return html ? `<p dir="auto">${html}</p>` : '';
    }
  }
}

function documentHtml(doc: string): string | null {
  try {
    const root = (JSON.parse(doc) as { root?: Node } | null)?.root;
    return root ? children(root).map(block).join('\n') : null;
  } catch {
    return null;
  }
}

const plainTextHtml = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p dir="auto">${escapeHtml(line)}</p>`)
    .join('\n');

const longDate = (date: string) => format(parseDate(date), 'EEEE d MMMM yyyy');
const shortDate = (date: string) => format(parseDate(date), 'd MMMM yyyy');

/** "3 June 2021 to 25 November 2026", or the one day. */
export function dateRange(rows: readonly ExportedRow[]): string {
  if (rows.length === 0) return '';
  const dates = rows.map((row) => row.date).sort();
  const first = dates[0]!;
  const last = dates.at(-1)!;
  return first === last ? shortDate(first) : `${shortDate(first)} to ${shortDate(last)}`;
}

const STYLE = `
@page { size: A4; margin: 22mm 20mm 24mm; }
:root { color: #2e2623; font-family: 'Literata Variable', 'Noto Serif', 'DejaVu Serif', 'Noto Serif CJK SC',
  'Noto Sans CJK SC', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Color Emoji', serif; font-size: 11pt;
  line-height: 1.55; }
body { margin: 0; }
.sans, .date, .question, .field .label, .cover .range, .cover .count, th { font-family: 'Source Sans 3 Variable',
  'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Color Emoji', sans-serif; }
* { overflow-wrap: anywhere; }
.cover { break-after: page; min-height: 230mm; display: flex; flex-direction: column; justify-content: center;
  text-align: center; }
.cover h1 { font-size: 30pt; font-weight: 500; margin: 0 0 8mm; line-height: 1.2; }
.cover .range { font-size: 13pt; color: #5c4d46; margin: 0; }
.cover .count { font-size: 10.5pt; color: #7a6a62; margin: 3mm 0 0; }
.entry { margin: 0 0 14mm; }
.entry + .entry { border-top: 0.6pt solid #d8c8bd; padding-top: 9mm; }
.entry header { break-inside: avoid; break-after: avoid; margin-bottom: 5mm; }
.date { font-size: 10.5pt; letter-spacing: 0.02em; color: #a4553a; margin: 0 0 1.5mm; }
h2.title { font-size: 17pt; font-weight: 600; line-height: 1.3; margin: 0; }
h3, h4, h5 { line-height: 1.3; break-after: avoid; margin: 5mm 0 2mm; }
h3 { font-size: 13pt; } h4 { font-size: 12pt; } h5 { font-size: 11pt; }
.question { font-size: 10.5pt; font-weight: 600; color: #7b3f2b; margin: 5mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.field { margin: 2mm 0; }
.field .label { font-weight: 600; color: #5c4d46; }
blockquote { margin: 3mm 0; padding: 0 0 0 4mm; border-inline-start: 2pt solid #d8c8bd; color: #4a3d37; }
ul, ol { margin: 0 0 2.5mm; padding-inline-start: 6mm; }
ul.check { list-style: none; padding-inline-start: 2mm; }
li.holder { list-style: none; }
.box { font-family: 'DejaVu Sans', sans-serif; }
.tag { color: #a4553a; }
code, pre { font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', monospace; font-size: 9.5pt; }
pre { white-space: pre-wrap; background: #f6efe9; padding: 3mm; border-radius: 2mm; margin: 3mm 0; }
table { border-collapse: collapse; margin: 3mm 0; }
th, td { border: 0.6pt solid #d8c8bd; padding: 1.5mm 2.5mm; text-align: start; vertical-align: top; }
a { color: inherit; }
`;

/** What Chromium prints at each page's foot: the page's number. */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-size:8.5pt;color:#7a6a62;font-family:sans-serif">' +
  '<span class="pageNumber"></span></div>';

export interface BookOptions {
  /** The journal's name, for the title page and the document's title. */
  name: string;
  /** `@font-face` rules for the bundled typefaces (fonts.ts); none leaves the system's. */
  fontFaces?: string;
}

/** The whole book as one self-contained HTML page. */
export function bookHtml(rows: readonly ExportedRow[], options: BookOptions): string {
  const count = rows.length === 1 ? 'One entry' : `${rows.length.toLocaleString('en')} entries`;
  const entries = rows.map((row) => {
    const body = (row.readable ? documentHtml(row.doc) : null) ?? plainTextHtml(row.text);
    const title = row.title ? `<h2 class="title" dir="auto">${escapeHtml(row.title)}</h2>` : '';
    return `<article class="entry">\n<header><p class="date">${escapeHtml(longDate(row.date))}</p>${title}</header>\n${body}\n</article>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<title>${escapeHtml(options.name)}</title>
<style>${options.fontFaces ?? ''}${STYLE}</style>
</head>
<body>
<section class="cover">
<h1 dir="auto">${escapeHtml(options.name)}</h1>
<p class="range">${escapeHtml(dateRange(rows))}</p>
<p class="count">${count}</p>
</section>
${entries.join('\n')}
</body>
</html>
`;
}

import { document, paragraph, text, type SerializedNode } from '../../../resources/templates/lexical-json';
import { markdownToBlocks } from './markdown';
import { documentFor } from './model';

/**
 * Text as the apps without Markdown keep it (Daylio's notes, Standard Notes' plain and rich notes), and
 * Markdown as the apps whose editors keep every line (Mini Diary, Standard Notes' Markdown editors), made into
 * an entry's blocks so that each line the person saw stays a line. Nothing here renders HTML: tags are read
 * only to know where a line ends, and go.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Where a block tag opened or closed, until the edges are counted; the source's own NULs are gone by then. */
const EDGE = '\0';

/** Tags that end a line where they open or close. */
const LINE_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|tr|table|section|article|header|footer)\b[^>]*>/gi;

/** Whether a text is written in HTML rather than plain words: it opens with a tag, or holds line tags. */
export const looksLikeHtml = (value: string): boolean =>
  /^\s*<(?:p|div|h[1-6]|ul|ol|span|b|i|font|br)\b/i.test(value) || /<br\s*\/?>/i.test(value);

/** HTML-ish text as plain lines: `<br>` and block tags end lines, every other tag goes, entities are read. */
export function htmlToText(value: string): string {
  return decodeEntities(
    value
      .replace(/\r\n?/g, '\n')
      // Line endings inside HTML source are not lines the person saw.
      .replace(/[\n\0]/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, `${EDGE}• `)
      .replace(LINE_TAG, EDGE)
      // Only what is shaped like a tag goes: "I <3 you" and "a < b > c" keep their words.
      .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')
      // Block edges in a row end one line: two paragraphs side by side leave no empty line between them.
      .replace(/[ \t]*\0(?:[ \t]*\0)*[ \t]*/g, '\n'),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text as blocks: a paragraph per line, an empty one for an empty line, none at either end. */
export function plainTextBlocks(value: string): SerializedNode[] {
  const lines = value.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  return lines.map((line) => (line.trim() ? paragraph(text(line.replace(/\s+$/, ''))) : paragraph()));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Markdown whose every line ending is a line the person saw: each line that runs on into the next gets
 * Markdown's hard break (two spaces at its end), so CommonMark doesn't join the lines with spaces. Fenced code
 * is left as written. Spaces at the end of a block count for nothing, so a line that a list item or a heading
 * follows reads as before.
 */
export function keepLineBreaks(markdown: string): string {
  let fence: string | null = null;
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index, lines) => {
      const opens = FENCE.exec(line)?.[1];
      if (fence !== null) {
        if (opens && opens[0] === fence[0] && opens.length >= fence.length) fence = null;
        return line;
      }
      if (opens) {
        fence = opens;
        return line;
      }
      const next = lines[index + 1];
      if (next === undefined || next.trim() === '' || line.trim() === '' || /\\$| {2}$/.test(line)) return line;
      return `${line}  `;
    })
    .join('\n');
}

/** Markdown with its lines kept, as blocks. */
export const markdownLineBlocks = (markdown: string): SerializedNode[] => markdownToBlocks(keepLineBreaks(markdown));

/**
 * An entry's document: its blocks, then its tags as chips in a last paragraph, made by the one writer of tag
 * chips (model.ts `documentFor`), so that the document alone says what the entry is tagged with. A document
 * never ends in a field, so there is always a place to write after it.
 */
export function entryDocument(blocks: readonly SerializedNode[], tags: readonly string[]): string {
  const chips =
    tags.length > 0
      ? (JSON.parse(documentFor('', tags)) as { root: { children: SerializedNode[] } }).root.children
      : [];
  const nodes = [...blocks, ...chips];
  if (nodes.at(-1)?.type !== 'paragraph') nodes.push(paragraph());
  return document(...nodes);
}

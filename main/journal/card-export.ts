import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Card } from '../../preload/contract';
import { textOf } from './derive';

/**
 * A conversation card leaves Haven as PDF, Markdown or plain text, and only the card: its title and the text
 * of its document, block by block. Nothing else of the journal is read here.
 */

export type CardBlock =
  { kind: 'title' | 'heading' | 'paragraph' | 'quote'; text: string } | { kind: 'item'; text: string; marker: string };

interface Node {
  type?: unknown;
  tag?: unknown;
  listType?: unknown;
  children?: unknown;
}

/** The card's top-level blocks as text, read with derive.ts's walker; lists become one block per item. */
export function cardBlocks(card: Pick<Card, 'title' | 'doc'>): CardBlock[] {
  const blocks: CardBlock[] = [];
  if (card.title.trim()) blocks.push({ kind: 'title', text: card.title.trim() });
  let root: Node | null;
  try {
    root = (JSON.parse(card.doc) as { root?: Node }).root ?? null;
  } catch {
    root = null;
  }
  const children = Array.isArray(root?.children) ? (root.children as Node[]) : [];
  for (const child of children) {
    if (typeof child !== 'object' || child === null) continue;
    if (child.type === 'list' && Array.isArray(child.children)) {
      (child.children as Node[]).forEach((item, i) => {
        const text = textOf(item);
        if (text) blocks.push({ kind: 'item', text, marker: child.listType === 'number' ? `${i + 1}.` : '-' });
      });
      continue;
    }
    const text = textOf(child);
    if (!text) continue;
    const kind = child.type === 'heading' ? 'heading' : child.type === 'quote' ? 'quote' : 'paragraph';
    blocks.push({ kind, text });
  }
  return blocks;
}

export function cardText(card: Pick<Card, 'title' | 'doc'>): string {
  return cardBlocks(card)
    .map((block) => (block.kind === 'item' ? `${block.marker} ${block.text}` : block.text))
    .join('\n\n');
}

/** Markdown's own characters at the start of a line would turn the person's words into markup. */
const escapeLine = (line: string) => line.replace(/^(\s*)([#>*+-]|\d+\.)(?=\s)/, '$1\\$2');

export function cardMarkdown(card: Pick<Card, 'title' | 'doc'>): string {
  const lines = cardBlocks(card).map((block) => {
    const text = block.text.split('\n').map(escapeLine).join('  \n');
    switch (block.kind) {
      case 'title':
        return `# ${text}`;
      case 'heading':
        return `## ${text}`;
      case 'quote':
        return `> ${text}`;
      case 'item':
        return `${block.marker} ${text}`;
      default:
        return text;
    }
  });
  return `${lines.join('\n\n')}\n`;
}

/** Windows-1252's characters above ASCII that Latin-1 lacks: curly quotes, dashes, the ellipsis and a few more. */
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const NEAR: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2212': '-',
  '\u00ad': '',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
};
const encodable = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.has(char);
};

/**
 * The standard PDF fonts draw Windows-1252 only (pdf-lib throws on anything else): a character outside it
 * becomes its nearest equivalent (an accent dropped, a hyphen for a non-breaking one), else '?'.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (char === '\t') out += ' ';
    else if (encodable(char)) out += char;
    else if (char in NEAR) out += NEAR[char];
    else {
      const bare = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += bare && [...bare].every(encodable) ? bare : /\p{Cc}/u.test(char) ? '' : '?';
    }
  }
  return out;
}

export interface PdfLine {
  text: string;
  size: number;
  bold: boolean;
  /** Space before the line, in points. */
  gap: number;
}

const STYLE: Record<CardBlock['kind'], { size: number; bold: boolean; gap: number }> = {
  title: { size: 18, bold: true, gap: 0 },
  heading: { size: 13, bold: true, gap: 14 },
  paragraph: { size: 11, bold: false, gap: 6 },
  quote: { size: 11, bold: false, gap: 6 },
  item: { size: 11, bold: false, gap: 3 },
};

/** Splits text into lines no wider than `width`, by words; a word wider than a line is cut by characters. */
export function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (measure(rest) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut)) > width) cut -= 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** The lines a card's PDF draws, in order: what the tests read, since a PDF's text can't be read back easily. */
export function layoutCard(
  card: Pick<Card, 'title' | 'doc'>,
  width: number,
  measure: (text: string, size: number, bold: boolean) => number,
): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const block of cardBlocks(card)) {
    const style = STYLE[block.kind];
    const prefix = block.kind === 'item' ? `${block.marker} ` : block.kind === 'quote' ? '“' : '';
    const text = toWinAnsi(`${prefix}${block.text}${block.kind === 'quote' ? '”' : ''}`);
    wrap(text, width, (line) => measure(line, style.size, style.bold)).forEach((line, i) =>
      lines.push({ text: line, size: style.size, bold: style.bold, gap: i === 0 ? style.gap : 0 }),
    );
  }
  return lines;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };

/** An A4 PDF of the card, in Helvetica; with the lines it drew. */
export async function cardPdf(card: Pick<Card, 'title' | 'doc'>): Promise<{ bytes: Uint8Array; lines: PdfLine[] }> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(toWinAnsi(card.title || 'Conversation card'));
  pdf.setCreator('Haven');
  pdf.setProducer('Haven');
  const fonts: Record<'regular' | 'bold', PDFFont> = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const fontOf = (bold: boolean) => (bold ? fonts.bold : fonts.regular);
  const width = PAGE.width - 2 * PAGE.margin;
  const lines = layoutCard(card, width, (text, size, bold) => fontOf(bold).widthOfTextAtSize(text, size));
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  for (const line of lines) {
    const height = line.size * 1.35;
    if (y - line.gap - height < PAGE.margin) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - PAGE.margin;
    } else {
      y -= line.gap;
    }
    y -= height;
    if (line.text) page.drawText(line.text, { x: PAGE.margin, y, size: line.size, font: fontOf(line.bold) });
  }
  return { bytes: await pdf.save(), lines };
}

/** A file name from the card's title, safe on every platform. */
export function cardFileName(card: Pick<Card, 'title'>, extension: string): string {
  const base =
    card.title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'Conversation card';
  return `${base}.${extension}`;
}

export interface ExportDeps {
  /** The chosen path, or null when the person cancelled. */
  choosePath(options: {
    title: string;
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  write(path: string, data: string | Uint8Array): Promise<void>;
}

/**
 * Writes the card where the person chooses ('pdf', 'markdown'), or only answers its text ('text'). `path` is
 * null for 'text' and when the person cancelled the dialog.
 */
export async function exportCard(
  card: Card,
  format: 'pdf' | 'markdown' | 'text',
  deps: ExportDeps,
): Promise<{ path: string | null; text: string }> {
  if (format === 'text') return { path: null, text: cardText(card) };
  const markdown = format === 'markdown';
  const path = await deps.choosePath({
    title: 'Save the conversation card',
    defaultName: cardFileName(card, markdown ? 'md' : 'pdf'),
    filters: [markdown ? { name: 'Markdown', extensions: ['md'] } : { name: 'PDF', extensions: ['pdf'] }],
  });
  const text = markdown ? cardMarkdown(card) : cardText(card);
  if (!path) return { path: null, text };
  await deps.write(path, markdown ? text : (await cardPdf(card)).bytes);
  return { path, text };
}

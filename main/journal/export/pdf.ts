import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { format } from 'date-fns';
import { parseDate } from '../dates';
import type { ExportedRow } from './select';

/**
 * A PDF of chosen entries, for printing or handing to a therapist: each entry's date, title and text, on
 * A4 with generous margins. It uses the standard Helvetica fonts (nothing embedded, a small file), which
 * speak WinAnsi only: other characters are written as their closest plain letters (é stays é, ő becomes o),
 * and what has none (emoji, most non-Latin scripts) as "?", so nothing fails to print.
 */

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 64;
const BODY_SIZE = 11;
const LEADING = 16;

function encoder(font: PDFFont): (text: string) => string {
  const ok = new Map<string, boolean>();
  const encodable = (char: string) => {
    let known = ok.get(char);
    if (known === undefined) {
      try {
        font.encodeText(char);
        known = true;
      } catch {
        known = false;
      }
      ok.set(char, known);
    }
    return known;
  };
  return (text) =>
    Array.from(text.replace(/\t/g, '    '), (char) => {
      if (encodable(char)) return char;
      const plain = char.normalize('NFKD').replace(/\p{M}/gu, '');
      return plain && Array.from(plain).every(encodable) ? plain : '?';
    }).join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(\s+)/)) {
      const next = line + word;
      if (font.widthOfTextAtSize(next, size) <= width || line === '') {
        line = next;
        // A single word wider than the page is cut where it must be.
        while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      } else {
        lines.push(line.trimEnd());
        line = word.trimStart();
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

const longDate = (date: string) => format(parseDate(date), 'EEEE d MMMM yyyy');

export async function entriesPdf(rows: readonly ExportedRow[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setProducer('Haven');
  pdf.setCreator('Haven');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const plain = encoder(regular);
  const strong = encoder(bold);
  const width = PAGE.width - 2 * MARGIN;
  let page: PDFPage = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;

  const line = (text: string, font: PDFFont, size: number, leading: number) => {
    if (y - leading < MARGIN) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
    }
    y -= leading;
    if (text) page.drawText(text, { x: MARGIN, y, size, font });
  };

  rows.forEach((row, index) => {
    if (index > 0) y -= LEADING * 1.5;
    // An entry's heading never sits alone at the foot of a page.
    if (y - LEADING * 4 < MARGIN) y = MARGIN;
    for (const text of wrap(strong(longDate(row.date)), bold, 13, width)) line(text, bold, 13, 20);
    if (row.title)
      for (const text of wrap(strong(row.title), bold, BODY_SIZE, width)) line(text, bold, BODY_SIZE, LEADING);
    y -= 4;
    for (const text of wrap(plain(row.text), regular, BODY_SIZE, width)) line(text, regular, BODY_SIZE, LEADING);
  });
  if (rows.length === 0) line('No entries were chosen.', regular, BODY_SIZE, LEADING);
  return pdf.save();
}

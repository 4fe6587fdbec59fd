import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bookHtml } from '../../../main/journal/export/book';
import { entriesPdf } from '../../../main/journal/export/pdf';
import type { ExportedRow } from '../../../main/journal/export/select';
import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import { sectionNodes } from '../../../resources/templates/document';
import { paragraph, text, type SerializedNode } from '../../../resources/templates/lexical-json';
import { launchedPrinter } from '../../e2e/support/print-pdf';

const printer = launchedPrinter();
afterAll(() => printer.close());

const SCRIPTS = {
  latin: 'Crème brûlée, naïve façade, Ærø, Łódź, ő',
  greek: 'Η μέρα ήταν μεγάλη',
  cyrillic: 'Сегодня я устала',
  hebrew: 'הרגשתי שלא שמעו אותי',
  arabic: 'شعرت بالوحدة هذا المساء',
  chinese: '今天我们吵架了',
  japanese: '今日は少し寂しかった',
  emoji: '🤗☕🌙',
};

const LONG_TITLE = Array.from({ length: 50 }, (_, i) => `word${String(i).padStart(2, '0')}x`)
  .join(' ')
  .padEnd(500, 'z');

function filled(id: string): string {
  const template = BUILTIN_TEMPLATES.find((t) => t.id === id)!;
  const nodes = template.sections.flatMap((section) =>
    sectionNodes(section).map((node): SerializedNode => {
      switch (node.type) {
        case 'haven-picker':
          return node.kind === 'emotion'
            ? {
                ...node,
                items: [
                  { name: 'Hurt', intensity: 8 },
                  { name: 'Lonely', intensity: 5 },
                ],
              }
            : { ...node, items: [{ name: 'Plans changed at the last minute', intensity: null }] };
        case 'haven-intensity':
          return { ...node, value: 7 };
        case 'haven-response':
          return { ...node, value: 'withdrew' };
        case 'haven-choice':
          return { ...node, value: (node.options as string[])[0] };
        case 'paragraph':
          return paragraph(text(`Written under ${String(section.id)}.`));
        default:
          return node;
      }
    }),
  );
  return JSON.stringify({ root: { type: 'root', version: 1, children: nodes } });
}

const blocks = (...children: SerializedNode[]) => JSON.stringify({ root: { type: 'root', version: 1, children } });

const row = (date: string, title: string, doc: string, template = 'blank'): ExportedRow => ({
  id: `${date}-${template}`,
  date,
  title,
  template,
  templateVersion: 1,
  doc,
  text: '',
  createdAt: `${date}T21:00:00.000Z`,
  updatedAt: `${date}T21:00:00.000Z`,
  tags: [],
  readable: true,
});

const ROWS: ExportedRow[] = [
  row(
    '2021-06-02',
    'Every script',
    blocks(
      paragraph(text('First paragraph ends here.')),
      paragraph(text('Second paragraph starts here.')),
      ...Object.values(SCRIPTS).map((words) => paragraph(text(words))),
    ),
  ),
  row('2024-03-10', LONG_TITLE, blocks(paragraph(text('A long title above.')))),
  row('2026-11-25', 'After the argument', filled('trigger-log'), 'trigger-log'),
  row('2026-11-26', 'Making it right', filled('repair'), 'repair'),
];

function pdfText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'haven-pdf-')), 'book.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFKC');
}

const squeeze = (value: string) => value.replace(/\s+/g, '');

describe('the PDF export reads as a little book', () => {
  it('holds real text in every script, every question above its answer, labelled fields and the whole title', async () => {
    const pdf = await entriesPdf(ROWS, 'Robin’s journal', printer);
    const extracted = pdfText(pdf);
    const pages = extracted.split('\f').filter((page) => page.trim());

    // A title page with the name and the days the book covers.
    expect(pages[0]).toContain('Robin’s journal');
    expect(squeeze(pages[0]!)).toContain(squeeze('2 June 2021 to 26 November 2026'));
    expect(pages[0]).toContain('4 entries');

    const flat = extracted.replace(/\s+/g, ' ');
    for (const [script, words] of Object.entries(SCRIPTS)) {
      expect(squeeze(extracted), script).toContain(squeeze(words.normalize('NFKC')));
    }
    expect(extracted).toMatch(/First paragraph ends here\.\s*\n\s*Second paragraph starts here\./);
    // The only question marks are the questions' own.
    const questions = BUILTIN_TEMPLATES.flatMap((t) => t.sections).flatMap((section) =>
      'label' in section ? [section.label] : [section.text],
    );
    const unasked = questions.reduce((rest, question) => rest.split(question).join(''), flat);
    expect(unasked).not.toContain('?');

    // Every section's question sits above what was written under it.
    for (const id of ['trigger-log', 'repair']) {
      const from = flat.indexOf(id === 'repair' ? 'Making it right' : 'After the argument');
      for (const section of BUILTIN_TEMPLATES.find((t) => t.id === id)!.sections) {
        const question = section.kind === 'prompt' ? section.text : section.kind === 'text' ? section.label : null;
        if (question === null) continue;
        const answer = flat.indexOf(`Written under ${section.id}.`, from);
        expect(answer, section.id).toBeGreaterThan(0);
        const asked = flat.lastIndexOf(question, answer);
        expect(asked, question).toBeGreaterThan(from);
      }
    }
    expect(flat).toContain('Emotions: Hurt 8/10, Lonely 5/10');
    expect(flat).toContain('Intensity: 7/10');
    expect(flat).toContain('Response: Withdrew');
    expect(flat).toContain('Is this mine, ours, or both? Mine');
    expect(flat).toContain('Triggers: Plans changed at the last minute');

    expect(squeeze(extracted)).toContain(squeeze(LONG_TITLE));
    expect(flat).toContain('Wednesday 2 June 2021');

    // Every page after the title page carries its number at its foot.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => expect(page.trim().split('\n').at(-1)!.trim(), `page ${i + 1}`).toBe(String(i + 1)));
  }, 60_000);

  it('is one self-contained page: no script, nothing loaded, each block reading its own direction', () => {
    const html = bookHtml(ROWS, { name: 'Robin <3' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:"`);
    expect(html).toContain('<h1 dir="auto">Robin &lt;3</h1>');
    expect(html).toContain(`<p dir="auto">${SCRIPTS.hebrew}</p>`);
    expect(html).toContain('<h3 class="question" dir="auto">What happened</h3>');
    expect(html).toContain('<span class="label">Emotions:</span> Hurt 8/10, Lonely 5/10');
    expect(html).not.toMatch(/src=|href="(?!https?:|mailto:)/);
  });
});

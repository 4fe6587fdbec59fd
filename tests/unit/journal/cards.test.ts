import { mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cardMarkdown,
  cardPdf,
  cardText,
  exportCard,
  layoutCard,
  toWinAnsi,
  wrap,
} from '../../../main/journal/card-export';
import { createCards, inFirstPerson } from '../../../main/journal/cards';
import { deriveFromDoc } from '../../../main/journal/derive';
import { PERIOD, UM, patternsJournal } from './patterns-fixture';

async function cardsJournal() {
  const journal = await patternsJournal();
  const cards = createCards(journal.vault.db, () => new Date('2026-03-15T20:00:00Z'), {
    entry: (id) => journal.entries.get(id),
    insights: (period) => journal.patterns.report(period).insights,
  });
  return { ...journal, cards };
}

const MARKERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'T', 'P1', 'P2', 'P3'].map((key) => `MARKER-${key}`);
const markersIn = (text: string) => MARKERS.filter((marker) => text.includes(marker));

describe('conversation cards', () => {
  it('drafts I-statements from a chosen entry’s fields and sections, and from nothing else', async () => {
    const { cards, ids } = await cardsJournal();
    const card = cards.draft({ ...PERIOD, insightIds: [], entryIds: [ids.C!] });
    const text = deriveFromDoc(card.doc).text;
    expect(text).toContain('When the phone stayed quiet all evening MARKER-C, I felt Anxious (6/10) and Hurt (5/10).');
    expect(text).toContain('The story I told myself was: Story MARKER-C: that I was too much again.');
    expect(text).toContain('What I needed was Reassurance.');
    expect(text).toContain('One thing that would help: Help MARKER-C: a short text saying you are busy.');
    expect(text).toContain('I appreciate …');
    expect(markersIn(text)).toEqual(['MARKER-C']);
    expect(card).toMatchObject({ title: `About '${UM}'`, from: PERIOD.from, to: PERIOD.to, threshold: null });
    expect(card.sources).toEqual([{ kind: 'entry', id: ids.C, date: '2026-03-04', title: '' }]);
  });

  it('puts an insight in the first person for the card, leaving the names of tags as they are', () => {
    expect(inFirstPerson("'Unanswered message' came up 6 times. You stayed present 2 of 6 times.")).toBe(
      "'Unanswered message' came up 6 times. I stayed present 2 of 6 times.",
    );
    expect(inFirstPerson("When 'Not being asked how you are' came up, the need you named most often was Rest.")).toBe(
      "When 'Not being asked how you are' came up, the need I named most often was Rest.",
    );
    expect(inFirstPerson('You noted what you did 6 times.')).toBe('I noted what I did 6 times.');
  });

  it('drafts from an insight with its text and the tags it names', async () => {
    const { cards, patterns, ids } = await cardsJournal();
    const insight = patterns.report(PERIOD).insights.find((candidate) => candidate.kind === 'need-with-trigger')!;
    const card = cards.draft({ ...PERIOD, insightIds: [insight.id], entryIds: [ids.A!] });
    const text = deriveFromDoc(card.doc).text;
    expect(text).toContain(`What I noticed: ${inFirstPerson(insight.text)}`);
    expect(text).toContain(`When '${UM}' came up, I felt …`);
    // A gap ends its sentence itself: never "….".
    expect(text).not.toContain('….');
    expect(text).toContain('What I needed was Reassurance.');
    expect(markersIn(text)).toEqual(['MARKER-A']);
    expect(card.sources.map((source) => source.kind)).toEqual(['insight', 'entry']);
    expect(() => cards.draft({ ...PERIOD, insightIds: ['top-trigger:nothing'], entryIds: [] })).toThrow(/no longer/);
  });

  it('takes the threshold from the entries’ "When it needs attention" choice, soon first', async () => {
    const { cards, entries } = await cardsJournal();
    const withTiming = (value: string) =>
      entries.save({
        date: '2026-03-13',
        title: 'Timing',
        template: 'trigger-log',
        doc: JSON.stringify({
          root: {
            type: 'root',
            children: [
              {
                type: 'haven-choice',
                version: 1,
                sectionId: 'timing',
                label: 'When',
                hint: '',
                options: ['Needs a response soon', 'Can wait'],
                value,
              },
            ],
          },
        }),
      }).id;
    const wait = withTiming('Can wait');
    const soon = withTiming('Needs a response soon');
    expect(cards.draft({ ...PERIOD, insightIds: [], entryIds: [wait] }).threshold).toBe('can-wait');
    const both = cards.draft({ ...PERIOD, insightIds: [], entryIds: [wait, soon] });
    expect(both.threshold).toBe('soon');
    expect(deriveFromDoc(both.doc).text).toContain('This needs a response soon.');
  });

  it('keeps edits, lists newest first and deletes', async () => {
    const { cards, ids } = await cardsJournal();
    const first = cards.draft({ ...PERIOD, insightIds: [], entryIds: [ids.A!] });
    const edited = cards.save({ id: first.id, title: 'For Sunday', doc: first.doc, threshold: 'can-wait' });
    expect(edited).toMatchObject({ title: 'For Sunday', threshold: 'can-wait' });
    expect(cards.get(first.id).title).toBe('For Sunday');
    const list = cards.list();
    expect(list).toHaveLength(1);
    expect(list[0]!.excerpt).toMatch(/^What I’d like to share/);
    expect(list[0]).not.toHaveProperty('doc');
    cards.remove(first.id);
    expect(cards.list()).toEqual([]);
    expect(() => cards.get(first.id)).toThrow(/no longer/);
    expect(() => cards.save({ id: first.id, title: '', doc: '{}', threshold: null })).toThrow(/no longer/);
  });
});

describe('exporting a card', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'haven-card-'));

  it('writes a PDF of the card alone, where the person chose', async () => {
    const { cards, ids } = await cardsJournal();
    const card = cards.draft({ ...PERIOD, insightIds: [], entryIds: [ids.B!] });
    const path = join(dir(), 'card.pdf');
    let asked: { defaultName: string } | null = null;
    const result = await exportCard(card, 'pdf', {
      choosePath: async (options) => {
        asked = options;
        return path;
      },
      write: (target, data) => writeFile(target, data),
    });
    expect(result.path).toBe(path);
    expect(asked!.defaultName).toBe(`About 'Unanswered message'.pdf`);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { lines } = await cardPdf(card);
    const drawn = lines.map((line) => line.text).join('\n');
    expect(drawn).toContain('MARKER-B');
    expect(drawn).toContain(`About 'Unanswered message'`);
    expect(markersIn(drawn)).toEqual(['MARKER-B']);
  });

  it('writes Markdown and answers plain text, with only the card’s words', async () => {
    const { cards, ids } = await cardsJournal();
    const card = cards.draft({ ...PERIOD, insightIds: [], entryIds: [ids.D!] });
    const path = join(dir(), 'card.md');
    await exportCard(card, 'markdown', {
      choosePath: async () => path,
      write: (target, data) => writeFile(target, data),
    });
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toMatch(/^# About 'Unanswered message'\n\n## What I’d like to share\n/);
    expect(markersIn(markdown)).toEqual(['MARKER-D']);
    expect(markdown).toBe(cardMarkdown(card));
    const text = await exportCard(card, 'text', {
      choosePath: async () => {
        throw new Error('text needs no dialog');
      },
      write: async () => {
        throw new Error('text writes nothing');
      },
    });
    expect(text).toEqual({ path: null, text: cardText(card) });
    expect(markersIn(text.text)).toEqual(['MARKER-D']);
  });

  it('writes nothing when the person cancels', async () => {
    const { cards, ids } = await cardsJournal();
    const card = cards.draft({ ...PERIOD, insightIds: [], entryIds: [ids.A!] });
    const written: string[] = [];
    const result = await exportCard(card, 'pdf', {
      choosePath: async () => null,
      write: async (target) => void written.push(target),
    });
    expect(result.path).toBeNull();
    expect(written).toEqual([]);
  });

  it('keeps Windows-1252 typography and maps the rest to near characters', () => {
    expect(toWinAnsi('“I’d like…” – ok — €5')).toBe('“I’d like…” – ok — €5');
    expect(toWinAnsi('Zoë naïve ł → 😀\ttab')).toBe('Zoë naïve l ? ? tab');
    expect(toWinAnsi('ŝ')).toBe('s');
  });

  it('wraps lines by words within the width, cutting only words wider than a line', () => {
    const measure = (text: string) => text.length;
    expect(wrap('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrap('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
    const lines = layoutCard(
      {
        title: 'T',
        doc: JSON.stringify({
          root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'a b c d e f' }] }] },
        }),
      },
      3,
      (text) => text.length,
    );
    expect(lines.map((line) => line.text)).toEqual(['T', 'a b', 'c d', 'e f']);
  });
});

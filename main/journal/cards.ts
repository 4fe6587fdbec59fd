import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Card, CardSource, CardSummary, CardThreshold, Entry, Insight } from '../../preload/contract';
import { document, heading, paragraph, text, type SerializedNode } from '../../resources/templates/lexical-json';
import { HavenError } from '../errors';
import { deriveFromDoc, textOf } from './derive';
import type { Period } from './patterns';

/**
 * Conversation cards: what a person chooses to bring to a couples' conversation, drafted by Haven as
 * I-statements and then edited like an entry (a card's document is Lexical JSON).
 *
 * A draft holds text from the chosen items and nothing else: an entry's own sections and tags, an insight's
 * text and the tags it names. What Haven adds is its own fixed wording ("When …, I felt …") and "…" where a
 * chosen item has nothing to say, for the person to fill in.
 */

interface CardRow {
  id: string;
  created_at: string;
  updated_at: string;
  period_from: string;
  period_to: string;
  title: string;
  threshold: CardThreshold | null;
  sources: string;
  doc: string;
}

/** One chosen item, reduced to what a card says about it. */
export interface CardItem {
  /** Where it came from, in the person's words: "What I noticed: …" or "From my entry of 2026-03-04". */
  context: string;
  when: string | null;
  felt: string | null;
  story: string | null;
  needed: string | null;
  help: string | null;
  appreciation: string | null;
  threshold: CardThreshold | null;
}

const EXCERPT_CHARS = 160;

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}
const GAP = '…';
const ITALIC = 2;

/** Text sections of the built-in templates by id, and the labels that name them in older or generated documents. */
const SECTION_LABELS: Record<string, string> = {
  'what happened': 'what-happened',
  'the story i told myself': 'story',
  'what i needed underneath': 'needed',
  'one repair step': 'repair-step',
};
const TIMING: Record<string, CardThreshold> = { 'Needs a response soon': 'soon', 'Can wait': 'can-wait' };

const normalLabel = (label: string) =>
  label
    .trim()
    .toLowerCase()
    .replace(/[:?.]+$/, '');
function sectionKey(id: unknown, label: string): string | null {
  if (/appreciat/i.test(label) || (typeof id === 'string' && /appreciat/.test(id))) return 'appreciation';
  if (typeof id === 'string' && Object.values(SECTION_LABELS).includes(id)) return id;
  return SECTION_LABELS[normalLabel(label)] ?? null;
}

/**
 * An entry's text sections by key: each text section's heading (Haven's `haven-section`, or a plain heading
 * with a known label) starts one, and it runs until the next heading or field.
 */
export function sectionsOf(doc: string): Map<string, string> {
  const sections = new Map<string, string>();
  const root = parseJson(doc) as { root?: { children?: unknown } } | null;
  const children = Array.isArray(root?.root?.children) ? (root.root.children as SerializedNode[]) : [];
  let key: string | null = null;
  for (const child of children) {
    if (typeof child !== 'object' || child === null) continue;
    if (child.type === 'haven-section') {
      key = sectionKey(child.sectionId, typeof child.label === 'string' ? child.label : '');
    } else if (child.type === 'heading') {
      key = sectionKey(undefined, textOf(child));
    } else if (typeof child.type === 'string' && child.type.startsWith('haven-')) {
      key = null;
    } else if (key !== null) {
      const line = textOf(child);
      if (line) sections.set(key, sections.has(key) ? `${sections.get(key)!}\n${line}` : line);
    }
  }
  return sections;
}

/** The first sentence of a passage, without its closing stop. */
export function firstSentence(passage: string | undefined): string | null {
  if (!passage) return null;
  const line = passage.split('\n').find((part) => part.trim()) ?? '';
  const sentence = (line.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? line).trim().replace(/[.!]+$/, '');
  return sentence || null;
}

/** As a sentence reads inside a longer one: "The phone rang" after "When" reads "the phone rang"; "I" and names stay. */
const inSentence = (sentence: string | null) =>
  sentence && /^[A-Z][a-z]/.test(sentence) && !/^I\b/.test(sentence)
    ? sentence[0]!.toLowerCase() + sentence.slice(1)
    : sentence;

const listOf = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
const quoted = (name: string) => `'${name}'`;

export function entryItem(entry: Pick<Entry, 'date' | 'doc' | 'title'>): CardItem {
  const derived = deriveFromDoc(entry.doc);
  const sections = sectionsOf(entry.doc);
  const names = (kind: string) => derived.tags.filter((tag) => tag.kind === kind);
  const triggers = names('trigger').map((tag) => quoted(tag.name));
  const emotions = names('emotion').map((tag) =>
    tag.intensity === null ? tag.name : `${tag.name} (${tag.intensity}/10)`,
  );
  const needs = names('need').map((tag) => tag.name);
  const happened = inSentence(firstSentence(sections.get('what-happened')));
  const timing = derived.choices.find((choice) => choice.sectionId === 'timing' || TIMING[choice.value]);
  return {
    context: `From my entry of ${entry.date}${entry.title ? `, “${entry.title}”` : ''}`,
    when: happened ?? (triggers.length ? `${listOf(triggers)} came up` : null),
    felt: emotions.length ? listOf(emotions) : null,
    story: firstSentence(sections.get('story')),
    needed: needs.length ? listOf(needs) : null,
    help: firstSentence(sections.get('needed')),
    appreciation: inSentence(firstSentence(sections.get('appreciation'))),
    threshold: timing ? (TIMING[timing.value] ?? null) : null,
  };
}

/**
 * An insight speaks to the person ("You stayed present…"); on their card they speak for themselves. Names of
 * tags are quoted in insights and left exactly as they are.
 */
export function inFirstPerson(sentence: string): string {
  return sentence
    .split(/('[^']*')/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\bYou\b/g, 'I')
            .replace(/\byou\b/g, 'I')
            .replace(/\bYour\b/g, 'My')
            .replace(/\byour\b/g, 'my'),
    )
    .join('');
}

/** A sentence around a gap or a quote ends once: "was: …", not "was: ….". */
const ended = (sentence: string) => (/[.!?…]$/.test(sentence) ? sentence : `${sentence}.`);

export function insightItem(insight: Pick<Insight, 'text' | 'about'>): CardItem {
  const { about } = insight;
  return {
    context: `What I noticed: ${inFirstPerson(insight.text)}`,
    when: about.trigger ? `${quoted(about.trigger)} came up` : null,
    felt: about.emotion ?? null,
    story: null,
    needed: about.need ?? null,
    help: null,
    appreciation: null,
    threshold: null,
  };
}

const THRESHOLD_LINES: Record<CardThreshold, string> = {
  soon: 'This needs a response soon.',
  'can-wait': 'This can wait for our weekly check-in.',
};

/** The card's Lexical document: one I-statement per item, one appreciation, and the threshold. */
export function draftDoc(items: CardItem[], threshold: CardThreshold | null): string {
  const blocks: SerializedNode[] = [heading('h2', 'What I’d like to share')];
  for (const item of items) {
    blocks.push(
      paragraph(text(item.context, ITALIC)),
      paragraph(text(ended(`When ${item.when ?? GAP}, I felt ${item.felt ?? GAP}`))),
      paragraph(text(ended(`The story I told myself was: ${item.story ?? GAP}`))),
      paragraph(text(ended(`What I needed was ${item.needed ?? GAP}`))),
      paragraph(text(ended(`One thing that would help: ${item.help ?? GAP}`))),
    );
  }
  const appreciation = items.find((item) => item.appreciation)?.appreciation;
  blocks.push(heading('h2', 'One thing I appreciate'), paragraph(text(ended(`I appreciate ${appreciation ?? GAP}`))));
  blocks.push(
    heading('h2', 'When this needs a response'),
    paragraph(text(threshold ? THRESHOLD_LINES[threshold] : GAP)),
  );
  return document(...blocks);
}

function titleOf(items: { about?: Insight['about']; triggers?: string[] }[]): string {
  for (const item of items) {
    const trigger = item.about?.trigger ?? item.triggers?.[0];
    if (trigger) return `About '${trigger}'`;
  }
  return 'Conversation card';
}

const toCard = (row: CardRow): Card => ({
  id: row.id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  from: row.period_from,
  to: row.period_to,
  title: row.title,
  doc: row.doc,
  sources: (parseJson(row.sources) as CardSource[] | null) ?? [],
  threshold: row.threshold,
});

const notFound = () => new HavenError('not-found', 'That card is no longer in your journal.');

export interface CardDeps {
  /** A live entry, or not-found. */
  entry(id: string): Entry;
  /** The insights of a period, as the Patterns view showed them. */
  insights(period: Period): Insight[];
}

export interface DraftRequest extends Period {
  insightIds: string[];
  entryIds: string[];
}

export function createCards(db: Database.Database, now: () => Date, deps: CardDeps) {
  const all = db.prepare('SELECT * FROM cards ORDER BY created_at DESC, id');
  const byId = db.prepare('SELECT * FROM cards WHERE id = ?');
  const insert = db.prepare(
    `INSERT INTO cards (id, created_at, updated_at, period_from, period_to, title, threshold, sources, doc)
     VALUES (@id, @at, @at, @from, @to, @title, @threshold, @sources, @doc)`,
  );
  const update = db.prepare(
    'UPDATE cards SET title = @title, doc = @doc, threshold = @threshold, updated_at = @at WHERE id = @id',
  );
  const remove = db.prepare('DELETE FROM cards WHERE id = ?');

  function get(id: string): Card {
    const row = byId.get(id) as CardRow | undefined;
    if (!row) throw notFound();
    return toCard(row);
  }

  return {
    get,

    list(): CardSummary[] {
      return (all.all() as CardRow[]).map((row) => {
        const { doc, ...card } = toCard(row);
        const root = (parseJson(doc) as { root?: unknown } | null)?.root;
        return { ...card, excerpt: textOf(root).replace(/\s+/g, ' ').slice(0, EXCERPT_CHARS) };
      });
    },

    /** Drafts a card from the chosen insights (by id, in the period's patterns) and entries, and keeps it. */
    draft(request: DraftRequest): Card {
      const sources: CardSource[] = [];
      const items: CardItem[] = [];
      const titles: { about?: Insight['about']; triggers?: string[] }[] = [];
      if (request.insightIds.length) {
        const insights = deps.insights(request);
        for (const id of request.insightIds) {
          const insight = insights.find((candidate) => candidate.id === id);
          if (!insight) {
            throw new HavenError('not-found', 'That insight is no longer in this period’s patterns. Pick another.');
          }
          sources.push({ kind: 'insight', id, text: insight.text });
          items.push(insightItem(insight));
          titles.push({ about: insight.about });
        }
      }
      for (const id of request.entryIds) {
        const entry = deps.entry(id);
        sources.push({ kind: 'entry', id, date: entry.date, title: entry.title });
        items.push(entryItem(entry));
        titles.push({
          triggers: deriveFromDoc(entry.doc)
            .tags.filter((tag) => tag.kind === 'trigger')
            .map((tag) => tag.name),
        });
      }
      // "Soon" wins: one item that can't wait makes the card one that can't.
      const thresholds = items.map((item) => item.threshold);
      const threshold = thresholds.includes('soon') ? 'soon' : thresholds.includes('can-wait') ? 'can-wait' : null;
      const id = randomBytes(8).toString('hex');
      insert.run({
        id,
        at: now().toISOString(),
        from: request.from,
        to: request.to,
        title: titleOf(titles),
        threshold,
        sources: JSON.stringify(sources),
        doc: draftDoc(items, threshold),
      });
      return get(id);
    },

    save(input: { id: string; title: string; doc: string; threshold: CardThreshold | null }): Card {
      const changes = update.run({ ...input, at: now().toISOString() }).changes;
      if (changes === 0) throw notFound();
      return get(input.id);
    },

    remove(id: string): void {
      if (remove.run(id).changes === 0) throw notFound();
    },
  };
}

export type Cards = ReturnType<typeof createCards>;

import { EDITOR_NODE_TYPES } from '../../../resources/document/readable';
import { PROMPTS } from '../../../resources/prompts/library';
import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import { sectionNodes } from '../../../resources/templates/document';
import { paragraph, text, type SerializedNode } from '../../../resources/templates/lexical-json';
import { RESPONSE_VALUES, type TemplateSection } from '../../../resources/templates/schema';
import { EMOTIONS, NEEDS, TRIGGERS } from '../../../resources/vocabulary';
import type { ImportedEntry, ParsedImport } from '../../../main/journal/import/model';

/**
 * A seeded journal of entries as people write them: every built-in template with every field kind filled (or
 * left empty), written in time zones from UTC-11 to UTC+14, many late in the evening and some just after
 * midnight for the evening before, with the text an editor holds: headings, quotes, every list kind, links,
 * line breaks, bold, italic, tag chips (built-in words and a person's own), scripts from Latin to CJK and
 * emoji, and the characters Markdown reads as markup. Tables and code join once the editor holds them.
 */

export const EDITOR_HAS_TABLES_AND_CODE = 'table' in EDITOR_NODE_TYPES && 'code' in EDITOR_NODE_TYPES;

export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

export const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Auckland',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Tehran',
  'Europe/Berlin',
  'Europe/London',
  'UTC',
  'America/Sao_Paulo',
  'America/St_Johns',
  'America/New_York',
  'America/Los_Angeles',
  'Pacific/Honolulu',
  'Pacific/Pago_Pago',
] as const;

/** The instant a wall-clock time in a time zone names. */
export function instantIn(date: string, time: string, zone: string): Date {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const p = Object.fromEntries(format.formatToParts(new Date(guess)).map((x) => [x.type, Number(x.value)]));
    const shown = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    guess += wanted - shown;
  }
  return new Date(guess);
}

const SENTENCES = [
  'Dinner was quiet, and I kept waiting for them to ask about my day.',
  'Crème brûlée at the café; naïve of me to think it would fix the mood.',
  'Η μέρα ήταν μεγάλη, αλλά τελείωσε ήσυχα.',
  'Сегодня я устала, но мы поговорили спокойно.',
  'הרגשתי שלא שמעו אותי, ואז דיברנו.',
  'شعرت بالوحدة قليلاً هذا المساء.',
  '今天我们吵架了，但后来和好了。',
  '今日は少し寂しかった。',
  'A long day 😮‍💨 then a hug 🤗 and tea ☕.',
  'Tried *not* to read the message as a verdict — 3 > 2 & 1 < 2, a_b, [x] and `ticks`.',
  '# not a heading, | not a table |, ~not struck~, &amp; not an entity, \\ a backslash.',
  '1. not a list, - not a bullet, + neither, > not a quote, = not a rule',
  '  Two spaces before, and a tab after\t',
];

const OWN_WORDS = ['Allotment', 'Sunday walks', 'work stuff', 'Mum'];

export function generateJournal(
  count: number,
  { seed = 15, tablesAndCode = EDITOR_HAS_TABLES_AND_CODE } = {},
): ImportedEntry[] {
  const rand = seeded(seed);
  const templates = BUILTIN_TEMPLATES;
  const entries: ImportedEntry[] = [];
  const chip = (): SerializedNode => {
    const roll = rand.int(4);
    if (roll === 0) return { type: 'haven-tag', version: 1, kind: 'emotion', name: rand.pick(EMOTIONS).name };
    if (roll === 1) return { type: 'haven-tag', version: 1, kind: 'trigger', name: rand.pick(TRIGGERS).name };
    if (roll === 2) return { type: 'haven-tag', version: 1, kind: 'emotion', name: 'Allotment blues' };
    return { type: 'haven-tag', version: 1, kind: 'tag', name: rand.pick(OWN_WORDS) };
  };
  const element = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}) => ({
    children,
    direction: null,
    format: '',
    indent: 0,
    type,
    version: 1,
    ...extra,
  });
  const inlineRun = (): SerializedNode[] => {
    const out: SerializedNode[] = [text(rand.pick(SENTENCES))];
    const roll = rand.int(6);
    if (roll === 0) out.push(text(' and '), text('this mattered', 1), text(' to me.'));
    if (roll === 1) out.push(text(' Felt '), chip(), text(', then '), chip(), text('.'));
    if (roll === 2) out.push({ type: 'linebreak', version: 1 }, text(rand.pick(SENTENCES), 2));
    if (roll === 3) {
      out.push(text(' See '));
      out.push(
        element('link', [text('a note')], {
          rel: 'noreferrer',
          target: null,
          title: null,
          url: 'https://example.org/a_(b)',
        }),
      );
      out.push(text('.'));
    }
    if (roll === 4) out.push(text(' '), chip());
    return out;
  };
  const listOf = (listType: 'bullet' | 'number' | 'check', depth = 0): SerializedNode => {
    const items: SerializedNode[] = [];
    const n = 1 + rand.int(3);
    for (let i = 0; i < n; i++) {
      items.push(
        element('listitem', inlineRun(), {
          value: i + 1,
          ...(listType === 'check' ? { checked: rand.int(2) === 0 } : {}),
        }),
      );
      if (depth < 2 && rand.int(4) === 0) {
        items.push(
          element('listitem', [listOf(rand.pick(['bullet', 'number', 'check'] as const), depth + 1)], { value: i + 2 }),
        );
      }
    }
    return element('list', items, { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' });
  };
  const writing = (): SerializedNode[] => {
    const blocks: SerializedNode[] = [];
    const n = 1 + rand.int(3);
    for (let i = 0; i < n; i++) {
      const roll = rand.int(tablesAndCode ? 9 : 7);
      if (roll <= 2) blocks.push(paragraph(...inlineRun()));
      else if (roll === 3)
        blocks.push(
          element('heading', [text(rand.pick(['Later', 'What I noticed #2', 'Morning']))], {
            tag: rand.pick(['h1', 'h2', 'h3']),
          }),
        );
      else if (roll === 4) blocks.push(element('quote', inlineRun()));
      else if (roll === 5) blocks.push(listOf(rand.pick(['bullet', 'number', 'check'] as const)));
      else if (roll === 6) blocks.push(paragraph(chip(), text(' '), chip()));
      else if (roll === 7) {
        const cell = (words: string, header: boolean) =>
          element('tablecell', [paragraph(text(words))], {
            backgroundColor: null,
            colSpan: 1,
            rowSpan: 1,
            headerState: header ? 1 : 0,
          });
        blocks.push(
          element('table', [
            element('tablerow', [cell('When', true), cell('What | why', true)]),
            element('tablerow', [cell('Monday', false), cell(rand.pick(SENTENCES), false)]),
          ]),
        );
      } else {
        blocks.push(
          element(
            'code',
            [text('const felt = "tired";'), { type: 'linebreak', version: 1 }, text('  ``` still code')],
            {
              language: 'js',
            },
          ),
        );
      }
    }
    return blocks;
  };
  const fill = (section: TemplateSection): SerializedNode[] => {
    const prompt =
      section.kind === 'prompt' && section.set ? PROMPTS.find((p) => p.sets?.includes(section.set!)) : undefined;
    const nodes = sectionNodes(section, prompt ? { promptId: prompt.id, text: prompt.text } : undefined);
    const empty = rand.int(5) === 0;
    return nodes.flatMap((node): SerializedNode[] => {
      if (empty) return [node];
      switch (node.type) {
        case 'paragraph':
          return writing();
        case 'haven-picker': {
          const words: readonly { name: string }[] =
            node.kind === 'emotion' ? EMOTIONS : node.kind === 'trigger' ? TRIGGERS : NEEDS;
          const items = Array.from({ length: 1 + rand.int(3) }, () => ({
            name: rand.int(6) === 0 ? 'My own word' : rand.pick(words).name,
            intensity: node.withIntensity && rand.int(3) > 0 ? rand.int(11) : null,
          })).filter((item, i, all) => all.findIndex((other) => other.name === item.name) === i);
          return [{ ...node, items }];
        }
        case 'haven-intensity':
          return [{ ...node, value: rand.int(11) }];
        case 'haven-response':
          return [{ ...node, value: rand.pick(RESPONSE_VALUES) }];
        case 'haven-choice':
          return [{ ...node, value: rand.pick(node.options as string[]) }];
        default:
          return [node];
      }
    });
  };

  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const zone = ZONES[rand.int(ZONES.length)]!;
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const late = rand.int(10);
    // After midnight, a night's entry still belongs to the evening before.
    const afterMidnight = late === 0;
    const time = afterMidnight
      ? '00:40'
      : late < 7
        ? rand.pick(['22:45', '23:30', '23:59'])
        : rand.pick(['07:10', '12:30']);
    const wallDate = afterMidnight ? new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10) : date;
    const created = instantIn(wallDate, time, zone);
    created.setUTCMilliseconds(rand.int(3) === 0 ? rand.int(1000) : 0);
    const updated = new Date(created.getTime() + rand.int(3) * 60_000 * 17);
    const body: SerializedNode[] = [];
    // Some entries open with a heading of their own: it must stay a heading, never become the title.
    if (rand.int(4) === 0) body.push(element('heading', [text('Tonight')], { tag: 'h1' }));
    if (template.sections.length === 0) body.push(...writing());
    else for (const section of template.sections) body.push(...fill(section));
    if (body.length === 0 || body.at(-1)!.type !== 'paragraph') body.push(paragraph());
    const titles = [
      '',
      'A hard evening',
      'Réparer: #1 *again*',
      '2024',
      'yes',
      'Long '.repeat(100).trim(),
      '今夜 — ליל מנוחה',
    ];
    entries.push({
      id: `gen-${String(i).padStart(4, '0')}`,
      date,
      createdAt: created.toISOString(),
      updatedAt: updated.toISOString(),
      title: rand.pick(titles),
      template: template.id,
      templateVersion: template.version,
      doc: JSON.stringify({ root: element('root', body) }),
    });
  }
  return entries;
}

export const asImport = (entries: ImportedEntry[]): ParsedImport => ({
  format: 'haven',
  entries,
  tags: new Set(),
  skipped: [],
  problems: [],
});

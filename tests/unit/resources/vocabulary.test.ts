import { describe, expect, it } from 'vitest';
import {
  EMOTION_FAMILIES,
  EMOTIONS,
  FEAR_IDS,
  FEARS,
  NEEDS,
  TRIGGERS,
  findEmotion,
  findNeed,
  findTrigger,
  normalizeVocabularyName,
} from '../../../resources/vocabulary';
import { BLAME_ABSOLUTES_AND_DIAGNOSIS } from './wording';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words that blame, speak in absolutes or diagnose; none belongs in text a person reads about their partner. */
const FORBIDDEN: readonly RegExp[] = [
  ...BLAME_ABSOLUTES_AND_DIAGNOSIS,
  /\bhis fault\b|\bher fault\b|\btheir fault\b|\bpartner['’]s fault\b/i,
];

type Named = { id: string; name: string };

function badIds(items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const bad: string[] = [];
  for (const { id } of items) {
    if (!KEBAB.test(id)) bad.push(`${id}: not kebab-case`);
    if (seen.has(id)) bad.push(`${id}: used twice`);
    seen.add(id);
  }
  return bad;
}

function badNames(items: readonly Named[]): string[] {
  const seen = new Map<string, string>();
  const bad: string[] = [];
  for (const { id, name } of items) {
    if (name !== name.trim() || /\s{2,}/.test(name)) bad.push(`${id}: stray spaces in "${name}"`);
    if (!/^\p{Lu}/u.test(name)) bad.push(`${id}: "${name}" does not start with a capital`);
    if (/[.!?]$/.test(name)) bad.push(`${id}: "${name}" ends with punctuation`);
    const key = normalizeVocabularyName(name);
    const other = seen.get(key);
    if (other) bad.push(`${id}: "${name}" is also the name of ${other}`);
    seen.set(key, id);
  }
  return bad;
}

/** A meaning, note or description: one plain sentence-like line that fits under a tag chip. */
function badLine(text: string): string | undefined {
  if (!text.trim()) return 'empty';
  if (/[\r\n]/.test(text)) return 'more than one line';
  if (text.length > 120) return `${text.length} characters`;
  if (text !== text.trim() || /\s{2,}/.test(text)) return 'stray spaces';
  if (!/^\p{Lu}/u.test(text)) return 'does not start with a capital';
  if (!/[^.]\.$/.test(text)) return 'does not end with a single full stop';
  if (text.includes("'")) return 'straight apostrophe; the built-in content uses ’';
  return undefined;
}

function badLines(entries: readonly [string, string][]): string[] {
  return entries.flatMap(([where, text]) => {
    const problem = badLine(text);
    return problem ? [`${where}: ${problem} — "${text}"`] : [];
  });
}

function blame(entries: readonly [string, string][]): string[] {
  return entries.flatMap(([where, text]) =>
    FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${where}: ${pattern} in "${text}"`),
  );
}

const familyLines: [string, string][] = EMOTION_FAMILIES.map((family) => [family.id, family.description]);
const emotionLines: [string, string][] = EMOTIONS.map((emotion) => [emotion.id, emotion.meaning]);
const triggerLines: [string, string][] = TRIGGERS.map((trigger) => [trigger.id, trigger.note]);
const needLines: [string, string][] = NEEDS.map((need) => [need.id, need.meaning]);
const fearLines: [string, string][] = FEAR_IDS.map((id) => [id, FEARS[id].description]);

const everyText: [string, string][] = [
  ...familyLines,
  ...emotionLines,
  ...triggerLines,
  ...needLines,
  ...fearLines,
  ...[...EMOTION_FAMILIES, ...EMOTIONS, ...TRIGGERS, ...NEEDS].map((item): [string, string] => [item.id, item.name]),
  ...FEAR_IDS.map((id): [string, string] => [id, FEARS[id].name]),
];

describe('the vocabulary checks', () => {
  it('catch the mistakes they look for', () => {
    expect(badIds([{ id: 'At ease' }, { id: 'calm' }, { id: 'calm' }, { id: 'calm-' }])).toHaveLength(3);
    expect(
      badNames([
        { id: 'a', name: 'Calm' },
        { id: 'b', name: ' calm' },
        { id: 'c', name: 'At  ease' },
        { id: 'd', name: 'Lonely.' },
      ]),
    ).toEqual([
      'b: stray spaces in " calm"',
      'b: " calm" does not start with a capital',
      'b: " calm" is also the name of a',
      'c: stray spaces in "At  ease"',
      'd: "Lonely." ends with punctuation',
    ]);
    expect(badLine('')).toBe('empty');
    expect(badLine('Two lines.\nHere.')).toBe('more than one line');
    expect(badLine(`${'a'.repeat(120)}.`)).toBe('121 characters');
    expect(badLine('no capital.')).toBe('does not start with a capital');
    expect(badLine('No full stop')).toBe('does not end with a single full stop');
    expect(badLine('Trailing dots...')).toBe('does not end with a single full stop');
    expect(badLine("It's plain.")).toMatch(/apostrophe/);
    expect(badLine('Worried about what might happen, with your body on alert.')).toBeUndefined();
    expect(
      blame([
        ['a', 'You always leave.'],
        ['b', 'It was their fault.'],
        ['c', 'A narcissistic move.'],
        ['d', 'You should calm down.'],
        ['e', 'That is toxic.'],
        ['f', 'Sounds like a disorder.'],
      ]).map((problem) => problem.split(':')[0]),
    ).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd', 'e', 'f']));
  });
});

describe('emotions', () => {
  it('offer at least 80 words', () => {
    expect(EMOTIONS.length).toBeGreaterThanOrEqual(80);
  });

  it('fill every family with at least three words', () => {
    const thin = EMOTION_FAMILIES.filter(
      (family) => EMOTIONS.filter((emotion) => emotion.family === family.id).length < 3,
    );
    expect(thin.map((family) => family.id)).toEqual([]);
  });

  it('cover the families a couple most needs to name', () => {
    const names = EMOTION_FAMILIES.map((family) => family.name.toLowerCase());
    for (const expected of [
      'hurt',
      'anxious or afraid',
      'angry',
      'sad',
      'ashamed',
      'lonely',
      'overwhelmed',
      'numb or shut down',
      'calm or safe',
      'connected',
      'grateful',
      'hopeful',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('belong only to families that exist', () => {
    const families = new Set(EMOTION_FAMILIES.map((family) => family.id));
    const orphans = EMOTIONS.filter((emotion) => !families.has(emotion.family));
    expect(orphans.map((emotion) => emotion.id)).toEqual([]);
  });

  it('have unique kebab-case ids, for families and words alike', () => {
    expect(badIds(EMOTION_FAMILIES)).toEqual([]);
    expect(badIds(EMOTIONS)).toEqual([]);
  });

  it('have tidy names that differ by more than case or spacing', () => {
    expect(badNames(EMOTION_FAMILIES)).toEqual([]);
    expect(badNames(EMOTIONS)).toEqual([]);
  });

  it('explain each word and family in one short line', () => {
    expect(badLines([...familyLines, ...emotionLines])).toEqual([]);
  });
});

describe('triggers', () => {
  it('offer at least 20 defaults', () => {
    expect(TRIGGERS.length).toBeGreaterThanOrEqual(20);
  });

  it('touch both fears, at least six triggers each', () => {
    const counts = FEAR_IDS.map((fear) => TRIGGERS.filter((trigger) => trigger.fear === fear).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(6);
  });

  it('name only fears that are described', () => {
    expect(Object.keys(FEARS).sort()).toEqual([...FEAR_IDS].sort());
    for (const id of FEAR_IDS) expect(FEARS[id].id).toBe(id);
    const unknown = TRIGGERS.filter((trigger) => !FEAR_IDS.includes(trigger.fear));
    expect(unknown.map((trigger) => trigger.id)).toEqual([]);
  });

  it('have unique kebab-case ids and tidy, distinct names', () => {
    expect(badIds(TRIGGERS)).toEqual([]);
    expect(badNames(TRIGGERS)).toEqual([]);
  });

  it('explain each trigger and fear in one short line', () => {
    expect(badLines([...triggerLines, ...fearLines])).toEqual([]);
  });
});

describe('needs', () => {
  it('offer at least 12', () => {
    expect(NEEDS.length).toBeGreaterThanOrEqual(12);
  });

  it('have unique kebab-case ids and tidy, distinct names', () => {
    expect(badIds(NEEDS)).toEqual([]);
    expect(badNames(NEEDS)).toEqual([]);
  });

  it('explain each need in one short line', () => {
    expect(badLines(needLines)).toEqual([]);
  });
});

describe('every built-in text', () => {
  it('stays free of blame, absolutes and diagnosis', () => {
    expect(blame(everyText)).toEqual([]);
  });
});

describe('lookup by name', () => {
  it('finds every built-in by its own name', () => {
    for (const emotion of EMOTIONS) expect(findEmotion(emotion.name)).toBe(emotion);
    for (const trigger of TRIGGERS) expect(findTrigger(trigger.name)).toBe(trigger);
    for (const need of NEEDS) expect(findNeed(need.name)).toBe(need);
  });

  it('ignores case, surrounding spaces and runs of spaces', () => {
    expect(findEmotion('  at   EASE ')?.id).toBe('at-ease');
    expect(findEmotion('anxious')?.id).toBe('anxious');
    expect(findEmotion('\tLET\u00a0down\n')?.id).toBe('let-down');
    expect(findTrigger('  UNANSWERED   message ')?.id).toBe('unanswered-message');
    expect(findNeed(' to be heard')?.id).toBe('to-be-heard');
    expect(findNeed('REASSURANCE')?.id).toBe('reassurance');
  });

  it('returns undefined for a name that is not built in', () => {
    expect(findEmotion('Sonder')).toBeUndefined();
    expect(findEmotion('anx')).toBeUndefined();
    expect(findEmotion('')).toBeUndefined();
    expect(findEmotion('   ')).toBeUndefined();
    expect(findTrigger('Anxious')).toBeUndefined();
    expect(findNeed('Dismissed')).toBeUndefined();
  });
});

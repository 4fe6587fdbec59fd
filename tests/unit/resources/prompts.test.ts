import { describe, expect, it } from 'vitest';
import {
  PROMPT_DEPTHS,
  PROMPT_FITS,
  PROMPT_SETS,
  PROMPT_THEMES,
  PROMPTS,
  Prompt,
  TENDENCIES,
  TENDENCIES_NOTE,
  THEMES,
  TRIGGER_THEMES,
  type PromptTheme,
} from '../../../resources/prompts';
import { TRIGGERS } from '../../../resources/vocabulary';
import { BLAME_ABSOLUTES_AND_DIAGNOSIS, GUIDANCE_EXTRAS } from './wording';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Blame, absolutes, demands and diagnosis. A prompt is read by someone who may be hurting, about someone they
 * love; none of these belongs in it, not even inside a quoted starter.
 */
const FORBIDDEN: readonly RegExp[] = [
  ...BLAME_ABSOLUTES_AND_DIAGNOSIS,
  ...GUIDANCE_EXTRAS,
  /\bguilty\b/i,
  /\bshould have\b/i,
  /\bmust\b/i,
  /\bwhy did (?:he|she|they|you)\b/i,
  /\banxious attach/i,
];

function blame(entries: readonly [string, string][]): string[] {
  return entries.flatMap(([where, text]) =>
    FORBIDDEN.filter((pattern) => pattern.test(text)).map((pattern) => `${where}: ${pattern} in "${text}"`),
  );
}

/**
 * The rule for who a prompt speaks to. Outside “curly quotes”, a prompt addresses the reader: it says "you" or
 * "your" (an imperative like "Take three slow breaths" still asks "What do you notice?"), and it never speaks as
 * "I", "me", "my", "we", "us" or "our". Words the reader might say aloud, such as an I-statement starter, go
 * inside curly quotes and are exempt. "Thank-you" is a noun, so it does not count as addressing the reader.
 */
function notAddressedToReader(text: string): string | undefined {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  if (open !== close) return 'unbalanced curly quotes';
  if (/["']/.test(text)) return 'straight quote or apostrophe; the built-in content uses “ ” and ’';
  const outside = text.replace(/“[^”]*”/g, '“”');
  if (!/(?<!-)\byou/i.test(outside)) return 'does not say “you” or “your” outside quotes';
  const firstPerson = outside.match(/\bI\b|\b(?:me|my|mine|myself|we|us|our|ours|ourselves)\b/i);
  if (firstPerson) return `speaks as “${firstPerson[0]}” outside quotes`;
  return undefined;
}

/** One plain line that starts with a capital, ends as a question or a sentence, and fits in two short lines. */
function badShape(text: string): string | undefined {
  if (/[\r\n]/.test(text)) return 'more than one line';
  if (text !== text.trim() || /\s{2,}/.test(text)) return 'stray spaces';
  if (!/^\p{Lu}/u.test(text)) return 'does not start with a capital';
  if (!/[^.][.?]$/.test(text)) return 'does not end with a single full stop or a question mark';
  if (text.length > 160) return `${text.length} characters`;
  return undefined;
}

/** Two prompts that differ only by case, spacing or punctuation are the same prompt. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

const count = (predicate: (prompt: Prompt) => boolean): number => PROMPTS.filter(predicate).length;

/** Every prompt's text and follow-up, with where it came from. */
const promptLines: [string, string][] = PROMPTS.flatMap((prompt): [string, string][] => [
  [prompt.id, prompt.text],
  ...(prompt.followUp ? [[`${prompt.id} (follow-up)`, prompt.followUp] as [string, string]] : []),
]);

describe('the prompt checks', () => {
  it('catch the mistakes they look for', () => {
    expect(
      blame([
        ['a', 'Why do you think they did that?'],
        ['b', 'What do you always do when your partner never listens?'],
        ['c', 'Whose fault was it?'],
        ['d', 'What should have happened?'],
        ['e', 'Is it a disorder?'],
        ['f', 'How is your partner always late?'],
      ]).map((problem) => problem.split(':')[0]),
    ).toEqual(expect.arrayContaining(['a', 'b', 'c', 'd', 'e', 'f']));
    expect(blame([['ok', 'What would help you feel heard?']])).toEqual([]);

    expect(notAddressedToReader('What helped today?')).toMatch(/does not say/);
    expect(notAddressedToReader('What do I need tonight, and what would help you?')).toBe(
      'speaks as “I” outside quotes',
    );
    expect(notAddressedToReader('What could we do together, you and your partner?')).toBe(
      'speaks as “we” outside quotes',
    );
    expect(notAddressedToReader('Is there a thank-you to say?')).toMatch(/does not say/);
    expect(notAddressedToReader('How could you say “I feel”?')).toBeUndefined();
    expect(notAddressedToReader('Try finishing this for yourself: “I feel … when … and I need …”.')).toBeUndefined();
    expect(notAddressedToReader('How could you say “I feel?')).toBe('unbalanced curly quotes');
    expect(notAddressedToReader("What's on your mind?")).toMatch(/straight quote/);

    expect(badShape('what now?')).toBe('does not start with a capital');
    expect(badShape('What now')).toMatch(/does not end/);
    expect(badShape('What now...')).toMatch(/does not end/);
    expect(badShape('What  now?')).toBe('stray spaces');
    expect(badShape(`${'A'.repeat(160)}?`)).toBe('161 characters');
    expect(badShape('What is here for you tonight?')).toBeUndefined();

    expect(normalise('What made you  SMILE today?')).toBe(normalise('what made you smile today'));
    expect(duplicates(['a', 'b', 'a'])).toEqual(['a']);
  });
});

describe('the prompt library', () => {
  it('parses with the Prompt schema, every prompt', () => {
    const invalid = PROMPTS.flatMap((prompt) => {
      const result = Prompt.safeParse(prompt);
      return result.success ? [] : [`${prompt.id}: ${result.error.issues.map((issue) => issue.message).join('; ')}`];
    });
    expect(invalid).toEqual([]);
  });

  it('holds at least 120 prompts', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(120);
  });

  it('gives every prompt at least one theme, a fit and a depth', () => {
    const missing = PROMPTS.filter(
      (prompt) =>
        prompt.themes.length === 0 ||
        !prompt.themes.every((theme) => PROMPT_THEMES.includes(theme)) ||
        !PROMPT_FITS.includes(prompt.fit) ||
        !PROMPT_DEPTHS.includes(prompt.depth),
    );
    expect(missing.map((prompt) => prompt.id)).toEqual([]);
  });

  it('has unique kebab-case ids', () => {
    const ids = PROMPTS.map((prompt) => prompt.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(duplicates(ids)).toEqual([]);
  });

  it('never asks the same thing twice, even with different case, spacing or punctuation', () => {
    expect(duplicates(promptLines.map(([, text]) => normalise(text)))).toEqual([]);
  });

  it('stays free of blame, absolutes, demands and diagnosis', () => {
    expect(blame(promptLines)).toEqual([]);
  });

  it('speaks to the reader as “you”, with first-person words only inside quoted starters', () => {
    const problems = promptLines.flatMap(([where, text]) => {
      const problem = notAddressedToReader(text);
      return problem ? [`${where}: ${problem} — "${text}"`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('writes each prompt as one short, tidy line', () => {
    const problems = promptLines.flatMap(([where, text]) => {
      const problem = badShape(text);
      return problem ? [`${where}: ${problem} — "${text}"`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('gives every theme at least five prompts, light and deeper both', () => {
    const thin = PROMPT_THEMES.filter((theme) => count((prompt) => prompt.themes.includes(theme)) < 5);
    expect(thin).toEqual([]);
    for (const theme of PROMPT_THEMES) {
      for (const depth of PROMPT_DEPTHS) {
        expect(
          count((prompt) => prompt.themes.includes(theme) && prompt.depth === depth),
          `${theme}/${depth}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('speaks to both sides, with at least fifteen prompts for each lean', () => {
    expect(count((prompt) => prompt.fit === 'leans-anxious')).toBeGreaterThanOrEqual(15);
    expect(count((prompt) => prompt.fit === 'leans-avoidant')).toBeGreaterThanOrEqual(15);
    expect(count((prompt) => prompt.fit === 'anyone')).toBeGreaterThan(PROMPTS.length / 2);
  });

  it('offers both depths, with plenty of light prompts for tired evenings', () => {
    expect(count((prompt) => prompt.depth === 'deeper')).toBeGreaterThanOrEqual(30);
    expect(count((prompt) => prompt.depth === 'light')).toBeGreaterThanOrEqual(50);
  });

  it('fills each set with at least twelve prompts', () => {
    for (const set of PROMPT_SETS) {
      expect(
        count((prompt) => prompt.sets?.includes(set) ?? false),
        set,
      ).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('themes', () => {
  it('describe every theme, under its own id', () => {
    expect(Object.keys(THEMES).sort()).toEqual([...PROMPT_THEMES].sort());
    for (const theme of PROMPT_THEMES) expect(THEMES[theme].id).toBe(theme);
  });

  it('have distinct names and one short line each', () => {
    const infos = PROMPT_THEMES.map((theme) => THEMES[theme]);
    expect(duplicates(infos.map((info) => info.name.toLowerCase()))).toEqual([]);
    for (const { id, name, description } of infos) {
      expect(name, id).toMatch(/^\p{Lu}\S*(?: \S+)*$/u);
      expect(description.length, id).toBeLessThanOrEqual(120);
      expect(description, id).toMatch(/^\p{Lu}[^\n']*[^.]\.$/u);
    }
  });

  it('stay free of blame and diagnosis', () => {
    const lines = PROMPT_THEMES.flatMap((theme): [string, string][] => [
      [theme, THEMES[theme].name],
      [theme, THEMES[theme].description],
    ]);
    expect(blame(lines)).toEqual([]);
  });
});

describe('trigger themes', () => {
  it('map every built-in trigger, and nothing else', () => {
    expect(Object.keys(TRIGGER_THEMES).sort()).toEqual(TRIGGERS.map((trigger) => trigger.id).sort());
  });

  it('point only at known themes, each once, leaving out the triggers theme every trigger shares', () => {
    for (const [trigger, themes] of Object.entries(TRIGGER_THEMES)) {
      expect(themes.length, trigger).toBeGreaterThanOrEqual(1);
      expect(
        themes.filter((theme) => !PROMPT_THEMES.includes(theme)),
        trigger,
      ).toEqual([]);
      expect(duplicates(themes), trigger).toEqual([]);
      expect(themes, trigger).not.toContain('triggers' satisfies PromptTheme);
    }
  });

  it('lead from each fear to the side that usually feels it', () => {
    const leadsTo = (fear: string, theme: PromptTheme) =>
      TRIGGERS.filter((trigger) => trigger.fear === fear && TRIGGER_THEMES[trigger.id]?.includes(theme)).length;
    expect(leadsTo('being-left', 'reassurance')).toBeGreaterThan(leadsTo('being-left', 'space-autonomy'));
    expect(leadsTo('being-controlled', 'space-autonomy')).toBeGreaterThan(leadsTo('being-controlled', 'reassurance'));
  });
});

describe('tendencies', () => {
  it('offer four to six, on both sides', () => {
    expect(TENDENCIES.length).toBeGreaterThanOrEqual(4);
    expect(TENDENCIES.length).toBeLessThanOrEqual(6);
    expect(new Set(TENDENCIES.map((tendency) => tendency.fit))).toEqual(new Set(['leans-anxious', 'leans-avoidant']));
  });

  it('have unique kebab-case ids and distinct wording', () => {
    expect(TENDENCIES.map((tendency) => tendency.id).filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(duplicates(TENDENCIES.map((tendency) => tendency.id))).toEqual([]);
    expect(duplicates(TENDENCIES.map((tendency) => normalise(tendency.text)))).toEqual([]);
  });

  it('describe a habit in the first person, without naming a type or a label', () => {
    for (const { id, text } of TENDENCIES) {
      expect(text, id).toMatch(/\bI\b/);
      expect(text, id).not.toMatch(/(?<!-)\byou/i);
      expect(text, id).not.toMatch(/anxious|avoidant|attach|secure|insecure|\bstyle\b|\btype\b/i);
      expect(badShape(text), id).toBeUndefined();
    }
  });

  it('stay free of blame and diagnosis, note included', () => {
    const lines = TENDENCIES.map((tendency): [string, string] => [tendency.id, tendency.text]);
    expect(blame([...lines, ['note', TENDENCIES_NOTE]])).toEqual([]);
  });
});

import type { Insight, PatternCount } from '../../preload/contract';
import type { ResponseValue } from '../../resources/templates/schema';
import { foldTagName } from './facets';

/**
 * Insights in words, by fixed rules over the aggregations of patterns.ts: no model, nothing random, and every
 * number in a text is one of the insight's `numbers`, taken straight from the counts.
 *
 * They describe; they never explain. No insight says that one thing causes, leads to or happens because of
 * another: "came up together", "usually with", "up from" and nothing stronger.
 *
 * Evidence thresholds (DESIGN §9: a claim that two things go together needs evidence on both sides):
 * - a trigger is spoken of only when it came up at least MIN_COUNT (3) times in the period;
 * - "usually with <emotion>" and "the need you named most often" need at least MIN_TOGETHER (3) entries
 *   holding both, and at least MIN_APART (3) entries of the period without the trigger, so there is another
 *   side for the pair to stand against. "usually" also needs the pair in more than half of the trigger's
 *   entries; short of that the text says "most often with <emotion>, in k of them";
 * - a response share ("You stayed present 2 of 6 times") needs the trigger MIN_COUNT times and at least one
 *   response noted for it; the comparison ("up from 0 of 5") needs the trigger in the period before;
 * - a rising or falling trigger needs a change of at least MIN_CHANGE (3) entries, and MIN_COUNT in the
 *   busier of the two periods;
 * - "on weekday evenings" needs at least MIN_COUNT entries in the period.
 */
export const MIN_COUNT = 3;
export const MIN_TOGETHER = 3;
export const MIN_APART = 3;
export const MIN_CHANGE = 3;

/** A trigger and an emotion or a need held by the same entries. */
export interface TagPair {
  trigger: string;
  kind: 'emotion' | 'need';
  other: string;
  /** Entries in the period holding both. */
  count: number;
  /** For emotions: the emotion's own intensity where set, else the entry's; one decimal; null when neither. */
  averageIntensity: number | null;
}

export interface InsightFacts {
  period: { from: string; to: string; utcOffsetMinutes: number };
  entries: { count: number; previous: number };
  /** Entries of the period written Monday to Friday, 17:00–22:00 local time. */
  weekdayEvenings: number;
  /** Most frequent first. */
  triggers: PatternCount[];
  /** Per trigger (its display name): entries written on weekday evenings. */
  triggerEvenings: ReadonlyMap<string, number>;
  pairs: TagPair[];
  triggerResponses: { trigger: string; response: ResponseValue; count: number; previous: number }[];
  /** Entries with any response noted. */
  responded: { count: number; previous: number };
  responses: { response: ResponseValue; count: number; previous: number }[];
}

const quoted = (name: string) => `'${name}'`;
const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
/** At most one decimal, none when whole: 7, 6.5. */
const decimal = (value: number) => String(Math.round(value * 10) / 10);
const idOf = (kind: Insight['kind'], ...names: string[]) => [kind, ...names.map(foldTagName)].join(':');

/** "up from 0 of 5 the period before", by share; null when there is nothing to compare with. */
function comparedShare(count: number, of: number, previous: number, previousOf: number): string | null {
  if (previousOf === 0) return null;
  const now = count / of;
  const then = previous / previousOf;
  const direction = now > then ? 'up from' : now < then ? 'down from' : 'the same share as';
  return `${direction} ${previous} of ${previousOf} the period before`;
}

const RESPONSE_PHRASES: Record<ResponseValue, string> = {
  'stayed-present': 'stayed present',
  pursued: 'pursued',
  withdrew: 'withdrew',
  froze: 'froze',
};

export function buildInsights(facts: InsightFacts): Insight[] {
  const { period } = facts;
  const base = { from: period.from, to: period.to, utcOffsetMinutes: period.utcOffsetMinutes };
  const insights: Insight[] = [];
  const apart = (trigger: PatternCount) => facts.entries.count - trigger.count;
  const bestPair = (trigger: string, kind: TagPair['kind']) =>
    facts.pairs
      .filter((pair) => pair.trigger === trigger && pair.kind === kind && pair.count >= MIN_TOGETHER)
      .sort(
        (a, b) =>
          b.count - a.count || (b.averageIntensity ?? -1) - (a.averageIntensity ?? -1) || (a.other < b.other ? -1 : 1),
      )[0];

  const top = facts.triggers[0];
  let statedPair: TagPair | undefined;
  if (top && top.count >= MIN_COUNT) {
    const numbers: Record<string, number> = { count: top.count };
    let text = `${quoted(top.name)} came up ${times(top.count)}`;
    const evenings = facts.triggerEvenings.get(top.name) ?? 0;
    if (evenings > 0) {
      numbers.weekdayEvenings = evenings;
      text += `, ${evenings} of them on weekday evenings`;
    }
    const emotion = apart(top) >= MIN_APART ? bestPair(top.name, 'emotion') : undefined;
    if (emotion) {
      statedPair = emotion;
      const usually = emotion.count * 2 > top.count;
      text += usually
        ? `, usually with ${emotion.other}`
        : `, most often with ${emotion.other}, in ${emotion.count} of them`;
      if (!usually) numbers.withEmotion = emotion.count;
      if (emotion.averageIntensity !== null) {
        numbers.averageIntensity = emotion.averageIntensity;
        text += ` (average ${decimal(emotion.averageIntensity)}/10)`;
      }
    }
    text += '.';
    const responses = facts.triggerResponses.filter((row) => row.trigger === top.name);
    if (responses.some((row) => row.count > 0)) {
      const present = responses.find((row) => row.response === 'stayed-present') ?? { count: 0, previous: 0 };
      numbers.stayedPresent = present.count;
      text += ` You stayed present ${present.count} of ${top.count} times`;
      const compared = comparedShare(present.count, top.count, present.previous, top.previous);
      if (compared) {
        numbers.stayedPresentBefore = present.previous;
        numbers.previousCount = top.previous;
        text += `, ${compared}`;
      }
      text += '.';
    }
    insights.push({
      id: idOf('top-trigger', top.name),
      kind: 'top-trigger',
      text,
      numbers,
      filter: { ...base, trigger: top.name },
      about: { trigger: top.name, ...(emotion ? { emotion: emotion.other } : {}) },
    });

    const need = apart(top) >= MIN_APART ? bestPair(top.name, 'need') : undefined;
    if (need) {
      insights.push({
        id: idOf('need-with-trigger', top.name, need.other),
        kind: 'need-with-trigger',
        text: `When ${quoted(top.name)} came up, the need you named most often was ${need.other} (${need.count} of ${top.count} times).`,
        numbers: { together: need.count, count: top.count },
        filter: { ...base, trigger: top.name, need: need.other },
        about: { trigger: top.name, need: need.other },
      });
    }
  }

  // The pair of a trigger and an emotion held together most often, unless the top trigger's text named it.
  const pair = facts.pairs
    .filter((candidate) => {
      if (candidate.kind !== 'emotion' || candidate.count < MIN_TOGETHER) return false;
      const trigger = facts.triggers.find((row) => row.name === candidate.trigger);
      return trigger !== undefined && apart(trigger) >= MIN_APART && candidate !== statedPair;
    })
    .sort((a, b) => b.count - a.count || (a.trigger + a.other < b.trigger + b.other ? -1 : 1))[0];
  if (pair) {
    const numbers: Record<string, number> = { together: pair.count };
    let text = `${quoted(pair.trigger)} and ${pair.other} came up together ${times(pair.count)}`;
    if (pair.averageIntensity !== null) {
      numbers.averageIntensity = pair.averageIntensity;
      text += `, at an average intensity of ${decimal(pair.averageIntensity)}/10`;
    }
    insights.push({
      id: idOf('co-occurrence', pair.trigger, pair.other),
      kind: 'co-occurrence',
      text: `${text}.`,
      numbers,
      filter: { ...base, trigger: pair.trigger, emotion: pair.other },
      about: { trigger: pair.trigger, emotion: pair.other },
    });
  }

  const changed = facts.triggers
    .filter((row) => Math.abs(row.change) >= MIN_CHANGE && Math.max(row.count, row.previous) >= MIN_COUNT)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.name < b.name ? -1 : 1))[0];
  if (changed) {
    const direction = changed.change > 0 ? 'up from' : 'down from';
    insights.push({
      id: idOf('trigger-change', changed.name),
      kind: 'trigger-change',
      text: `${quoted(changed.name)} came up ${changed.count === 0 ? 'no times' : times(changed.count)}, ${direction} ${changed.previous} the period before.`,
      numbers: { count: changed.count, previous: changed.previous },
      filter: { ...base, trigger: changed.name },
      about: { trigger: changed.name },
    });
  }

  if (facts.responded.count >= MIN_COUNT) {
    const present = facts.responses.find((row) => row.response === 'stayed-present') ?? { count: 0, previous: 0 };
    const numbers: Record<string, number> = { responded: facts.responded.count, stayedPresent: present.count };
    let text = `You noted what you did ${times(facts.responded.count)} and ${RESPONSE_PHRASES['stayed-present']} in ${present.count} of them`;
    const compared = comparedShare(present.count, facts.responded.count, present.previous, facts.responded.previous);
    if (compared) {
      numbers.stayedPresentBefore = present.previous;
      numbers.respondedBefore = facts.responded.previous;
      text += `, ${compared}`;
    }
    insights.push({
      id: idOf('responses'),
      kind: 'responses',
      text: `${text}.`,
      numbers,
      filter: { ...base, response: 'stayed-present' },
      about: { response: 'stayed-present' },
    });
  }

  if (facts.entries.count >= MIN_COUNT && facts.weekdayEvenings > 0) {
    insights.push({
      id: idOf('weekday-evenings'),
      kind: 'weekday-evenings',
      text: `${facts.weekdayEvenings} of your ${facts.entries.count} entries were written on weekday evenings.`,
      numbers: { weekdayEvenings: facts.weekdayEvenings, entries: facts.entries.count },
      filter: { ...base, weekday: 'weekdays', timeOfDay: 'evening' },
      about: {},
    });
  }
  return insights;
}

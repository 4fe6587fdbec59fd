import { describe, expect, it } from 'vitest';
import type { Insight } from '../../../preload/contract';
import { buildInsights, type InsightFacts } from '../../../main/journal/insights';
import { PERIOD, UM, patternsJournal } from './patterns-fixture';

/** Every number a text states, with the "/10" of an intensity scale left out. */
const numbersIn = (text: string) => (text.replace(/\/10\b/g, '').match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
const BANNED =
  /\b(because|causes?|caused|leads? to|led to|due to|results? in|makes? you|made you|so that|therefore)\b/i;

function expectHonest(insight: Insight): void {
  expect(insight.text).not.toMatch(BANNED);
  const stated = Object.values(insight.numbers);
  for (const number of numbersIn(insight.text)) expect(stated).toContain(number);
}

describe('insights on the fixture journal (counts in patterns-fixture.ts)', () => {
  it('speaks in words whose every number was counted from the entries', async () => {
    const { patterns } = await patternsJournal();
    const insights = patterns.report(PERIOD).insights;
    const byKind = Object.fromEntries(insights.map((insight) => [insight.kind, insight]));
    // By hand: UM in A, B, C, D; weekday evenings A, B, C (D is a Saturday); Anxious with UM in A (8), B (its
    // entry's 7), C (6) → 3 of 4, average 7; stayed present A, C of 4; before: P1, P2, neither stayed present.
    expect(byKind['top-trigger']!.text).toBe(
      "'Unanswered message' came up 4 times, 3 of them on weekday evenings, usually with Anxious (average 7/10). You stayed present 2 of 4 times, up from 0 of 2 the period before.",
    );
    expect(byKind['top-trigger']!.numbers).toEqual({
      count: 4,
      weekdayEvenings: 3,
      averageIntensity: 7,
      stayedPresent: 2,
      stayedPresentBefore: 0,
      previousCount: 2,
    });
    expect(byKind['top-trigger']!.filter).toEqual({ ...PERIOD, trigger: UM });
    expect(byKind['top-trigger']!.about).toEqual({ trigger: UM, emotion: 'Anxious' });
    // Reassurance with UM in A, B, C.
    expect(byKind['need-with-trigger']!.text).toBe(
      "When 'Unanswered message' came up, the need you named most often was Reassurance (3 of 4 times).",
    );
    // Criticism: E now, P3..P6 before.
    expect(byKind['trigger-change']!.text).toBe("'Criticism' came up once, down from 4 the period before.");
    // Responses noted in A, B, C, D (2 stayed present); before in P1, P2 (none).
    expect(byKind.responses!.text).toBe(
      'You noted what you did 4 times and stayed present in 2 of them, up from 0 of 2 the period before.',
    );
    // Weekday evenings: A, B, C, E, F, G; not D (Saturday) nor H (night).
    expect(byKind['weekday-evenings']!.text).toBe('6 of your 8 entries were written on weekday evenings.');
    // UM × Hurt is in only 2 entries: not enough to say they go together.
    expect(byKind['co-occurrence']).toBeUndefined();
    for (const insight of insights) expectHonest(insight);
  });

  it('links each insight to exactly the entries it counts', async () => {
    const { patterns } = await patternsJournal();
    for (const insight of patterns.report(PERIOD).insights) {
      const { total } = patterns.entries(insight.filter);
      if (insight.kind === 'top-trigger' || insight.kind === 'trigger-change')
        expect(total).toBe(insight.numbers.count);
      if (insight.kind === 'need-with-trigger') expect(total).toBe(insight.numbers.together);
      if (insight.kind === 'weekday-evenings') expect(total).toBe(insight.numbers.weekdayEvenings);
      if (insight.kind === 'responses') expect(total).toBe(insight.numbers.stayedPresent);
    }
  });
});

const facts = (overrides: Partial<InsightFacts> = {}): InsightFacts => ({
  period: PERIOD,
  entries: { count: 20, previous: 18 },
  weekdayEvenings: 0,
  triggers: [{ name: 'Sarcasm', count: 6, previous: 5, change: 1 }],
  triggerEvenings: new Map(),
  pairs: [],
  triggerResponses: [],
  responded: { count: 0, previous: 0 },
  responses: [],
  ...overrides,
});

describe('insight rules', () => {
  it('says "usually" only past half, and "most often … in k of them" short of it', () => {
    const pair = { trigger: 'Sarcasm', kind: 'emotion' as const, other: 'Hurt', averageIntensity: 6.5 };
    const usually = buildInsights(facts({ pairs: [{ ...pair, count: 4 }] }))[0]!;
    expect(usually.text).toBe("'Sarcasm' came up 6 times, usually with Hurt (average 6.5/10).");
    const often = buildInsights(facts({ pairs: [{ ...pair, count: 3 }] }))[0]!;
    expect(often.text).toBe("'Sarcasm' came up 6 times, most often with Hurt, in 3 of them (average 6.5/10).");
    expectHonest(usually);
    expectHonest(often);
  });

  it('claims nothing goes together on too little evidence on either side', () => {
    const pair = { trigger: 'Sarcasm', kind: 'emotion' as const, other: 'Hurt', averageIntensity: 6, count: 2 };
    expect(buildInsights(facts({ pairs: [pair] }))[0]!.text).toBe("'Sarcasm' came up 6 times.");
    // Three together, but the trigger is in all but two of the period's entries: no other side to compare.
    const everywhere = facts({ entries: { count: 8, previous: 0 }, pairs: [{ ...pair, count: 5 }] });
    expect(buildInsights(everywhere)[0]!.text).toBe("'Sarcasm' came up 6 times.");
    expect(buildInsights(facts({ triggers: [{ name: 'Sarcasm', count: 2, previous: 0, change: 2 }] }))).toEqual([]);
  });

  it('compares responses by share, and says so when it went down or stayed the same', () => {
    const responses = (count: number, previous: number) =>
      buildInsights(
        facts({
          triggerResponses: [
            { trigger: 'Sarcasm', response: 'stayed-present', count, previous },
            { trigger: 'Sarcasm', response: 'pursued', count: 2, previous: 2 },
          ],
        }),
      )[0]!.text;
    expect(responses(1, 3)).toContain('You stayed present 1 of 6 times, down from 3 of 5 the period before.');
    expect(responses(0, 0)).toContain('You stayed present 0 of 6 times, the same share as 0 of 5 the period before.');
    const noPrevious = facts({
      triggers: [{ name: 'Sarcasm', count: 6, previous: 0, change: 6 }],
      triggerResponses: [{ trigger: 'Sarcasm', response: 'pursued', count: 2, previous: 0 }],
    });
    const text = buildInsights(noPrevious)[0]!.text;
    expect(text).toContain('You stayed present 0 of 6 times.');
    expect(text).not.toContain('period before');
  });

  it('never uses causal words, whatever the data', () => {
    const many = facts({
      weekdayEvenings: 9,
      triggers: [
        { name: 'Because', count: 9, previous: 1, change: 8 },
        { name: 'Sarcasm', count: 1, previous: 7, change: -6 },
      ],
      triggerEvenings: new Map([['Because', 4]]),
      pairs: [
        { trigger: 'Because', kind: 'emotion', other: 'Hurt', count: 5, averageIntensity: 7 },
        { trigger: 'Sarcasm', kind: 'emotion', other: 'Angry', count: 3, averageIntensity: null },
        { trigger: 'Because', kind: 'need', other: 'Space', count: 4, averageIntensity: null },
      ],
      triggerResponses: [{ trigger: 'Because', response: 'stayed-present', count: 3, previous: 1 }],
      responded: { count: 10, previous: 4 },
      responses: [{ response: 'stayed-present', count: 4, previous: 1 }],
    });
    const insights = buildInsights(many);
    expect(insights.map((insight) => insight.kind).sort()).toEqual([
      'co-occurrence',
      'need-with-trigger',
      'responses',
      'top-trigger',
      'trigger-change',
      'weekday-evenings',
    ]);
    // A tag the person named "Because" is theirs to name; Haven's own words around it stay descriptive.
    for (const insight of insights) expectHonest({ ...insight, text: insight.text.replaceAll("'Because'", "'X'") });
  });
});

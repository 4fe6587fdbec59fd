import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  choosePrompt,
  NO_REPEAT_DAYS,
  rankPrompts,
  weigh,
  type PromptUse,
  type SelectionInput,
} from '../../../main/journal/prompt-rule';
import { PROMPTS, TRIGGER_THEMES } from '../../../resources/prompts';

const nights = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => format(addDays(new Date(`${from}T12:00:00`), i), 'yyyy-MM-dd'));

const base = (date: string, extra: Partial<SelectionInput> = {}): SelectionInput => ({
  date,
  prompts: PROMPTS,
  use: new Map(),
  focus: [],
  leans: [],
  triggers: [],
  passed: [],
  ...extra,
});

const unused: PromptUse = { favourite: false, hidden: false, notForMe: 0, lastShown: null, lastAnswered: null };
const dismissed = { name: 'Feeling dismissed', count: 3, themes: TRIGGER_THEMES['feeling-dismissed']! };

describe('choosing tonight’s prompt', () => {
  it('gives the same prompt for the same state and date, whatever order the library is in', () => {
    for (const date of nights('2026-11-01', 10)) {
      const first = choosePrompt(base(date, { triggers: [dismissed] }));
      const again = choosePrompt(base(date, { triggers: [dismissed], prompts: [...PROMPTS].reverse() }));
      expect(again?.prompt.id).toBe(first?.prompt.id);
    }
    const ids = new Set(nights('2026-11-01', 10).map((date) => choosePrompt(base(date))?.prompt.id));
    expect(ids.size).toBeGreaterThan(5);
  });

  it('raises the themes of a focus area', () => {
    for (const date of nights('2026-11-01', 20)) {
      expect(choosePrompt(base(date, { focus: ['repair'] }))?.prompt.themes).toContain('repair');
    }
    const anyPrompt = nights('2026-11-01', 20).filter((date) =>
      choosePrompt(base(date))?.prompt.themes.includes('repair'),
    );
    expect(anyPrompt.length).toBeLessThan(20);
    const repair = PROMPTS.find((prompt) => prompt.themes.includes('repair') && prompt.fit === 'anyone')!;
    expect(weigh(repair, base('2026-11-01', { focus: ['repair'] })).weight).toBe(3);
  });

  it('leans toward the themes of a trigger tagged this week, and says so', () => {
    const themes = new Set(dismissed.themes);
    const touches = (date: string, extra: Partial<SelectionInput>) =>
      choosePrompt(base(date, extra))!.prompt.themes.some((theme) => themes.has(theme) || theme === 'triggers');
    const dates = nights('2026-10-01', 30);
    const withTrigger = dates.filter((date) => touches(date, { triggers: [dismissed] })).length;
    const without = dates.filter((date) => touches(date, {})).length;
    expect(withTrigger).toBe(30);
    expect(withTrigger).toBeGreaterThan(without);
    expect(choosePrompt(base('2026-11-25', { triggers: [dismissed] }))?.reason).toBe(
      '‘Feeling dismissed’ came up three times this week.',
    );
  });

  it('never repeats a prompt within 21 days of showing or answering it', () => {
    const use = new Map<string, PromptUse>();
    const shown: { date: string; id: string }[] = [];
    for (const date of nights('2026-01-01', 120)) {
      const chosen = choosePrompt(base(date, { use, focus: ['gratitude'], triggers: [dismissed] }))!;
      shown.push({ date, id: chosen.prompt.id });
      use.set(chosen.prompt.id, { ...(use.get(chosen.prompt.id) ?? unused), lastShown: date });
    }
    for (const [i, night] of shown.entries()) {
      const window = shown.slice(i + 1, i + NO_REPEAT_DAYS);
      expect(window.map((later) => later.id)).not.toContain(night.id);
    }
    // Answered counts too: a prompt answered yesterday isn't offered tonight.
    const top = choosePrompt(base('2026-06-02'))!.prompt.id;
    const answered = new Map([[top, { ...unused, lastAnswered: '2026-06-01' }]]);
    expect(choosePrompt(base('2026-06-02', { use: answered }))?.prompt.id).not.toBe(top);
    // Shown earlier tonight stays tonight's prompt.
    const tonight = new Map([[top, { ...unused, lastShown: '2026-06-02' }]]);
    expect(choosePrompt(base('2026-06-02', { use: tonight }))?.prompt.id).toBe(top);
  });

  it('lowers the weight of a prompt each time it was "Not for me", and hidden or passed prompts are not offered', () => {
    const date = '2026-11-25';
    const top = choosePrompt(base(date))!;
    const once = new Map([[top.prompt.id, { ...unused, notForMe: 1 }]]);
    expect(weigh(top.prompt, base(date, { use: once })).weight).toBeCloseTo(top.weight / 2);
    const twice = new Map([[top.prompt.id, { ...unused, notForMe: 2 }]]);
    expect(weigh(top.prompt, base(date, { use: twice })).weight).toBeCloseTo(top.weight / 4);
    const before = rankPrompts(base(date)).findIndex((item) => item.prompt.id === top.prompt.id);
    const after = rankPrompts(base(date, { use: twice })).findIndex((item) => item.prompt.id === top.prompt.id);
    expect(after).toBeGreaterThan(before);

    const hidden = new Map([[top.prompt.id, { ...unused, hidden: true }]]);
    expect(rankPrompts(base(date, { use: hidden })).map((item) => item.prompt.id)).not.toContain(top.prompt.id);
    const next = choosePrompt(base(date, { passed: [top.prompt.id] }))!;
    expect(next.prompt.id).not.toBe(top.prompt.id);
    expect(next.prompt.id).toBe(rankPrompts(base(date))[1]!.prompt.id);
  });

  it('prefers prompts that fit the tendencies a person recognises, and favourites', () => {
    const anxious = PROMPTS.find((prompt) => prompt.fit === 'leans-anxious')!;
    const plain = weigh(anxious, base('2026-11-25')).weight;
    const fits = weigh(anxious, base('2026-11-25', { leans: ['leans-anxious'] }));
    const other = weigh(anxious, base('2026-11-25', { leans: ['leans-avoidant'] })).weight;
    expect(fits.weight).toBeGreaterThan(plain);
    expect(other).toBeLessThan(plain);
    const favourite = new Map([[anxious.id, { ...unused, favourite: true }]]);
    expect(weigh(anxious, base('2026-11-25', { use: favourite })).weight).toBeGreaterThan(plain);
  });
});

import { createHash } from 'node:crypto';
import { differenceInCalendarDays } from 'date-fns';
import { THEMES, type Prompt, type PromptTheme, type TendencyFit } from '../../resources/prompts';
import { parseDate } from './dates';

/**
 * How tonight's prompt is chosen. A pure function of the vault's state and the date, so the same journal on
 * the same night offers the same prompt, and every rule below is tested.
 *
 * Each prompt that may be offered gets a weight, starting at 1:
 * - focus areas: +2 when one of its themes is a focus area the person chose;
 * - tendencies: +1.5 when it leans the way of a tendency the person recognised in themselves; a prompt leaning
 *   only the other way counts half. With no tendencies chosen, leaning prompts count three quarters, so
 *   prompts for anyone come first until the person says more;
 * - this week's triggers: for each trigger tagged in the last 7 days whose themes the prompt shares, up to +3
 *   (one per time it came up, at most three), times 1, 0.7 or 0.5 for the trigger's first, second or third
 *   theme; prompts about triggers themselves get +0.5 for each trigger that came up, at most +1.5;
 * - favourites: +1;
 * - "Not for me": halves the weight each time it was said.
 * Never offered: hidden prompts, prompts passed over tonight with "Another prompt", and prompts shown or
 * answered on another night in the last 21 days (when that leaves nothing, the 21 days are relaxed first).
 *
 * Among the rest the highest weight wins, after a small, fixed nudge per prompt and night (a hash of both,
 * at most ±25%), so equal prompts take turns from night to night instead of the same one always winning.
 */

export const NO_REPEAT_DAYS = 21;
export const TRIGGER_WINDOW_DAYS = 7;

export interface PromptUse {
  favourite: boolean;
  hidden: boolean;
  /** How many times the person said "Not for me". */
  notForMe: number;
  /** The journal date it was last offered, and last answered in an entry. */
  lastShown: string | null;
  lastAnswered: string | null;
}

export interface RecentTrigger {
  name: string;
  /** Entries in the last 7 days that hold it. */
  count: number;
  /** The themes it touches, most relevant first (resources/prompts/trigger-themes.ts). */
  themes: readonly PromptTheme[];
}

export interface SelectionInput {
  date: string;
  prompts: readonly Prompt[];
  use: ReadonlyMap<string, PromptUse>;
  focus: readonly PromptTheme[];
  /** The leans of the tendencies the person recognised. */
  leans: readonly TendencyFit[];
  /** Tendency texts by lean, for the reason line. */
  tendencyText?: Partial<Record<TendencyFit, string>>;
  triggers: readonly RecentTrigger[];
  /** Prompts passed over tonight with "Another prompt", in order. */
  passed: readonly string[];
}

export interface Chosen {
  prompt: Prompt;
  /** One line on why, in plain words. */
  reason: string;
  weight: number;
}

type Factor = { bonus: number; reason: string };

const TIMES = ['', 'once', 'twice', 'three times', 'four times', 'five times', 'six times', 'seven times'];
const times = (n: number) => TIMES[n] ?? `${n} times`;
const THEME_SHARE = [1, 0.7, 0.5];

function jitter(date: string, id: string): number {
  const hash = createHash('sha256').update(`${date}|${id}`).digest();
  return 0.75 + (hash.readUInt32BE(0) / 0xffffffff) * 0.5;
}

function daysBetween(from: string, to: string): number {
  return Math.abs(differenceInCalendarDays(parseDate(to), parseDate(from)));
}

/** A prompt's weight and the biggest reason behind it. */
export function weigh(prompt: Prompt, input: SelectionInput): { weight: number; reason: string } {
  const factors: Factor[] = [];
  const focused = prompt.themes.find((theme) => input.focus.includes(theme));
  if (focused) factors.push({ bonus: 2, reason: `You chose to focus on ${THEMES[focused].name.toLowerCase()}.` });

  let scale = 1;
  if (prompt.fit !== 'anyone') {
    if (input.leans.includes(prompt.fit)) {
      const text = input.tendencyText?.[prompt.fit];
      factors.push({
        bonus: 1.5,
        reason: text
          ? `It fits something you recognise in yourself: “${text}”`
          : 'It fits what you recognise in yourself.',
      });
    } else {
      scale = input.leans.length > 0 ? 0.5 : 0.75;
    }
  }

  let triggerTotal = 0;
  for (const trigger of input.triggers) {
    if (trigger.count <= 0) continue;
    triggerTotal += 1;
    const share = trigger.themes.reduce(
      (best, theme, index) => (prompt.themes.includes(theme) ? Math.max(best, THEME_SHARE[index] ?? 0.5) : best),
      0,
    );
    if (share > 0) {
      factors.push({
        bonus: Math.min(trigger.count, 3) * share,
        reason: `‘${trigger.name}’ came up ${times(trigger.count)} this week.`,
      });
    }
  }
  if (prompt.themes.includes('triggers') && triggerTotal > 0) {
    const top = [...input.triggers].sort((a, b) => b.count - a.count)[0]!;
    factors.push({
      bonus: Math.min(triggerTotal * 0.5, 1.5),
      reason: `‘${top.name}’ came up ${times(top.count)} this week.`,
    });
  }

  const use = input.use.get(prompt.id);
  if (use?.favourite) factors.push({ bonus: 1, reason: 'It’s one of your favourites.' });
  if (use && use.notForMe > 0) scale *= 0.5 ** use.notForMe;

  const weight = (1 + factors.reduce((sum, factor) => sum + factor.bonus, 0)) * scale;
  const main = factors.reduce<Factor | null>(
    (best, factor) => (!best || factor.bonus > best.bonus ? factor : best),
    null,
  );
  return { weight, reason: main?.reason ?? 'A gentle question for tonight.' };
}

function recentlyUsed(use: PromptUse | undefined, date: string): boolean {
  const recent = (day: string | null) => day !== null && day !== date && daysBetween(day, date) < NO_REPEAT_DAYS;
  return recent(use?.lastShown ?? null) || recent(use?.lastAnswered ?? null);
}

/** Every prompt that may be offered tonight, best first. */
export function rankPrompts(input: SelectionInput): Chosen[] {
  const passed = new Set(input.passed);
  const open = input.prompts.filter((prompt) => !input.use.get(prompt.id)?.hidden);
  const fresh = open.filter((prompt) => !passed.has(prompt.id) && !recentlyUsed(input.use.get(prompt.id), input.date));
  // When a small library runs dry, the 21 days give way before tonight's passes do.
  const pool = fresh.length > 0 ? fresh : open.filter((prompt) => !passed.has(prompt.id));
  return pool
    .map((prompt) => {
      const { weight, reason } = weigh(prompt, input);
      return { prompt, reason, weight, score: weight * jitter(input.date, prompt.id) };
    })
    .sort((a, b) => b.score - a.score || a.prompt.id.localeCompare(b.prompt.id))
    .map(({ prompt, reason, weight }) => ({ prompt, reason, weight }));
}

export function choosePrompt(input: SelectionInput): Chosen | null {
  return rankPrompts(input)[0] ?? null;
}

import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { PatternsBounds, PatternsPeriod } from '../../../../preload/contract';

/** The periods the picker offers; a custom range names its own two days. */
export type PeriodChoice =
  | { kind: 'days'; days: 7 | 30 | 90 }
  | { kind: 'all' }
  | { kind: 'custom'; from: string; to: string }
  | { kind: 'since-card' };

export const PRESETS = [7, 30, 90] as const;

/** Minutes to add to UTC for local time, as the main side reads times of day. */
export const utcOffsetMinutes = (at = new Date()) => -at.getTimezoneOffset();

const iso = (date: Date) => format(date, 'yyyy-MM-dd');

/** The days a choice covers, both ends included; null while it can't be known (no card yet, bounds loading). */
export function resolvePeriod(
  choice: PeriodChoice,
  today: string,
  bounds: PatternsBounds | null,
): Required<PatternsPeriod> | null {
  const base = { utcOffsetMinutes: utcOffsetMinutes() };
  if (choice.kind === 'days') return { ...base, from: iso(addDays(parseISO(today), 1 - choice.days)), to: today };
  if (choice.kind === 'all') {
    // From the first entry to today, or to the last entry if one is dated later.
    if (!bounds) return null;
    const last = bounds.last && bounds.last > today ? bounds.last : today;
    return { ...base, from: bounds.first && bounds.first < last ? bounds.first : last, to: last };
  }
  if (choice.kind === 'custom') {
    if (!choice.from || !choice.to || choice.from > choice.to) return null;
    return { ...base, from: choice.from, to: choice.to };
  }
  const since = bounds?.lastCard?.date;
  return since && since <= today ? { ...base, from: since, to: today } : null;
}

export const periodDays = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;

/** "3 Nov" for a day; the year is added when it isn't this year. */
export function shortDate(isoDate: string, today = new Date()): string {
  const date = parseISO(isoDate);
  return format(date, date.getFullYear() === today.getFullYear() ? 'd MMM' : 'd MMM yyyy');
}

export const rangeText = (from: string, to: string) =>
  from === to ? shortDate(from) : `${shortDate(from)} – ${shortDate(to)}`;

/** A change between periods in words: "up 2", "down 1", "no change". */
export const changeText = (change: number) =>
  change > 0 ? `up ${change}` : change < 0 ? `down ${-change}` : 'no change';

import {
  endOfMonth,
  format,
  getDate,
  getHours,
  isValid,
  parse,
  startOfDay,
  subDays,
  subMonths,
  subYears,
} from 'date-fns';

/**
 * Calendar dates as Haven stores them: 'YYYY-MM-DD' in the person's local time zone. Pure functions, so the
 * clock and the time zone are the caller's (tests pin both).
 */

const DAY = 'yyyy-MM-dd';

export const formatDate = (date: Date): string => format(date, DAY);

/** Local midnight of a 'YYYY-MM-DD' date; throws on anything else. */
export function parseDate(date: string): Date {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? parse(date, DAY, new Date(2000, 0, 1)) : new Date(NaN);
  if (!isValid(parsed)) throw new RangeError(`not a date: ${date}`);
  return parsed;
}

/**
 * The day someone is writing for. Writing after midnight still counts for the evening before until
 * `dayStartsAtHour` (local time): at 01:30 with a day start of 4, it is still yesterday's night. Calendar days
 * are stepped with date-fns in local time, so a daylight-saving change doesn't shift the answer.
 */
export function journalDate(now: Date, dayStartsAtHour: number): string {
  return formatDate(getHours(now) < dayStartsAtHour ? subDays(startOfDay(now), 1) : now);
}

/** The first and last date of a 'YYYY-MM' month. */
export function monthBounds(month: string): { first: string; last: string } {
  const first = parseDate(`${month}-01`);
  return { first: formatDate(first), last: formatDate(endOfMonth(first)) };
}

/**
 * The dates "on this day" looks back to from `date`: the same day of the month in each of the 11 months
 * before, and the same month and day in every earlier year back to `earliestYear`. A day a month doesn't have
 * (the 31st in April, 29 February in most years) has no match there rather than a neighbouring day.
 * Newest first.
 */
export function onThisDayDates(date: string, earliestYear: number): { months: string[]; years: string[] } {
  const day = parseDate(date);
  const months: string[] = [];
  for (let back = 1; back <= 11; back++) {
    const then = subMonths(day, back);
    if (getDate(then) === getDate(day)) months.push(formatDate(then));
  }
  const years: string[] = [];
  for (let back = 1; day.getFullYear() - back >= earliestYear; back++) {
    const then = subYears(day, back);
    if (getDate(then) === getDate(day)) years.push(formatDate(then));
  }
  return { months, years };
}

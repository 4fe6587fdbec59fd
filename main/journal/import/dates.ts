/**
 * Dates as other journals write them. An entry's date in Haven is the calendar day the person lived it, so a
 * moment in UTC is read in the time zone it was written in; a date written without a time zone is taken as
 * written. A date-only value gets noon UTC as its moment, so no time zone moves it to another day.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day && year >= 1000;
}

const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatIn(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      format = null;
    }
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether the runtime knows this IANA time zone name. */
export const knowsTimeZone = (timeZone: string): boolean => formatIn(timeZone) !== null;

/** The calendar date of a moment in a time zone (UTC when the zone is unknown). */
export function localDateIn(at: Date, timeZone: string): string {
  const format = formatIn(timeZone) ?? formatIn('UTC')!;
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Notesnook's and other apps' day-first dates: "01-01-2024 01:23 AM", "31.12.2023 22:05". */
const DAY_FIRST = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A moment written in ISO 8601 with its offset or Z; null for anything else. */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = INSTANT.exec(value.trim());
  if (!match || !match[8]) return null;
  if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  const at = new Date(value.trim().replace(' ', 'T'));
  return Number.isNaN(at.getTime()) ? null : at;
}

export interface ReadDate {
  date: string;
  createdAt: string;
}

/**
 * A date as people write them in front matter and file names: "2020-05-01", "2020-05-01 21:30",
 * "2020-05-01T21:30:00+02:00". The date is the one written; the moment is exact when an offset is given,
 * and otherwise the time as written, in UTC. Null when it can't be read.
 */
export function parseLooseDate(value: unknown): ReadDate | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { date: value.toISOString().slice(0, 10), createdAt: value.toISOString() };
  }
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  const day = DAY.exec(trimmed);
  if (day) {
    if (!isRealDate(Number(day[1]), Number(day[2]), Number(day[3]))) return null;
    return { date: trimmed, createdAt: `${trimmed}T12:00:00.000Z` };
  }
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) return readDayFirst(dayFirst);
  const match = INSTANT.exec(trimmed);
  if (!match) return null;
  const [, y, m, d, hh, mm, ss] = match;
  if (!isRealDate(Number(y), Number(m), Number(d)) || Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) {
    return null;
  }
  const date = `${y}-${m}-${d}`;
  if (match[8]) {
    const at = parseInstant(trimmed);
    return at ? { date, createdAt: at.toISOString() } : null;
  }
  return { date, createdAt: `${date}T${hh}:${mm}:${pad(Number(ss ?? 0))}.000Z` };
}

/**
 * A day-first date as Notesnook writes it (its default is DD-MM-YYYY, with a 12-hour time); when the second
 * number can't be a month, the date was written month first, as in the US.
 */
function readDayFirst(match: RegExpExecArray): ReadDate | null {
  const [, a, b, y, hh, mm, ss, half] = match;
  let [day, month] = [Number(a), Number(b)];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  let hour = Number(hh ?? 12);
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(half) ? 12 : 0);
  }
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (!isRealDate(Number(y), month, day) || hour > 23 || Number(mm ?? 0) > 59 || Number(ss ?? 0) > 59) return null;
  if (hh === undefined) return { date, createdAt: `${date}T12:00:00.000Z` };
  return { date, createdAt: `${date}T${pad(hour)}:${mm}:${pad(Number(ss ?? 0))}.000Z` };
}

/**
 * A date inside a file name, like "2020-05-01 Evening.md", "20200501.md" or Logseq's "2023_01_03.md"; null
 * when there is none.
 */
export function dateFromFileName(name: string): ReadDate | null {
  const base = name.split('/').at(-1) ?? name;
  const match = /(?:^|\D)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(base);
  if (!match) return null;
  return parseLooseDate(`${match[1]}-${match[2]}-${match[3]}`);
}

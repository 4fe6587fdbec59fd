import type { HavenApi } from '../../preload/bridge';
import type { HavenErrorValue, Result } from '../../preload/contract';

declare global {
  interface Window {
    haven: HavenApi;
  }
}

/** The bridge to the main process; every call answers a Result, never throws. */
export const haven = (): HavenApi => window.haven;

export type { HavenErrorValue, Result };

/** Today's date in the person's own time zone, as the vault stores dates. */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function formatDate(isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'full' }): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, options).format(new Date(y, m - 1, d));
}

/** The time of day an entry was started, short and in the person's own locale and time zone ("21:40", "9:40 PM"). */
export function formatTime(isoDateTime: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(isoDateTime));
}

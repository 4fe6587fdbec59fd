import type { Platform } from '../platform/types';

/** Fixed wording only: a reminder must never carry anything from a journal. */
export const REMINDER = {
  title: 'Haven',
  body: 'A quiet moment to write tonight, if you’d like.',
} as const;

/** Milliseconds from `now` to the next local clock time 'HH:MM' (tomorrow if it has passed today). */
export function msUntil(time: string, now: Date): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const next = new Date(now);
  next.setHours(hours, minutes, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

/** The nightly reminder: one timer to the next chosen time, re-armed after it fires or when the time changes. */
export class Reminders {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly platform: Platform,
    private readonly now: () => Date,
  ) {}

  schedule(time: string | null): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (time === null) return;
    this.timer = setTimeout(
      () => {
        this.platform.notify(REMINDER);
        this.schedule(time);
      },
      msUntil(time, this.now()),
    );
    this.timer.unref();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

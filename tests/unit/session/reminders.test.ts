import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakePlatform } from '../../../main/platform/fake';
import { DEFAULT_PREFERENCES, readPreferences, writePreferences } from '../../../main/session/preferences';
import { REMINDER, Reminders, msUntil } from '../../../main/session/reminders';

afterEach(() => {
  vi.useRealTimers();
});

describe('nightly reminder', () => {
  it('waits until the chosen time today, or tomorrow once it has passed', () => {
    const evening = new Date(2026, 10, 25, 20, 0, 0);
    expect(msUntil('21:30', evening)).toBe(90 * 60_000);
    const late = new Date(2026, 10, 25, 22, 0, 0);
    expect(msUntil('21:30', late)).toBe((23 * 60 + 30) * 60_000);
    expect(msUntil('20:00', evening)).toBe(24 * 3600_000);
  });

  it('notifies each night with fixed wording only, and stops when turned off', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 25, 21, 0, 0) });
    const platform = createFakePlatform();
    const reminders = new Reminders(platform, () => new Date());
    reminders.schedule('21:30');
    vi.advanceTimersByTime(29 * 60_000);
    expect(platform.control.notifications).toHaveLength(0);
    vi.advanceTimersByTime(60_000);
    expect(platform.control.notifications).toEqual([REMINDER]);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(platform.control.notifications).toHaveLength(2);
    reminders.schedule(null);
    vi.advanceTimersByTime(48 * 3600_000);
    expect(platform.control.notifications).toHaveLength(2);
  });
});

describe('preferences', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('round-trip through a small plaintext file and fall back to defaults when it is missing or broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-prefs-'));
    dirs.push(dir);
    expect(readPreferences(dir)).toEqual(DEFAULT_PREFERENCES);
    writePreferences(dir, { reminderTime: '22:15', openAtLogin: true });
    expect(readPreferences(dir)).toEqual({ reminderTime: '22:15', openAtLogin: true });
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toMatchObject({
      reminderTime: '22:15',
      openAtLogin: true,
    });
    // A value that can't be read falls back alone; the choice beside it is kept.
    writePreferences(dir, { reminderTime: '25:99', openAtLogin: true } as never);
    expect(readPreferences(dir)).toEqual({ reminderTime: null, openAtLogin: true });
  });
});

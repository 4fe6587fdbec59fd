import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalDate, monthBounds, onThisDayDates, parseDate } from '../../../main/journal/dates';

// A zone with daylight saving, so the tests cross a clock change: in Berlin, 2026-03-29 02:00 → 03:00 and
// 2026-10-25 03:00 → 02:00.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('the journal date', () => {
  it('is yesterday after midnight until the day starts, and today from then on', () => {
    expect(journalDate(new Date(2026, 10, 25, 23, 59), 4)).toBe('2026-11-25');
    expect(journalDate(new Date(2026, 10, 26, 0, 30), 4)).toBe('2026-11-25');
    expect(journalDate(new Date(2026, 10, 26, 3, 59), 4)).toBe('2026-11-25');
    expect(journalDate(new Date(2026, 10, 26, 4, 0), 4)).toBe('2026-11-26');
  });

  it('is the calendar day when the day starts at midnight', () => {
    expect(journalDate(new Date(2026, 10, 26, 0, 0), 0)).toBe('2026-11-26');
  });

  it('steps back across months, years and a leap day', () => {
    expect(journalDate(new Date(2026, 11, 1, 1, 0), 4)).toBe('2026-11-30');
    expect(journalDate(new Date(2027, 0, 1, 1, 0), 4)).toBe('2026-12-31');
    expect(journalDate(new Date(2028, 2, 1, 2, 0), 4)).toBe('2028-02-29');
  });

  it('is not thrown off by a daylight-saving change', () => {
    // The zone is in effect: 02:30 doesn't exist that night, so it reads as 03:30.
    expect(new Date(2026, 2, 29, 2, 30).getHours()).toBe(3);
    // 03:30 on the night the clocks go forward is 2½ hours after midnight, not 3½: still the evening before.
    expect(journalDate(new Date(2026, 2, 29, 3, 30), 4)).toBe('2026-03-28');
    expect(journalDate(new Date(2026, 2, 29, 4, 30), 4)).toBe('2026-03-29');
    // The night the clocks go back has an extra hour between midnight and 04:00.
    expect(journalDate(new Date(2026, 9, 25, 3, 30), 4)).toBe('2026-10-24');
    expect(journalDate(new Date(2026, 9, 25, 4, 0), 4)).toBe('2026-10-25');
  });
});

describe('months and dates', () => {
  it('knows where each month ends', () => {
    expect(monthBounds('2026-11')).toEqual({ first: '2026-11-01', last: '2026-11-30' });
    expect(monthBounds('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(() => monthBounds('2026-13')).toThrow();
  });

  it('reads only real dates', () => {
    expect(parseDate('2026-02-28').getDate()).toBe(28);
    for (const bad of ['2026-02-30', '2026-2-3', 'yesterday', '']) expect(() => parseDate(bad)).toThrow();
  });
});

describe('"on this day" dates', () => {
  it('are the same day of the 11 months before, and the same date in each earlier year', () => {
    expect(onThisDayDates('2026-11-25', 2024)).toEqual({
      months: [
        '2026-10-25',
        '2026-09-25',
        '2026-08-25',
        '2026-07-25',
        '2026-06-25',
        '2026-05-25',
        '2026-04-25',
        '2026-03-25',
        '2026-02-25',
        '2026-01-25',
        '2025-12-25',
      ],
      years: ['2025-11-25', '2024-11-25'],
    });
  });

  it('skip months without that day, and years without a leap day', () => {
    expect(onThisDayDates('2026-03-31', 2026).months).toEqual([
      '2026-01-31',
      '2025-12-31',
      '2025-10-31',
      '2025-08-31',
      '2025-07-31',
      '2025-05-31',
    ]);
    expect(onThisDayDates('2028-02-29', 2020).years).toEqual(['2024-02-29', '2020-02-29']);
  });

  it('look back to no year before the journal began', () => {
    expect(onThisDayDates('2026-11-25', 2026).years).toEqual([]);
  });
});

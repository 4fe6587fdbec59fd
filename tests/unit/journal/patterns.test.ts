import { describe, expect, it } from 'vitest';
import { previousPeriod } from '../../../main/journal/patterns';
import { docOf, intensity, item, picker, response } from './helpers';
import { PERIOD, UM, patternsJournal } from './patterns-fixture';

describe('patterns over a period, counted by hand (see patterns-fixture.ts)', () => {
  it('counts entries, nights, triggers and needs, with the change from the period before', async () => {
    const { patterns } = await patternsJournal();
    const report = patterns.report(PERIOD);
    expect(report.period).toEqual({ from: '2026-03-01', to: '2026-03-14', days: 14 });
    expect(report.previous).toEqual({ from: '2026-02-15', to: '2026-02-28' });
    // A..H; the trashed T is not counted. P1..P6 before.
    expect(report.entries).toEqual({ count: 8, previous: 6 });
    expect(report.nights).toEqual({ count: 8, previous: 6 });
    expect(report.triggers).toEqual([
      { name: UM, count: 4, previous: 2, change: 2 },
      { name: 'Criticism', count: 1, previous: 4, change: -3 },
    ]);
    expect(report.needs).toEqual([{ name: 'Reassurance', count: 3, previous: 0, change: 3 }]);
  });

  it('lays triggers and responses out by ISO week, empty weeks included', async () => {
    const { patterns } = await patternsJournal();
    const report = patterns.report(PERIOD);
    expect(report.triggersOverTime.unit).toBe('week');
    expect(report.triggersOverTime.buckets).toEqual([
      { key: '2026-02-23', from: '2026-03-01', to: '2026-03-01' },
      { key: '2026-03-02', from: '2026-03-02', to: '2026-03-08' },
      { key: '2026-03-09', from: '2026-03-09', to: '2026-03-14' },
    ]);
    expect(report.responses.buckets).toEqual(report.triggersOverTime.buckets);
    expect(report.triggersOverTime.series).toEqual([
      { key: UM, label: UM, counts: [0, 4, 0] },
      { key: 'Criticism', label: 'Criticism', counts: [0, 0, 1] },
    ]);
    const series = Object.fromEntries(report.responses.series.map((s) => [s.key, s.counts]));
    expect(series).toEqual({
      pursued: [0, 1, 0],
      withdrew: [0, 1, 0],
      froze: [0, 0, 0],
      'stayed-present': [0, 2, 0],
    });
    const totals = Object.fromEntries(report.responses.totals.map((t) => [t.response, [t.count, t.previous]]));
    expect(totals).toEqual({ pursued: [1, 1], withdrew: [1, 1], froze: [0, 0], 'stayed-present': [2, 0] });
  });

  it('averages intensity per day for short periods, per week for longer ones', async () => {
    const { patterns } = await patternsJournal();
    const days = patterns.report(PERIOD).intensity;
    expect(days.unit).toBe('day');
    expect(days.points).toHaveLength(14);
    expect(days.points.find((p) => p.from === '2026-03-04')).toEqual({
      from: '2026-03-04',
      to: '2026-03-04',
      entries: 1,
      average: 9,
      max: 9,
    });
    expect(days.points.find((p) => p.from === '2026-03-10')).toMatchObject({ entries: 1, average: null, max: null });
    const weeks = patterns.report({ ...PERIOD, from: '2026-02-01', to: '2026-03-14' }).intensity;
    expect(weeks.unit).toBe('week');
    // Week of 03-02: A 6, B 7, C 9, D 3 → average 6.25 shown as 6.3, max 9. The first week is clipped to the period.
    expect(weeks.points.find((p) => p.from === '2026-03-02')).toEqual({
      from: '2026-03-02',
      to: '2026-03-08',
      entries: 4,
      average: 6.3,
      max: 9,
    });
    expect(weeks.points[0]!.from).toBe('2026-02-01');
  });

  it('groups emotions by family, the person’s own words apart, an entry once per family', async () => {
    const { patterns } = await patternsJournal();
    const families = patterns.report(PERIOD).emotionFamilies;
    expect(families.map((f) => [f.name, f.count])).toEqual([
      ['Anxious or afraid', 3],
      ['Hurt', 2],
      ['Angry', 1],
      ['Your own words', 1],
    ]);
    expect(families.find((f) => f.family === null)!.emotions).toEqual([{ name: 'Fizzy', count: 1 }]);
  });

  it('tables triggers against emotions: entries holding both, with the emotion’s own intensity first', async () => {
    const { patterns } = await patternsJournal();
    const { coOccurrence } = patterns.report(PERIOD);
    expect(coOccurrence.triggers).toEqual([UM, 'Criticism']);
    const cells = Object.fromEntries(
      coOccurrence.cells.map((c) => [`${c.trigger}×${c.emotion}`, [c.count, c.averageIntensity]]),
    );
    // UM×Anxious: A 8 (its own), B 7 (the entry's), C 6 → 7. UM×Hurt: C 5, D 4 → 4.5. Criticism×Angry: E 5.
    expect(cells).toEqual({
      [`${UM}×Anxious`]: [3, 7],
      [`${UM}×Hurt`]: [2, 4.5],
      'Criticism×Angry': [1, 5],
    });
  });

  it('maps weekday × time of day in the caller’s time zone', async () => {
    const { patterns } = await patternsJournal();
    const cell = (cells: { weekday: number; timeOfDay: string; count: number }[], weekday: number, time: string) =>
      cells.find((c) => c.weekday === weekday && c.timeOfDay === time)!.count;
    const utc = patterns.report(PERIOD).weekdayTime;
    expect(utc).toHaveLength(28);
    expect(cell(utc, 1, 'evening')).toBe(2); // A, E
    expect(cell(utc, 6, 'evening')).toBe(1); // D
    expect(cell(utc, 4, 'night')).toBe(1); // H at 03:30
    expect(utc.reduce((sum, c) => sum + c.count, 0)).toBe(8);
    // At UTC+2, H was written at 05:30 (morning) and the others at 23:00 (night).
    const east = patterns.report({ ...PERIOD, utcOffsetMinutes: 120 }).weekdayTime;
    expect(cell(east, 4, 'morning')).toBe(1);
    expect(cell(east, 1, 'night')).toBe(2);
    expect(cell(east, 1, 'evening')).toBe(0);
  });

  it('charts periods over a year by month and over ten years by year, every count adding up', async () => {
    const journal = await patternsJournal();
    const { patterns } = journal;
    const log = (trigger: string, value: number, answer?: string) =>
      docOf(picker('trigger', [item(trigger)], 'triggers'), intensity(value), ...(answer ? [response(answer)] : []));
    journal.entries.save({ date: '2014-05-10', title: '', doc: log(UM, 2) });
    journal.entries.save({ date: '2019-12-31', title: '', doc: log('Criticism', 10, 'froze') });
    const seriesOf = (report: ReturnType<typeof patterns.report>) =>
      Object.fromEntries(report.triggersOverTime.series.map((s) => [s.key, s.counts]));

    const months = patterns.report({ ...PERIOD, from: '2024-01-01' });
    expect(months.triggersOverTime.unit).toBe('month');
    expect(months.intensity.unit).toBe('month');
    const buckets = months.triggersOverTime.buckets;
    expect(buckets).toHaveLength(27);
    expect(buckets[0]).toEqual({ key: '2024-01-01', from: '2024-01-01', to: '2024-01-31' });
    expect(buckets.at(-1)).toEqual({ key: '2026-03-01', from: '2026-03-01', to: '2026-03-14' });
    const monthly = seriesOf(months);
    expect(monthly[UM]!.slice(-2)).toEqual([2, 4]);
    expect(monthly.Criticism!.slice(-2)).toEqual([4, 1]);
    expect(monthly[UM]!.slice(0, -2).every((count) => count === 0)).toBe(true);

    const years = patterns.report({ ...PERIOD, from: '2014-01-01' });
    expect(years.triggersOverTime.unit).toBe('year');
    expect(years.responses.unit).toBe('year');
    expect(years.triggersOverTime.buckets.map((b) => b.key)).toEqual(
      Array.from({ length: 13 }, (_, i) => `${2014 + i}-01-01`),
    );
    expect(years.triggersOverTime.buckets.at(-1)).toEqual({ key: '2026-01-01', from: '2026-01-01', to: '2026-03-14' });
    expect(seriesOf(years)[UM]).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6]);
    expect(seriesOf(years).Criticism).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 5]);
    const froze = years.responses.series.find((s) => s.key === 'froze')!.counts;
    expect(froze[5]).toBe(1);
    const point = (year: string) => years.intensity.points.find((p) => p.from.startsWith(year))!;
    expect(point('2014')).toEqual({ from: '2014-01-01', to: '2014-12-31', entries: 1, average: 2, max: 2 });
    expect(point('2019')).toEqual({ from: '2019-01-01', to: '2019-12-31', entries: 1, average: 10, max: 10 });
    // 2026: A..H and P1..P6; intensities 6, 7, 9, 3 and 5 were set.
    expect(point('2026')).toEqual({ from: '2026-01-01', to: '2026-03-14', entries: 14, average: 6, max: 9 });
    expect(years.entries.count).toBe(16);
    expect(years.nights.count).toBe(16);
    expect(years.triggers.find((t) => t.name === UM)!.count).toBe(7);

    // A journal reaching back to year 1: the period before it would start before year 0, where nothing is.
    journal.entries.save({ date: '0001-06-01', title: '', doc: log(UM, 4) });
    const ancient = patterns.report({ ...PERIOD, from: '0001-01-01' });
    expect(ancient.entries).toEqual({ count: 17, previous: 0 });
    expect(ancient.triggersOverTime.buckets[0]).toEqual({ key: '0001-01-01', from: '0001-01-01', to: '0001-12-31' });
    expect(ancient.triggersOverTime.series.find((s) => s.key === UM)!.counts[0]).toBe(1);
  });

  it('drills down to exactly the entries behind a mark, newest first', async () => {
    const { patterns, ids } = await patternsJournal();
    const idsOf = (page: { items: { id: string }[]; total: number }) => page.items.map((e) => e.id);
    const trigger = patterns.entries({ ...PERIOD, trigger: ' unanswered   MESSAGE ' });
    expect(idsOf(trigger)).toEqual([ids.D, ids.C, ids.B, ids.A]);
    expect(trigger.total).toBe(4);
    expect(trigger.items[0]!.tags).toContainEqual({ kind: 'trigger', name: UM });
    expect(idsOf(patterns.entries({ ...PERIOD, trigger: UM, response: 'stayed-present' }))).toEqual([ids.C, ids.A]);
    expect(idsOf(patterns.entries({ ...PERIOD, trigger: UM, emotion: 'anxious' }))).toEqual([ids.C, ids.B, ids.A]);
    expect(idsOf(patterns.entries({ ...PERIOD, need: 'Reassurance', from: '2026-03-02', to: '2026-03-03' }))).toEqual([
      ids.B,
      ids.A,
    ]);
    expect(idsOf(patterns.entries({ ...PERIOD, family: 'anxious-or-afraid' }))).toEqual([ids.C, ids.B, ids.A]);
    expect(idsOf(patterns.entries({ ...PERIOD, family: 'hurt' }))).toEqual([ids.D, ids.C]);
    expect(idsOf(patterns.entries({ ...PERIOD, family: '' }))).toEqual([ids.G]);
    expect(idsOf(patterns.entries({ ...PERIOD, weekday: 'weekend' }))).toEqual([ids.D]);
    expect(idsOf(patterns.entries({ ...PERIOD, weekday: 4, timeOfDay: 'night' }))).toEqual([ids.H]);
    expect(idsOf(patterns.entries({ ...PERIOD, utcOffsetMinutes: 120, timeOfDay: 'morning' }))).toEqual([ids.H]);
    expect(patterns.entries({ ...PERIOD, weekday: 'weekdays', timeOfDay: 'evening' }).total).toBe(6);
    const paged = patterns.entries({ ...PERIOD, limit: 3, offset: 3 });
    expect(paged.total).toBe(8);
    expect(idsOf(paged)).toEqual([ids.E, ids.D, ids.C]);
  });

  it('gives the journal’s first and last dates and the newest card for "since my last card"', async () => {
    const { patterns, vault } = await patternsJournal();
    expect(patterns.bounds(0)).toEqual({ first: '2026-02-16', last: '2026-03-12', lastCard: null });
    vault.db
      .prepare(
        `INSERT INTO cards (id, created_at, updated_at, period_from, period_to, title, doc)
         VALUES ('c1', '2026-03-10T23:30:00.000Z', '2026-03-10T23:30:00.000Z', '2026-03-01', '2026-03-10', '', '{}')`,
      )
      .run();
    expect(patterns.bounds(60).lastCard).toEqual({
      id: 'c1',
      createdAt: '2026-03-10T23:30:00.000Z',
      date: '2026-03-11',
    });
  });

  it('compares with the equal-length period just before', () => {
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-01-29', to: '2026-02-28', days: 31 });
    expect(previousPeriod('2026-03-14', '2026-03-14')).toEqual({ from: '2026-03-13', to: '2026-03-13', days: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/generate';
import { TIMES_OF_DAY, type PatternsReport } from '../../../preload/contract';
import { addDays, createPatterns, mondayOf, previousPeriod } from '../../../main/journal/patterns';
import { docOf, intensity, item, openJournal, paragraph, picker, response, tag } from './helpers';

/**
 * The report, read from rollups, against a plain recount of the derived rows in JavaScript, for random periods
 * (days to decades, each chart unit) and random time zones over a random journal.
 */

const TRIGGERS = ['Unanswered message', 'Criticism', 'Feeling dismissed', 'My own trigger'];
const EMOTIONS = ['Anxious', 'Hurt', 'Lonely', 'Angry', 'Calm', 'Fizzy'];
const NEEDS = ['Reassurance', 'Space'];
const RESPONSES = ['pursued', 'withdrew', 'froze', 'stayed-present'];
const HOURS = 'nnnnnmmmmmmmaaaaaeeeeenn';
const TIME: Record<string, string> = { m: 'morning', a: 'afternoon', e: 'evening', n: 'night' };

async function randomJournal(seed: number, count: number) {
  const journal = await openJournal('2026-11-25T21:00:00Z');
  const random = createRandom(seed);
  const some = <T>(items: readonly T[], max: number) => [
    ...new Set(Array.from({ length: random.int(0, max) }, () => random.pick(items))),
  ];
  const day = (from: string, days: number) => addDays(from, random.int(0, days));
  for (let i = 0; i < count; i++) {
    // Most entries in the last two years, the rest over thirty.
    const date = random.chance(0.7) ? day('2024-11-25', 730) : day('1995-01-01', 30 * 365);
    journal.setClock(new Date(Date.parse('2026-01-01T00:00:00Z') + random.int(0, 200 * 86_400) * 1000));
    const entry = journal.entries.save({
      date,
      title: '',
      doc: docOf(
        paragraph('Tonight', ...some(TRIGGERS, 2).map((name) => tag('trigger', name))),
        picker(
          'emotion',
          some(EMOTIONS, 3).map((name) => item(name, random.chance(0.5) ? random.int(0, 10) : null)),
          'emotions',
        ),
        picker(
          'need',
          some(NEEDS, 1).map((name) => item(name)),
          'needs',
        ),
        ...(random.chance(0.7) ? [intensity(random.int(0, 10))] : []),
        ...some(RESPONSES, 2).map((value) => response(value)),
      ),
    });
    if (random.chance(0.05)) journal.entries.remove(entry.id);
  }
  return { journal, random };
}

interface Row {
  id: string;
  date: string;
  intensity: number | null;
  created_at: string;
  tags: { kind: string; folded: string; intensity: number | null }[];
  responses: string[];
}

describe('patterns against a recount', () => {
  it('agree for random periods and time zones, every chart and unit', async () => {
    const { journal, random } = await randomJournal(11, 400);
    const { db } = journal.vault;
    const patterns = createPatterns(db, journal.entries);
    const rows = (
      db.prepare('SELECT id, date, intensity, created_at FROM entries WHERE deleted_at IS NULL').all() as Row[]
    ).map((row) => ({
      ...row,
      tags: db.prepare('SELECT kind, folded, intensity FROM entry_tags WHERE entry_id = ?').all(row.id) as Row['tags'],
      responses: db.prepare('SELECT value FROM entry_responses WHERE entry_id = ?').pluck().all(row.id) as string[],
    }));
    const vocabulary = db.prepare('SELECT kind, folded, name, family FROM tags').all() as {
      kind: string;
      folded: string;
      name: string;
      family: string | null;
    }[];
    const word = (kind: string, folded: string) => vocabulary.find((w) => w.kind === kind && w.folded === folded)!;
    const has = (row: Row, kind: string, name: string) =>
      row.tags.some((t) => t.kind === kind && word(kind, t.folded).name === name);
    const between = (from: string, to: string) => rows.filter((row) => row.date >= from && row.date <= to);
    const round = (value: number) => Math.round(value * 10) / 10;

    const periods = [
      { from: '2026-11-19', to: '2026-11-25' },
      { from: '2026-10-27', to: '2026-11-25' },
      { from: '2025-11-26', to: '2026-11-25' },
      { from: '2024-01-01', to: '2026-11-25' },
      { from: '1995-01-01', to: '2026-11-25' },
      ...Array.from({ length: 10 }, () => {
        const from = addDays('1995-01-01', random.int(0, 31 * 365));
        return { from, to: addDays(from, random.int(0, random.chance(0.5) ? 400 : 9000)) };
      }),
    ];
    for (const { from, to } of periods) {
      const utcOffsetMinutes = random.pick([0, 60, -300, 330, 345, -570, 840]);
      const report: PatternsReport = patterns.report({ from, to, utcOffsetMinutes });
      const before = previousPeriod(from, to);
      const now = between(from, to);
      const then = between(before.from, before.to);
      const where = `${from}..${to} at ${utcOffsetMinutes}`;

      expect(report.entries, where).toEqual({ count: now.length, previous: then.length });
      expect(report.nights, where).toEqual({
        count: new Set(now.map((r) => r.date)).size,
        previous: new Set(then.map((r) => r.date)).size,
      });
      for (const t of report.triggers) {
        expect([t.count, t.previous], `${where} ${t.name}`).toEqual([
          now.filter((r) => has(r, 'trigger', t.name)).length,
          then.filter((r) => has(r, 'trigger', t.name)).length,
        ]);
      }
      const seen = new Set(
        [...now, ...then].flatMap((r) => r.tags.filter((t) => t.kind === 'trigger')).map((t) => t.folded),
      );
      expect(report.triggers.length, where).toBe(seen.size);

      // Charts over time: each bucket of the report holds what its dates hold.
      const { unit, buckets } = report.triggersOverTime;
      expect(unit, where).toBe(before.days <= 366 ? 'week' : before.days <= 3653 ? 'month' : 'year');
      expect(buckets[0]!.from, where).toBe(from);
      expect(buckets.at(-1)!.to, where).toBe(to);
      buckets.forEach((bucket, i) => {
        if (i > 0) expect(bucket.from, where).toBe(addDays(buckets[i - 1]!.to, 1));
        if (unit === 'week') expect(bucket.key, where).toBe(mondayOf(bucket.from));
        const inBucket = between(bucket.from, bucket.to);
        for (const series of report.triggersOverTime.series) {
          expect(series.counts[i], `${where} ${series.key} ${bucket.key}`).toBe(
            inBucket.filter((r) => has(r, 'trigger', series.key)).length,
          );
        }
        for (const series of report.responses.series) {
          expect(series.counts[i], `${where} ${series.key} ${bucket.key}`).toBe(
            inBucket.filter((r) => r.responses.includes(series.key)).length,
          );
        }
      });
      for (const point of report.intensity.points) {
        const inPoint = between(point.from, point.to);
        const set = inPoint.map((r) => r.intensity).filter((v): v is number => v !== null);
        expect(point, `${where} ${point.from}`).toEqual({
          from: point.from,
          to: point.to,
          entries: inPoint.length,
          average: set.length ? round(set.reduce((a, b) => a + b, 0) / set.length) : null,
          max: set.length ? Math.max(...set) : null,
        });
      }
      for (const total of report.responses.totals) {
        expect([total.count, total.previous], `${where} ${total.response}`).toEqual([
          now.filter((r) => r.responses.includes(total.response)).length,
          then.filter((r) => r.responses.includes(total.response)).length,
        ]);
      }

      // Weekday from the journal's date, time of day from when it was written, in the caller's time zone.
      for (const cell of report.weekdayTime) {
        const expected = now.filter((r) => {
          const weekday = ((new Date(`${r.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
          const local = new Date(Date.parse(r.created_at) + utcOffsetMinutes * 60_000);
          return weekday === cell.weekday && TIME[HOURS[local.getUTCHours()]!] === cell.timeOfDay;
        }).length;
        expect(cell.count, `${where} ${cell.weekday} ${cell.timeOfDay}`).toBe(expected);
      }
      expect(report.weekdayTime).toHaveLength(7 * TIMES_OF_DAY.length);

      for (const family of report.emotionFamilies) {
        expect(family.count, `${where} ${family.name}`).toBe(
          now.filter((r) =>
            r.tags.some((t) => t.kind === 'emotion' && (word('emotion', t.folded).family ?? null) === family.family),
          ).length,
        );
      }
      for (const cell of report.coOccurrence.cells) {
        const both = now.filter((r) => has(r, 'trigger', cell.trigger) && has(r, 'emotion', cell.emotion));
        const strengths = both
          .map(
            (r) =>
              r.tags.find((t) => t.kind === 'emotion' && word('emotion', t.folded).name === cell.emotion)!.intensity ??
              r.intensity,
          )
          .filter((v): v is number => v !== null);
        expect([cell.count, cell.averageIntensity], `${where} ${cell.trigger} × ${cell.emotion}`).toEqual([
          both.length,
          strengths.length ? round(strengths.reduce((a, b) => a + b, 0) / strengths.length) : null,
        ]);
      }
    }
    journal.vault.close();
  });
});

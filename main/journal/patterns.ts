import type Database from 'better-sqlite3-multiple-ciphers';
import {
  RESPONSE_VALUES,
  TIMES_OF_DAY,
  type EntryPage,
  type PatternCount,
  type PatternsBounds,
  type PatternsReport,
  type TimeOfDay,
} from '../../preload/contract';
import { RESPONSE_LABELS, type ResponseValue } from '../../resources/templates/schema';
import { EMOTION_FAMILIES } from '../../resources/vocabulary';
import type { Entries } from './entries';
import { foldTagName } from './facets';
import { bucketRange, cover, weekdayOf } from './rollups';
import { buildInsights, type InsightFacts, type TagPair } from './insights';

/**
 * Patterns: what a period of entries shows. Every chart, the period before and the insights come from the
 * rollups of main/journal/rollups.ts: `cover()` tiles the period (and the period before) with whole days,
 * months, years, decades and centuries, and each fact is one GROUP BY over those buckets' rows of
 * `pattern_counts`, so the work grows with the number of distinct tags, not with the number of entries.
 * The drill-down, a page of entries behind a mark, reads the entries themselves through the indexes of
 * migration 1040.
 *
 * Time zone: `entries.date` is the journal's own date (the night the person wrote for), so weekdays and weeks
 * come from it. The time of day comes from `entries.created_at`, which is ISO UTC; the caller passes its UTC
 * offset (`utcOffsetMinutes`, the negated `Date#getTimezoneOffset()` of the renderer) and hours are read in
 * that local time. One offset serves the whole period: an entry written across a daylight-saving change is
 * read an hour off, which can move it to the next bucket only within an hour of a bucket's edge. The rollups
 * keep UTC quarter hours, exact for every offset in use (whole quarter hours); any other offset is read as
 * the quarter hour below it.
 */

export interface Period {
  from: string;
  to: string;
  utcOffsetMinutes: number;
}

export interface PatternsEntryFilter extends Period {
  trigger?: string | undefined;
  emotion?: string | undefined;
  need?: string | undefined;
  family?: string | undefined;
  response?: ResponseValue | undefined;
  weekday?: number | 'weekdays' | 'weekend' | undefined;
  timeOfDay?: TimeOfDay | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

/**
 * The time of day of a timestamp column in the caller's local time (@shift), as one letter: the hour picks it
 * from a 24-letter string. Morning 5–12, afternoon 12–17, evening 17–22, night 22–5.
 */
const HOURS = 'nnnnnmmmmmmmaaaaaeeeeenn';
const timeOfDayOf = (column: string) => `substr('${HOURS}', CAST(strftime('%H', ${column}, @shift) AS INTEGER) + 1, 1)`;
const TIME_CODES: Record<TimeOfDay, string> = { morning: 'm', afternoon: 'a', evening: 'e', night: 'n' };
const TIME_OF_CODE = Object.fromEntries(Object.entries(TIME_CODES).map(([time, code]) => [code, time])) as Record<
  string,
  TimeOfDay
>;
const IN_PERIOD = 'e.deleted_at IS NULL AND e.date BETWEEN @from AND @to';
const FROM_ENTRIES = 'FROM entries e INDEXED BY entries_for_patterns';

/** The shown triggers and emotions of the by-week chart and the co-occurrence table. */
const TOP = 10;
const OWN_WORDS = 'Your own words';
const DAY_MS = 86_400_000;
const QUARTERS_A_DAY = 96;
/** Periods longer than this are charted by year, shorter ones by month (beyond a year) or week. */
const TEN_YEARS = 3653;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, days: number) => dateOf(dayNumber(date) + days);
/** The Monday of the ISO week holding a date. */
export const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
/** A UTC timestamp's date in the caller's local time. */
export const localDate = (iso: string, utcOffsetMinutes: number) =>
  new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
const shiftOf = (utcOffsetMinutes: number) => `${utcOffsetMinutes >= 0 ? '+' : ''}${utcOffsetMinutes} minutes`;

/** The equal-length period just before one. */
export function previousPeriod(from: string, to: string): { from: string; to: string; days: number } {
  const days = dayNumber(to) - dayNumber(from) + 1;
  return { from: addDays(from, -days), to: addDays(from, -1), days };
}

type Unit = PatternsReport['intensity']['unit'];
type SeriesUnit = PatternsReport['triggersOverTime']['unit'];
interface TimeBucket {
  key: string;
  from: string;
  to: string;
}

/** The period's days, weeks (from Monday), months or years, the first and last cut to the period. */
function bucketsOf(from: string, to: string, unit: Unit): TimeBucket[] {
  const buckets: TimeBucket[] = [];
  const clip = (key: string, end: string) => ({ key, from: key < from ? from : key, to: end > to ? to : end });
  if (unit === 'day') {
    for (let day = from; day <= to; day = addDays(day, 1)) buckets.push({ key: day, from: day, to: day });
  } else if (unit === 'week') {
    for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) buckets.push(clip(week, addDays(week, 6)));
  } else if (unit === 'year') {
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      const range = bucketRange(String(year).padStart(4, '0'));
      buckets.push(clip(range.from, range.to));
    }
  } else {
    for (let month = `${from.slice(0, 7)}-01`; month <= to; month = addDays(bucketRange(month.slice(0, 7)).to, 1)) {
      buckets.push(clip(month, bucketRange(month.slice(0, 7)).to));
    }
  }
  return buckets;
}

/** `cover()` for each time bucket, as the JSON object the queries read: rollup bucket → time bucket key. */
const coverEach = (buckets: readonly TimeBucket[]) =>
  JSON.stringify(Object.fromEntries(buckets.flatMap((b) => cover(b.from, b.to).map((rollup) => [rollup, b.key]))));

const roundTo = (value: number | null, places: number) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places;

/** A fact's rows summed over the period ('c') and the period before ('p'). */
interface FactRow {
  a: string | number;
  b: string | number;
  c: string;
  count: number;
  previous: number;
  isum: number;
  icount: number;
}
interface SeriesRow {
  key: string;
  a: string | number;
  count: number;
}
interface VocabularyRow {
  kind: string;
  folded: string;
  name: string;
  family: string | null;
}

const byCount = (a: PatternCount, b: PatternCount) =>
  b.count - a.count || b.previous - a.previous || (a.name < b.name ? -1 : 1);
const byCurrent = (a: { count: number; name: string }, b: { count: number; name: string }) =>
  b.count - a.count || (a.name < b.name ? -1 : 1);

export function createPatterns(db: Database.Database, entries: Pick<Entries, 'summariesBySeq'>) {
  const FROM_BUCKETS = 'FROM json_each(@buckets) j CROSS JOIN pattern_counts p';
  const facts = new Map<string, Database.Statement>();
  /** One fact over `buckets`, a JSON object of rollup bucket → 'c' (this period) or 'p' (the period before). */
  const fact = (buckets: string, name: string): FactRow[] => {
    let statement = facts.get(name);
    if (!statement) {
      const sum = (column: string, of: 'c' | 'p') => `sum(CASE WHEN j.value = '${of}' THEN p.${column} ELSE 0 END)`;
      statement = db.prepare(
        `SELECT p.a, p.b, p.c, ${sum('count', 'c')} AS count, ${sum('count', 'p')} AS previous,
                ${sum('isum', 'c')} AS isum, ${sum('icount', 'c')} AS icount
         ${FROM_BUCKETS} ON p.fact = '${name}' AND p.bucket = j.key
         GROUP BY p.a, p.b, p.c`,
      );
      facts.set(name, statement);
    }
    return statement.all({ buckets }) as FactRow[];
  };
  const seriesOf = (name: string, where = '') =>
    db.prepare(
      `SELECT j.value AS key, p.a, sum(p.count) AS count
       ${FROM_BUCKETS} ON p.fact = '${name}' AND p.bucket = j.key ${where}
       GROUP BY j.value, p.a`,
    );
  const triggerSeries = db.prepare(
    `SELECT j.value AS key, p.b AS a, sum(p.count) AS count
     ${FROM_BUCKETS} ON p.fact = 'tag' AND p.bucket = j.key AND p.a = 'trigger'
       AND p.b IN (SELECT value FROM json_each(@top))
     GROUP BY j.value, p.b`,
  );
  const responseSeries = seriesOf('response');
  const intensitySeries = seriesOf('entries');
  const vocabulary = db.prepare(
    "SELECT kind, folded, name, family FROM tags WHERE kind IN ('trigger', 'emotion', 'need')",
  );
  const dateBounds = db.prepare(
    'SELECT min(date) AS first, max(date) AS last FROM entries INDEXED BY entries_by_date WHERE deleted_at IS NULL',
  );
  const lastCard = db.prepare('SELECT id, created_at FROM cards ORDER BY created_at DESC LIMIT 1');
  const drillStatements = new Map<string, { page: Database.Statement; count: Database.Statement }>();

  function report(period: Period): PatternsReport {
    const { from, to, utcOffsetMinutes } = period;
    const before = previousPeriod(from, to);
    const thisPeriod = cover(from, to);
    const both = JSON.stringify(
      Object.fromEntries([...thisPeriod.map((b) => [b, 'c']), ...cover(before.from, before.to).map((b) => [b, 'p'])]),
    );
    const only = JSON.stringify(Object.fromEntries(thisPeriod.map((b) => [b, 'c'])));
    const total = (rows: FactRow[]) => ({
      count: rows.reduce((sum, row) => sum + row.count, 0),
      previous: rows.reduce((sum, row) => sum + row.previous, 0),
    });

    const words = new Map<string, VocabularyRow>();
    for (const row of vocabulary.all() as VocabularyRow[]) words.set(`${row.kind}:${row.folded}`, row);
    const nameOf = (kind: string, folded: string | number) => words.get(`${kind}:${folded}`)?.name ?? String(folded);

    // Local time of day of a UTC quarter hour.
    const shiftQuarters = Math.floor(utcOffsetMinutes / 15);
    const timeOfQuarter = (quarter: number) => {
      const local = (((Number(quarter) + shiftQuarters) % QUARTERS_A_DAY) + QUARTERS_A_DAY) % QUARTERS_A_DAY;
      return TIME_OF_CODE[HOURS[Math.floor(local / 4)]!]!;
    };

    const tagRows = fact(both, 'tag').map((row) => {
      const word = words.get(`${row.a}:${row.b}`);
      return {
        kind: row.a as 'trigger' | 'emotion' | 'need',
        folded: String(row.b),
        name: word?.name ?? String(row.b),
        family: word?.family ?? null,
        count: row.count,
        previous: row.previous,
      };
    });
    type TagRow = (typeof tagRows)[number];
    const countsOf = (kind: TagRow['kind']): PatternCount[] =>
      tagRows
        .filter((row) => row.kind === kind)
        .map((row) => ({ name: row.name, count: row.count, previous: row.previous, change: row.count - row.previous }))
        .sort(byCount);
    const triggers = countsOf('trigger');
    const needs = countsOf('need');
    const topOf = (kind: TagRow['kind']) =>
      tagRows
        .filter((row) => row.kind === kind && row.count > 0)
        .sort(byCurrent)
        .slice(0, TOP);
    const topTriggers = topOf('trigger');
    const topEmotions = topOf('emotion').map((row) => row.name);

    const seriesUnit: SeriesUnit = before.days <= 366 ? 'week' : before.days <= TEN_YEARS ? 'month' : 'year';
    const seriesBuckets = bucketsOf(from, to, seriesUnit);
    const seriesMap = coverEach(seriesBuckets);
    const bucketIndex = new Map(seriesBuckets.map((bucket, i) => [bucket.key, i]));
    const countsByKey = (rows: SeriesRow[]) => {
      const counts = new Map<string, number[]>();
      for (const row of rows) {
        const key = String(row.a);
        if (!counts.has(key))
          counts.set(
            key,
            seriesBuckets.map(() => 0),
          );
        counts.get(key)![bucketIndex.get(row.key)!]! += row.count;
      }
      return counts;
    };
    const triggerCounts = countsByKey(
      triggerSeries.all({
        buckets: seriesMap,
        top: JSON.stringify(topTriggers.map((row) => row.folded)),
      }) as SeriesRow[],
    );
    const triggersOverTime = topTriggers.map((row) => ({
      key: row.name,
      label: row.name,
      counts: triggerCounts.get(row.folded) ?? seriesBuckets.map(() => 0),
    }));

    const unit: Unit = before.days <= 31 ? 'day' : seriesUnit;
    const intensityBuckets = bucketsOf(from, to, unit);
    const levels = new Map<string, { entries: number; sum: number; set: number; max: number | null }>();
    for (const row of intensitySeries.all({ buckets: coverEach(intensityBuckets) }) as SeriesRow[]) {
      const level = levels.get(row.key) ?? { entries: 0, sum: 0, set: 0, max: null };
      level.entries += row.count;
      if (row.a !== '') {
        const value = Number(row.a);
        level.sum += value * row.count;
        level.set += row.count;
        level.max = level.max === null ? value : Math.max(level.max, value);
      }
      levels.set(row.key, level);
    }
    const points = intensityBuckets.map((bucket) => {
      const level = levels.get(bucket.key);
      return {
        from: bucket.from,
        to: bucket.to,
        entries: level?.entries ?? 0,
        average: level && level.set > 0 ? roundTo(level.sum / level.set, 1) : null,
        max: level?.max ?? null,
      };
    });

    const emotionFamilies = fact(only, 'family')
      .filter((row) => row.count > 0)
      .map((row) => {
        const family = row.a === '' ? null : String(row.a);
        return {
          family,
          name: EMOTION_FAMILIES.find((known) => known.id === family)?.name ?? OWN_WORDS,
          count: row.count,
          emotions: tagRows
            .filter((tag) => tag.kind === 'emotion' && tag.count > 0 && tag.family === family)
            .map((tag) => ({ name: tag.name, count: tag.count }))
            .sort(byCurrent),
        };
      })
      .sort(byCurrent);

    const pairRows = fact(only, 'pair').map((row): TagPair => ({
      trigger: nameOf('trigger', row.a),
      kind: row.b as TagPair['kind'],
      other: nameOf(String(row.b), row.c),
      count: row.count,
      averageIntensity: row.icount > 0 ? roundTo(row.isum / row.icount, 1) : null,
    }));
    const shownTriggers = new Set(topTriggers.map((row) => row.name));
    const shownEmotions = new Set(topEmotions);
    const cells = pairRows
      .filter((pair) => pair.kind === 'emotion' && shownTriggers.has(pair.trigger) && shownEmotions.has(pair.other))
      .map((pair) => ({
        trigger: pair.trigger,
        emotion: pair.other,
        count: pair.count,
        averageIntensity: pair.averageIntensity,
      }));

    const responseTotals = new Map(fact(both, 'response').map((row) => [row.a, row]));
    const responseCounts = countsByKey(responseSeries.all({ buckets: seriesMap }) as SeriesRow[]);
    const responses = RESPONSE_VALUES.map((value) => ({
      series: {
        key: value,
        label: RESPONSE_LABELS[value],
        counts: responseCounts.get(value) ?? seriesBuckets.map(() => 0),
      },
      count: responseTotals.get(value)?.count ?? 0,
      previous: responseTotals.get(value)?.previous ?? 0,
    }));

    const weekdayTime = new Map<string, number>();
    let weekdayEvenings = 0;
    for (const row of fact(only, 'time')) {
      const time = timeOfQuarter(Number(row.b));
      const key = `${row.a}:${time}`;
      weekdayTime.set(key, (weekdayTime.get(key) ?? 0) + row.count);
      if (Number(row.a) <= 5 && time === 'evening') weekdayEvenings += row.count;
    }
    const triggerEvenings = new Map<string, number>();
    for (const row of fact(only, 'trigger-time')) {
      if (timeOfQuarter(Number(row.b)) !== 'evening') continue;
      const name = nameOf('trigger', row.a);
      triggerEvenings.set(name, (triggerEvenings.get(name) ?? 0) + row.count);
    }

    const entryCount = total(fact(both, 'entries'));
    const insightFacts: InsightFacts = {
      period,
      entries: entryCount,
      weekdayEvenings,
      triggers,
      triggerEvenings,
      pairs: pairRows,
      triggerResponses: fact(both, 'trigger-response').map((row) => ({
        trigger: nameOf('trigger', row.a),
        response: row.b as ResponseValue,
        count: row.count,
        previous: row.previous,
      })),
      responded: total(fact(both, 'responded')),
      responses: responses.map(({ series, count, previous }) => ({
        response: series.key,
        count,
        previous,
      })),
    };

    return {
      period: { from, to, days: before.days },
      previous: { from: before.from, to: before.to },
      entries: entryCount,
      nights: total(fact(both, 'nights')),
      triggers,
      triggersOverTime: { unit: seriesUnit, buckets: seriesBuckets, series: triggersOverTime },
      intensity: { unit, points },
      emotionFamilies,
      coOccurrence: { triggers: topTriggers.map((row) => row.name), emotions: topEmotions, cells },
      responses: {
        unit: seriesUnit,
        buckets: seriesBuckets,
        series: responses.map(({ series }) => series),
        totals: responses.map(({ series, count, previous }) => ({
          response: series.key,
          label: series.label,
          count,
          previous,
        })),
      },
      needs,
      weekdayTime: [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
        TIMES_OF_DAY.map((timeOfDay) => ({
          weekday,
          timeOfDay,
          count: weekdayTime.get(`${weekday}:${timeOfDay}`) ?? 0,
        })),
      ),
      insights: buildInsights(insightFacts),
    };
  }

  /** The statements for one combination of filters, made once: the WHERE differs by which fields are set. */
  function drillStatement(filter: PatternsEntryFilter) {
    const where = [IN_PERIOD];
    for (const kind of ['trigger', 'emotion', 'need'] as const) {
      if (filter[kind] !== undefined) {
        where.push(
          `EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.kind = '${kind}' AND t.folded = @${kind})`,
        );
      }
    }
    if (filter.response !== undefined) {
      where.push('EXISTS (SELECT 1 FROM entry_responses r WHERE r.entry_id = e.id AND r.value = @response)');
    }
    if (filter.family !== undefined) {
      where.push(
        `EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.kind = 'emotion' AND coalesce(t.family, '') = @family)`,
      );
    }
    if (filter.weekday === 'weekdays') where.push(`${weekdayOf('e.date')} <= 5`);
    else if (filter.weekday === 'weekend') where.push(`${weekdayOf('e.date')} >= 6`);
    else if (filter.weekday !== undefined) where.push(`${weekdayOf('e.date')} = @weekday`);
    if (filter.timeOfDay !== undefined) where.push(`${timeOfDayOf('e.created_at')} = @timeOfDay`);
    const sql = where.join(' AND ');
    let statements = drillStatements.get(sql);
    if (!statements) {
      statements = {
        page: db
          .prepare(
            `SELECT e.seq ${FROM_ENTRIES} WHERE ${sql} ORDER BY e.date DESC, e.seq DESC LIMIT @limit OFFSET @offset`,
          )
          .pluck(),
        count: db.prepare(`SELECT count(*) ${FROM_ENTRIES} WHERE ${sql}`).pluck(),
      };
      drillStatements.set(sql, statements);
    }
    return statements;
  }

  return {
    report,

    /** The entries behind a mark or an insight, newest first, a page at a time. */
    entries(filter: PatternsEntryFilter): EntryPage {
      const statements = drillStatement(filter);
      const params: Record<string, string | number> = {
        from: filter.from,
        to: filter.to,
        shift: shiftOf(filter.utcOffsetMinutes),
        limit: filter.limit ?? 100,
        offset: filter.offset ?? 0,
      };
      for (const kind of ['trigger', 'emotion', 'need'] as const) {
        const name = filter[kind];
        if (name !== undefined) params[kind] = foldTagName(name.trim().replace(/\s+/g, ' '));
      }
      if (filter.response !== undefined) params.response = filter.response;
      if (filter.family !== undefined) params.family = filter.family;
      if (typeof filter.weekday === 'number') params.weekday = filter.weekday;
      if (filter.timeOfDay !== undefined) params.timeOfDay = TIME_CODES[filter.timeOfDay];
      const seqs = statements.page.all(params) as number[];
      return { total: statements.count.get(params) as number, items: entries.summariesBySeq(seqs) };
    },

    bounds(utcOffsetMinutes: number): PatternsBounds {
      const dates = dateBounds.get() as { first: string | null; last: string | null };
      const card = lastCard.get() as { id: string; created_at: string } | undefined;
      return {
        first: dates.first,
        last: dates.last,
        lastCard: card
          ? { id: card.id, createdAt: card.created_at, date: localDate(card.created_at, utcOffsetMinutes) }
          : null,
      };
    },
  };
}

export type Patterns = ReturnType<typeof createPatterns>;

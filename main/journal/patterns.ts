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
import { buildInsights, type InsightFacts, type TagPair } from './insights';

/**
 * Patterns: what a period of entries shows, aggregated in SQL over the fields derived from each document
 * (entry_tags, entry_responses, entries.intensity) and the indexes of migration 1040.
 *
 * Every query reads one date range of `entries_for_patterns` — the period and the equal-length period before
 * it together, told apart by `date >= @from` inside the aggregate — and reaches each entry's tags or responses
 * by their primary key. There is no query per tag or per week: each chart is one GROUP BY.
 *
 * Time zone: `entries.date` is the journal's own date (the night the person wrote for), so weekdays and weeks
 * come from it. The time of day comes from `entries.created_at`, which is ISO UTC; the caller passes its UTC
 * offset (`utcOffsetMinutes`, the negated `Date#getTimezoneOffset()` of the renderer) and hours are read in
 * that local time. One offset serves the whole period: an entry written across a daylight-saving change is
 * read an hour off, which can move it to the next bucket only within an hour of a bucket's edge.
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
  response?: ResponseValue | undefined;
  week?: string | undefined;
  weekday?: number | 'weekdays' | 'weekend' | undefined;
  timeOfDay?: TimeOfDay | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

/** The Monday starting the ISO week of a date column. */
const weekOf = (column: string) => `date(${column}, 'weekday 0', '-6 days')`;
/** ISO weekday of a date column: 1 is Monday, 7 is Sunday. */
const weekdayOf = (column: string) => `((CAST(strftime('%w', ${column}) AS INTEGER) + 6) % 7 + 1)`;
/**
 * The time of day of a timestamp column in the caller's local time (@shift), as one letter: the hour picks it
 * from a 24-letter string, so a row costs one strftime and no subquery. Morning 5–12, afternoon 12–17, evening
 * 17–22, night 22–5.
 */
const HOURS = 'nnnnnmmmmmmmaaaaaeeeeenn';
const timeOfDayOf = (column: string) => `substr('${HOURS}', CAST(strftime('%H', ${column}, @shift) AS INTEGER) + 1, 1)`;
const TIME_CODES: Record<TimeOfDay, string> = { morning: 'm', afternoon: 'a', evening: 'e', night: 'n' };
const EVENING = `'${TIME_CODES.evening}'`;
const IN_BOTH = 'e.deleted_at IS NULL AND e.date BETWEEN @pfrom AND @to';
const IN_PERIOD = 'e.deleted_at IS NULL AND e.date BETWEEN @from AND @to';
const CURRENT = 'e.date >= @from';
const PREVIOUS = 'e.date < @from';
const FROM_ENTRIES = 'FROM entries e INDEXED BY entries_for_patterns';

/** The shown triggers and emotions of the by-week chart and the co-occurrence table. */
const TOP = 10;
const OWN_WORDS = 'Your own words';
const DAY_MS = 86_400_000;

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

function weeksOf(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

type Unit = PatternsReport['intensity']['unit'];
function bucketsOf(from: string, to: string, unit: Unit): { key: string; from: string; to: string }[] {
  const buckets: { key: string; from: string; to: string }[] = [];
  const clip = (start: string, end: string) => ({ from: start < from ? from : start, to: end > to ? to : end });
  if (unit === 'day') {
    for (let day = from; day <= to; day = addDays(day, 1)) buckets.push({ key: day, from: day, to: day });
  } else if (unit === 'week') {
    for (const week of weeksOf(from, to)) buckets.push({ key: week, ...clip(week, addDays(week, 6)) });
  } else {
    let month = `${from.slice(0, 7)}-01`;
    while (month <= to) {
      const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
      const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
      buckets.push({ key: month, ...clip(month, addDays(next, -1)) });
      month = next;
    }
  }
  return buckets;
}

const roundTo = (value: number | null, places: number) =>
  value === null ? null : Math.round(value * 10 ** places) / 10 ** places;

interface TagCountRow {
  kind: 'trigger' | 'emotion' | 'need';
  folded: string;
  name: string;
  family: string | null;
  count: number;
  previous: number;
}
interface PairRow {
  trigger: string;
  kind: 'emotion' | 'need';
  other: string;
  count: number;
  average: number | null;
}

const byCount = (a: PatternCount, b: PatternCount) =>
  b.count - a.count || b.previous - a.previous || (a.name < b.name ? -1 : 1);

export function createPatterns(db: Database.Database, entries: Pick<Entries, 'summariesBySeq'>) {
  const totals = db.prepare(
    `SELECT count(CASE WHEN ${CURRENT} THEN 1 END) AS count, count(CASE WHEN ${PREVIOUS} THEN 1 END) AS previous,
            count(DISTINCT CASE WHEN ${CURRENT} THEN e.date END) AS nights,
            count(DISTINCT CASE WHEN ${PREVIOUS} THEN e.date END) AS previousNights,
            count(CASE WHEN ${CURRENT} AND ${weekdayOf('e.date')} <= 5
                        AND ${timeOfDayOf('e.created_at')} = ${EVENING} THEN 1 END) AS weekdayEvenings
     ${FROM_ENTRIES} WHERE ${IN_BOTH}`,
  );
  // One row per tag of either period, spelled as the vocabulary spells it, with its emotion family.
  const tagCounts = db.prepare(
    `SELECT c.kind, c.folded, coalesce(g.name, c.name) AS name, g.family, c.count, c.previous FROM (
       SELECT t.kind, t.folded, min(t.name) AS name,
              count(CASE WHEN ${CURRENT} THEN 1 END) AS count, count(CASE WHEN ${PREVIOUS} THEN 1 END) AS previous
       ${FROM_ENTRIES} CROSS JOIN entry_tags t ON t.entry_id = e.id
       WHERE ${IN_BOTH} AND t.kind IN ('trigger', 'emotion', 'need')
       GROUP BY t.kind, t.folded) c
     LEFT JOIN tags g ON g.kind = c.kind AND g.folded = c.folded`,
  );
  const triggerWeeks = db.prepare(
    `SELECT t.folded, ${weekOf('e.date')} AS week, count(*) AS count
     ${FROM_ENTRIES} CROSS JOIN entry_tags t ON t.entry_id = e.id
     WHERE ${IN_PERIOD} AND t.kind = 'trigger' AND +t.folded IN (SELECT value FROM json_each(@top))
     GROUP BY t.folded, week`,
  );
  const bucketExpr: Record<Unit, string> = {
    day: 'e.date',
    week: weekOf('e.date'),
    month: "substr(e.date, 1, 7) || '-01'",
  };
  const intensity = Object.fromEntries(
    (Object.keys(bucketExpr) as Unit[]).map((unit) => [
      unit,
      db.prepare(
        `SELECT ${bucketExpr[unit]} AS bucket, count(*) AS entries, avg(e.intensity) AS average, max(e.intensity) AS max
         ${FROM_ENTRIES} WHERE ${IN_PERIOD} GROUP BY bucket`,
      ),
    ]),
  ) as Record<Unit, Database.Statement>;
  // An entry counts once per family, however many of the family's words it holds.
  const families = db.prepare(
    `SELECT g.family, count(DISTINCT e.id) AS count
     ${FROM_ENTRIES} CROSS JOIN entry_tags t ON t.entry_id = e.id
     LEFT JOIN tags g ON g.kind = 'emotion' AND g.folded = t.folded
     WHERE ${IN_PERIOD} AND t.kind = 'emotion'
     GROUP BY g.family`,
  );
  // Each (entry, trigger, other tag) is one row, so count(*) counts entries holding both.
  const pairs = db.prepare(
    `SELECT a.folded AS trigger, b.kind, b.folded AS other, count(*) AS count,
            avg(coalesce(b.intensity, e.intensity)) AS average
     ${FROM_ENTRIES} CROSS JOIN entry_tags a ON a.entry_id = e.id AND a.kind = 'trigger'
     CROSS JOIN entry_tags b ON b.entry_id = e.id AND b.kind IN ('emotion', 'need')
     WHERE ${IN_PERIOD}
     GROUP BY a.folded, b.kind, b.folded`,
  );
  const responses = db.prepare(
    `SELECT r.value, ${weekOf('e.date')} AS week,
            count(CASE WHEN ${CURRENT} THEN 1 END) AS count, count(CASE WHEN ${PREVIOUS} THEN 1 END) AS previous
     ${FROM_ENTRIES} CROSS JOIN entry_responses r ON r.entry_id = e.id
     WHERE ${IN_BOTH}
     GROUP BY r.value, week`,
  );
  const respondedEntries = db.prepare(
    `SELECT count(DISTINCT CASE WHEN ${CURRENT} THEN e.id END) AS count,
            count(DISTINCT CASE WHEN ${PREVIOUS} THEN e.id END) AS previous
     ${FROM_ENTRIES} CROSS JOIN entry_responses r ON r.entry_id = e.id WHERE ${IN_BOTH}`,
  );
  const triggerResponses = db.prepare(
    `SELECT t.folded AS trigger, r.value,
            count(CASE WHEN ${CURRENT} THEN 1 END) AS count, count(CASE WHEN ${PREVIOUS} THEN 1 END) AS previous
     ${FROM_ENTRIES} CROSS JOIN entry_tags t ON t.entry_id = e.id AND t.kind = 'trigger'
     CROSS JOIN entry_responses r ON r.entry_id = e.id
     WHERE ${IN_BOTH}
     GROUP BY t.folded, r.value`,
  );
  const triggerEvenings = db.prepare(
    `SELECT t.folded AS trigger, count(*) AS count
     ${FROM_ENTRIES} CROSS JOIN entry_tags t ON t.entry_id = e.id AND t.kind = 'trigger'
     WHERE ${IN_PERIOD} AND ${weekdayOf('e.date')} <= 5 AND ${timeOfDayOf('e.created_at')} = ${EVENING}
     GROUP BY t.folded`,
  );
  const weekdayTime = db.prepare(
    `SELECT weekday, tod, count(*) AS count FROM (
       SELECT ${weekdayOf('e.date')} AS weekday, ${timeOfDayOf('e.created_at')} AS tod
       ${FROM_ENTRIES} WHERE ${IN_PERIOD})
     GROUP BY weekday, tod`,
  );
  const dateBounds = db.prepare(
    'SELECT min(date) AS first, max(date) AS last FROM entries INDEXED BY entries_by_date WHERE deleted_at IS NULL',
  );
  const lastCard = db.prepare('SELECT id, created_at FROM cards ORDER BY created_at DESC LIMIT 1');
  const drillStatements = new Map<string, { page: Database.Statement; count: Database.Statement }>();

  function report(period: Period): PatternsReport {
    const { from, to, utcOffsetMinutes } = period;
    const before = previousPeriod(from, to);
    const params = { from, to, pfrom: before.from, shift: shiftOf(utcOffsetMinutes) };
    const total = totals.get(params) as {
      count: number;
      previous: number;
      nights: number;
      previousNights: number;
      weekdayEvenings: number;
    };

    const tagRows = tagCounts.all(params) as TagCountRow[];
    const names = new Map<string, string>(tagRows.map((row) => [`${row.kind}:${row.folded}`, row.name]));
    const nameOf = (kind: string, folded: string) => names.get(`${kind}:${folded}`) ?? folded;
    const countsOf = (kind: TagCountRow['kind']): PatternCount[] =>
      tagRows
        .filter((row) => row.kind === kind)
        .map((row) => ({ name: row.name, count: row.count, previous: row.previous, change: row.count - row.previous }))
        .sort(byCount);
    const triggers = countsOf('trigger');
    const needs = countsOf('need');
    const current = (row: { count: number }) => row.count > 0;

    const topTriggers = tagRows
      .filter((row) => row.kind === 'trigger' && current(row))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
      .slice(0, TOP);
    const weeks = weeksOf(from, to);
    const weekIndex = new Map(weeks.map((week, i) => [week, i]));
    const triggerSeries = topTriggers.map((row) => ({ key: row.name, label: row.name, counts: weeks.map(() => 0) }));
    const seriesOfTrigger = new Map(topTriggers.map((row, i) => [row.folded, triggerSeries[i]!]));
    const weekRows = triggerWeeks.all({ ...params, top: JSON.stringify(topTriggers.map((row) => row.folded)) }) as {
      folded: string;
      week: string;
      count: number;
    }[];
    for (const row of weekRows) seriesOfTrigger.get(row.folded)!.counts[weekIndex.get(row.week)!] = row.count;

    const unit: Unit = before.days <= 31 ? 'day' : before.days <= 366 ? 'week' : 'month';
    const intensityRows = new Map(
      (
        intensity[unit].all(params) as { bucket: string; entries: number; average: number | null; max: number | null }[]
      ).map((row) => [row.bucket, row]),
    );
    const points = bucketsOf(from, to, unit).map((bucket) => {
      const row = intensityRows.get(bucket.key);
      return {
        from: bucket.from,
        to: bucket.to,
        entries: row?.entries ?? 0,
        average: roundTo(row?.average ?? null, 1),
        max: row?.max ?? null,
      };
    });

    const familyCounts = new Map(
      (families.all(params) as { family: string | null; count: number }[]).map((row) => [row.family, row.count]),
    );
    const emotionFamilies = [...familyCounts.keys()]
      .map((family) => ({
        family,
        name: EMOTION_FAMILIES.find((known) => known.id === family)?.name ?? OWN_WORDS,
        count: familyCounts.get(family)!,
        emotions: tagRows
          .filter((row) => row.kind === 'emotion' && current(row) && row.family === family)
          .map((row) => ({ name: row.name, count: row.count }))
          .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)),
      }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));

    const pairRows = (pairs.all(params) as PairRow[]).map((row): TagPair => ({
      trigger: nameOf('trigger', row.trigger),
      kind: row.kind,
      other: nameOf(row.kind, row.other),
      count: row.count,
      averageIntensity: roundTo(row.average, 1),
    }));
    const topEmotions = tagRows
      .filter((row) => row.kind === 'emotion' && current(row))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
      .slice(0, TOP)
      .map((row) => row.name);
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

    const responseRows = responses.all(params) as {
      value: ResponseValue;
      week: string;
      count: number;
      previous: number;
    }[];
    const responseSeries = RESPONSE_VALUES.map((value) => {
      const counts = weeks.map(() => 0);
      let count = 0;
      let previous = 0;
      for (const row of responseRows.filter((r) => r.value === value)) {
        const at = weekIndex.get(row.week);
        if (at !== undefined) counts[at]! += row.count;
        count += row.count;
        previous += row.previous;
      }
      return { series: { key: value, label: RESPONSE_LABELS[value], counts }, count, previous };
    });

    const cellsByTime = new Map(
      (weekdayTime.all(params) as { weekday: number; tod: string; count: number }[]).map((row) => [
        `${row.weekday}:${row.tod}`,
        row.count,
      ]),
    );

    const byTriggerResponse = triggerResponses.all(params) as {
      trigger: string;
      value: ResponseValue;
      count: number;
      previous: number;
    }[];
    const facts: InsightFacts = {
      period,
      entries: { count: total.count, previous: total.previous },
      weekdayEvenings: total.weekdayEvenings,
      triggers,
      triggerEvenings: new Map(
        (triggerEvenings.all(params) as { trigger: string; count: number }[]).map((row) => [
          nameOf('trigger', row.trigger),
          row.count,
        ]),
      ),
      pairs: pairRows,
      triggerResponses: byTriggerResponse.map((row) => ({
        trigger: nameOf('trigger', row.trigger),
        response: row.value,
        count: row.count,
        previous: row.previous,
      })),
      responded: respondedEntries.get(params) as { count: number; previous: number },
      responses: responseSeries.map(({ series, count, previous }) => ({
        response: series.key as ResponseValue,
        count,
        previous,
      })),
    };

    return {
      period: { from, to, days: before.days },
      previous: { from: before.from, to: before.to },
      entries: { count: total.count, previous: total.previous },
      nights: { count: total.nights, previous: total.previousNights },
      triggers,
      triggersByWeek: { weeks, series: triggerSeries },
      intensity: { unit, points },
      emotionFamilies,
      coOccurrence: { triggers: topTriggers.map((row) => row.name), emotions: topEmotions, cells },
      responses: {
        weeks,
        series: responseSeries.map(({ series }) => series),
        totals: responseSeries.map(({ series, count, previous }) => ({
          response: series.key as ResponseValue,
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
          count: cellsByTime.get(`${weekday}:${TIME_CODES[timeOfDay]}`) ?? 0,
        })),
      ),
      insights: buildInsights(facts),
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
    if (filter.week !== undefined) where.push(`${weekOf('e.date')} = @week`);
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
      if (filter.week !== undefined) params.week = filter.week;
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

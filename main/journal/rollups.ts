import type Database from 'better-sqlite3-multiple-ciphers';

/**
 * Rollups: the counts Patterns reads, kept per day, month, year, decade and century so that a period of any
 * length is a few dozen lookups instead of a walk over every entry (DESIGN §6: patterns for any period under
 * 200 ms at 100k entries). `pattern_counts` holds one row per (fact, bucket, a, b, c):
 *
 * | fact               | a                  | b                   | c         | count of live entries…                  |
 * | entries            | intensity or ''    |                     |           | with that intensity                     |
 * | nights             |                    |                     |           | (distinct dates written)                |
 * | time               | ISO weekday 1–7    | UTC quarter hour    |           | written then (created_at)               |
 * | tag                | kind               | folded name         |           | holding that trigger, emotion or need   |
 * | family             | emotion family/''  |                     |           | holding an emotion of that family       |
 * | pair               | trigger (folded)   | emotion/need kind   | folded    | holding both; isum/icount: intensities  |
 * | response           | value              |                     |           | with that response                      |
 * | responded          |                    |                     |           | with any response                       |
 * | trigger-response   | trigger (folded)   | value               |           | holding both                            |
 * | trigger-time       | trigger (folded)   | UTC quarter hour    |           | holding it, written on a weekday        |
 *
 * A bucket is the entry's date cut to 10 (day), 7 (month), 4 (year), 3 (decade) or 2 (century) characters:
 * '2026-11-25', '2026-11', '2026', '202', '20'. `cover()` tiles a period with the fewest such buckets.
 *
 * Time of day is kept by UTC quarter hour (0–95), so any UTC offset that is a whole number of quarter hours —
 * every time zone in use — reads its local hours from it exactly. A pair's average intensity is isum / icount:
 * the emotion's or need's own strength where the picker recorded one, otherwise the entry's intensity.
 *
 * The counts are kept exact by SQL triggers on entries, entry_tags and entry_responses, in the same transaction
 * as the change, whichever code makes it (saving, moving to and from the Trash, deleting for good, renaming a
 * tag, importing): the derived rows stay the one source, and this is their sum. A row whose count reaches zero
 * is removed. `rebuildRollups` computes everything from scratch (the migration uses it); tests compare the
 * kept counts with a separate recount after random changes.
 *
 * Changing what a fact counts means a new migration that drops these triggers, creates the new ones and
 * rebuilds: the SQL below is what migration 1050 installed.
 */

export const BUCKET_LENGTHS = [2, 3, 4, 7, 10] as const;

/** ISO weekday of a date expression: 1 is Monday, 7 is Sunday. */
export const weekdayOf = (date: string) => `((CAST(strftime('%w', ${date}) AS INTEGER) + 6) % 7 + 1)`;
/** The UTC quarter hour, 0–95, of an ISO UTC timestamp expression. */
export const quarterOf = (timestamp: string) =>
  `(CAST(substr(${timestamp}, 12, 2) AS INTEGER) * 4 + CAST(substr(${timestamp}, 15, 2) AS INTEGER) / 15)`;

const COUNTED_KINDS = `('trigger', 'emotion', 'need')`;
const COLUMNS = 'fact, bucket, a, b, c, count, isum, icount';

/** Adds rows of (fact, date, a, b, c, n, isum, icount) to every bucket level of their date. */
const addRows = (rows: string) => `
  INSERT INTO pattern_counts (${COLUMNS})
  SELECT f.fact, substr(f.date, 1, l.len), f.a, f.b, f.c, sum(f.n), sum(f.isum), sum(f.icount)
  FROM (${rows}) f CROSS JOIN pattern_levels l
  WHERE true
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT DO UPDATE SET count = count + excluded.count, isum = isum + excluded.isum,
    icount = icount + excluded.icount;`;

const row = (fact: string, date: string, a: string, b: string, c: string, n: string, isum = '0', icount = '0') =>
  `SELECT '${fact}' AS fact, ${date} AS date, ${a} AS a, ${b} AS b, ${c} AS c, ${n} AS n, ${isum} AS isum, ${icount} AS icount`;

/** A pair's intensity: the emotion's or need's own, else the entry's. */
const pairIntensity = (other: string, entry: string) => `coalesce(${other}.intensity, ${entry}.intensity)`;

/**
 * Every fact but `nights` for the entries of `source` (a FROM item named E with id, date, intensity and
 * created_at), each counted `sign` times.
 */
function entryFacts(source: string, sign: string): string {
  return [
    `${row('entries', 'E.date', "coalesce(E.intensity, '')", "''", "''", sign)} FROM ${source}`,
    `${row('time', 'E.date', weekdayOf('E.date'), quarterOf('E.created_at'), "''", sign)} FROM ${source}`,
    `${row('tag', 'E.date', 't.kind', 't.folded', "''", sign)}
     FROM ${source} JOIN entry_tags t ON t.entry_id = E.id WHERE t.kind IN ${COUNTED_KINDS}`,
    `${row('family', 'E.date', "coalesce(t.family, '')", "''", "''", sign)}
     FROM ${source} JOIN entry_tags t ON t.entry_id = E.id WHERE t.kind = 'emotion' GROUP BY E.id, 3`,
    `${row(
      'pair',
      'E.date',
      'a.folded',
      'b.kind',
      'b.folded',
      sign,
      `${sign} * coalesce(${pairIntensity('b', 'E')}, 0)`,
      `${sign} * (${pairIntensity('b', 'E')} IS NOT NULL)`,
    )}
     FROM ${source} JOIN entry_tags a ON a.entry_id = E.id AND a.kind = 'trigger'
     JOIN entry_tags b ON b.entry_id = E.id AND b.kind IN ('emotion', 'need')`,
    `${row('response', 'E.date', 'r.value', "''", "''", sign)}
     FROM ${source} JOIN entry_responses r ON r.entry_id = E.id`,
    `${row('responded', 'E.date', "''", "''", "''", sign)}
     FROM ${source} WHERE EXISTS (SELECT 1 FROM entry_responses r WHERE r.entry_id = E.id)`,
    `${row('trigger-response', 'E.date', 't.folded', 'r.value', "''", sign)}
     FROM ${source} JOIN entry_tags t ON t.entry_id = E.id AND t.kind = 'trigger'
     JOIN entry_responses r ON r.entry_id = E.id`,
    `${row('trigger-time', 'E.date', 't.folded', quarterOf('E.created_at'), "''", sign)}
     FROM ${source} JOIN entry_tags t ON t.entry_id = E.id AND t.kind = 'trigger'
     WHERE ${weekdayOf('E.date')} <= 5`,
  ].join('\n UNION ALL ');
}

/** One entry row (OLD or NEW in a trigger) as the source E, when it is live. */
const oneEntry = (ref: 'OLD' | 'NEW') =>
  `(SELECT ${ref}.id AS id, ${ref}.date AS date, ${ref}.intensity AS intensity, ${ref}.created_at AS created_at
    WHERE ${ref}.deleted_at IS NULL) E`;

/** The night of a live entry row counts once: when no other live entry shares its date. */
const night = (ref: 'OLD' | 'NEW', sign: string) =>
  addRows(
    `${row('nights', `${ref}.date`, "''", "''", "''", sign)}
     WHERE ${ref}.deleted_at IS NULL AND NOT EXISTS (
       SELECT 1 FROM entries o WHERE o.deleted_at IS NULL AND o.date = ${ref}.date AND o.id <> ${ref}.id)`,
  );

/** What one tag row R adds to (sign 1) or takes from (sign -1) its entry's counts, if the entry is live. */
function tagDelta(R: 'OLD' | 'NEW', sign: string): string {
  const live = `FROM entries e WHERE e.id = ${R}.entry_id AND e.deleted_at IS NULL`;
  return addRows(
    [
      `${row('tag', 'e.date', `${R}.kind`, `${R}.folded`, "''", sign)} ${live} AND ${R}.kind IN ${COUNTED_KINDS}`,
      // An entry counts once per family: R changes it only when no other emotion of the entry shares it.
      `${row('family', 'e.date', `coalesce(${R}.family, '')`, "''", "''", sign)} ${live} AND ${R}.kind = 'emotion'
       AND NOT EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = ${R}.entry_id AND t.kind = 'emotion'
         AND t.name <> ${R}.name AND coalesce(t.family, '') = coalesce(${R}.family, ''))`,
      `${row(
        'pair',
        'e.date',
        `${R}.folded`,
        'b.kind',
        'b.folded',
        sign,
        `${sign} * coalesce(${pairIntensity('b', 'e')}, 0)`,
        `${sign} * (${pairIntensity('b', 'e')} IS NOT NULL)`,
      )}
       FROM entries e JOIN entry_tags b ON b.entry_id = e.id AND b.kind IN ('emotion', 'need')
       WHERE e.id = ${R}.entry_id AND e.deleted_at IS NULL AND ${R}.kind = 'trigger'`,
      `${row(
        'pair',
        'e.date',
        'a.folded',
        `${R}.kind`,
        `${R}.folded`,
        sign,
        `${sign} * coalesce(${pairIntensity(R, 'e')}, 0)`,
        `${sign} * (${pairIntensity(R, 'e')} IS NOT NULL)`,
      )}
       FROM entries e JOIN entry_tags a ON a.entry_id = e.id AND a.kind = 'trigger'
       WHERE e.id = ${R}.entry_id AND e.deleted_at IS NULL AND ${R}.kind IN ('emotion', 'need')`,
      `${row('trigger-response', 'e.date', `${R}.folded`, 'r.value', "''", sign)}
       FROM entries e JOIN entry_responses r ON r.entry_id = e.id
       WHERE e.id = ${R}.entry_id AND e.deleted_at IS NULL AND ${R}.kind = 'trigger'`,
      `${row('trigger-time', 'e.date', `${R}.folded`, quarterOf('e.created_at'), "''", sign)} ${live}
       AND ${R}.kind = 'trigger' AND ${weekdayOf('e.date')} <= 5`,
    ].join('\n UNION ALL '),
  );
}

/** What one response row R adds to or takes from its entry's counts, if the entry is live. */
function responseDelta(R: 'OLD' | 'NEW', sign: string): string {
  const live = `FROM entries e WHERE e.id = ${R}.entry_id AND e.deleted_at IS NULL`;
  return addRows(
    [
      `${row('response', 'e.date', `${R}.value`, "''", "''", sign)} ${live}`,
      `${row('responded', 'e.date', "''", "''", "''", sign)} ${live}
       AND NOT EXISTS (SELECT 1 FROM entry_responses r WHERE r.entry_id = ${R}.entry_id AND r.value <> ${R}.value)`,
      `${row('trigger-response', 'e.date', 't.folded', `${R}.value`, "''", sign)}
       FROM entries e JOIN entry_tags t ON t.entry_id = e.id AND t.kind = 'trigger'
       WHERE e.id = ${R}.entry_id AND e.deleted_at IS NULL`,
    ].join('\n UNION ALL '),
  );
}

/** The columns whose change moves an entry's counts; seq, text and the rest don't. */
const MOVES = `OLD.date IS NOT NEW.date OR OLD.intensity IS NOT NEW.intensity OR OLD.created_at IS NOT NEW.created_at
  OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)`;

/** The tables and triggers of migration 1050. */
export const ROLLUP_SCHEMA = `
  CREATE TABLE pattern_levels (len INTEGER PRIMARY KEY);
  INSERT INTO pattern_levels (len) VALUES ${BUCKET_LENGTHS.map((len) => `(${len})`).join(', ')};

  CREATE TABLE pattern_counts (
    fact TEXT NOT NULL,
    bucket TEXT NOT NULL,
    a NOT NULL,
    b NOT NULL,
    c NOT NULL,
    count INTEGER NOT NULL,
    isum INTEGER NOT NULL,
    icount INTEGER NOT NULL,
    PRIMARY KEY (fact, bucket, a, b, c)
  ) WITHOUT ROWID;

  CREATE TRIGGER pattern_counts_drop_empty AFTER UPDATE OF count ON pattern_counts WHEN NEW.count = 0
  BEGIN
    DELETE FROM pattern_counts
    WHERE fact = NEW.fact AND bucket = NEW.bucket AND a = NEW.a AND b = NEW.b AND c = NEW.c;
  END;

  CREATE TRIGGER entries_rollup_insert AFTER INSERT ON entries WHEN NEW.deleted_at IS NULL
  BEGIN
    ${addRows(entryFacts(oneEntry('NEW'), '1'))}
    ${night('NEW', '1')}
  END;

  CREATE TRIGGER entries_rollup_update AFTER UPDATE OF date, deleted_at, intensity, created_at ON entries
  WHEN ${MOVES}
  BEGIN
    ${addRows(entryFacts(oneEntry('OLD'), '-1'))}
    ${night('OLD', '-1')}
    ${addRows(entryFacts(oneEntry('NEW'), '1'))}
    ${night('NEW', '1')}
  END;

  -- Before: the entry's tags and responses are still there to subtract. Their own triggers, run by the
  -- cascade once the entry is gone, find no live entry and change nothing.
  CREATE TRIGGER entries_rollup_delete BEFORE DELETE ON entries WHEN OLD.deleted_at IS NULL
  BEGIN
    ${addRows(entryFacts(oneEntry('OLD'), '-1'))}
    ${night('OLD', '-1')}
  END;

  CREATE TRIGGER entry_tags_rollup_insert AFTER INSERT ON entry_tags BEGIN ${tagDelta('NEW', '1')} END;
  CREATE TRIGGER entry_tags_rollup_delete AFTER DELETE ON entry_tags BEGIN ${tagDelta('OLD', '-1')} END;
  CREATE TRIGGER entry_responses_rollup_insert AFTER INSERT ON entry_responses BEGIN ${responseDelta('NEW', '1')} END;
  CREATE TRIGGER entry_responses_rollup_delete AFTER DELETE ON entry_responses BEGIN ${responseDelta('OLD', '-1')} END;
`;

/** Every count from scratch, from the live entries and their derived rows. */
export function rebuildRollups(db: Database.Database): void {
  const live = '(SELECT id, date, intensity, created_at FROM entries WHERE deleted_at IS NULL) E';
  db.exec(`
    DELETE FROM pattern_counts;
    ${addRows(entryFacts(live, '1'))}
    ${addRows(`${row('nights', 'date', "''", "''", "''", '1')} FROM entries WHERE deleted_at IS NULL GROUP BY date`)}
  `);
}

const DAY_MS = 86_400_000;
const FIRST_DATE = '0000-01-01';
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The first and last date of a bucket. */
export function bucketRange(bucket: string): { from: string; to: string } {
  switch (bucket.length) {
    case 2:
      return { from: `${bucket}00-01-01`, to: `${bucket}99-12-31` };
    case 3:
      return { from: `${bucket}0-01-01`, to: `${bucket}9-12-31` };
    case 4:
      return { from: `${bucket}-01-01`, to: `${bucket}-12-31` };
    case 7: {
      const [year, month] = [Number(bucket.slice(0, 4)), Number(bucket.slice(5, 7))];
      const next = month === 12 ? `${year + 1}-01-01` : `${bucket.slice(0, 5)}${String(month + 1).padStart(2, '0')}-01`;
      const last = new Date(Date.parse(`${next}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
      return { from: `${bucket}-01`, to: last };
    }
    default:
      return { from: bucket, to: bucket };
  }
}

/**
 * The buckets that tile the dates from `from` to `to` exactly, each as large as fits: at most 30 days, 11
 * months, 9 years and 9 decades at each end, and whole centuries between.
 */
export function cover(from: string, to: string): string[] {
  const buckets: string[] = [];
  // A period before year 0 (the one before a journal with an entry dated in year 1, say) holds no entries:
  // ISO dates start at 0000-01-01, and what comes out of Date before it isn't a date string.
  let date = from < FIRST_DATE ? FIRST_DATE : from;
  while (date <= to) {
    let bucket = date;
    for (const length of BUCKET_LENGTHS.slice(0, -1)) {
      const range = bucketRange(date.slice(0, length));
      if (range.from === date && range.to <= to) {
        bucket = date.slice(0, length);
        break;
      }
    }
    buckets.push(bucket);
    date = nextDay(bucketRange(bucket).to);
  }
  return buckets;
}

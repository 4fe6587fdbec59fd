import { randomBytes } from 'node:crypto';
import { getDate, subDays } from 'date-fns';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Entry, EntryPage, EntrySummary, TodayOverview } from '../../preload/contract';
import { HavenError } from '../errors';
import { journalDate, monthBounds, onThisDayDates, parseDate } from './dates';
import { countWords, deriveFromDoc } from './derive';
import { facetMatch, type FacetFilter } from './facets';
import { seqRange } from './seq';
import { templateVersionLookup } from './templates';
import { createEntryWriter } from './writer';

interface EntryRow {
  id: string;
  date: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  template: string;
  template_version: number | null;
  title: string;
  text: string;
  doc: string;
}

type SummaryRow = Omit<EntryRow, 'doc'> & {
  excerpt: string | null;
  /** The document, only for a row saved before excerpts were kept (migration 1060). */
  legacy_doc: string | null;
};

export interface SaveInput {
  id?: string | undefined;
  date: string;
  title: string;
  template?: string | undefined;
  /** Left out (or null): a new entry gets its template's current version, a saved one keeps what it had. */
  templateVersion?: number | null | undefined;
  doc: string;
}

type SummaryTag = EntrySummary['tags'][number];

interface TagRow extends SummaryTag {
  entry_id: string;
}

export type EntryFilter = Pick<FacetFilter, 'template' | 'tag'>;

export interface ListOptions extends EntryFilter {
  offset?: number | undefined;
  limit: number;
}

/** How long an entry stays in the Trash before `purgeTrash` removes it for good. */
export const TRASH_DAYS = 30;
const ON_THIS_DAY_LIMIT = 10;

const toEntry = (row: EntryRow): Entry => ({
  id: row.id,
  date: row.date,
  title: row.title,
  template: row.template,
  templateVersion: row.template_version,
  doc: row.doc,
  text: row.text,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

const toSummary = (row: SummaryRow, tags: SummaryTag[]): EntrySummary => ({
  id: row.id,
  date: row.date,
  title: row.title,
  template: row.template,
  templateVersion: row.template_version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  excerpt: row.excerpt ?? (row.legacy_doc === null ? '' : deriveFromDoc(row.legacy_doc).excerpt),
  words: countWords(row.text),
  tags,
});

/**
 * A card's excerpt is the writer's `excerpt` column (migration 1060), so a page of 50 parses no document; only
 * a row saved before that column existed brings its document along, to derive the excerpt from it here.
 */
const SUMMARY_COLUMNS = `e.id, e.date, e.created_at, e.updated_at, e.deleted_at, e.template, e.template_version,
  e.title, e.text, e.excerpt, CASE WHEN e.excerpt IS NULL THEN e.doc END AS legacy_doc`;
/**
 * Newest first: by date, then latest written first. Within a date seq follows the order of writing
 * (see writer.ts), so this is date DESC, created_at DESC, in the order of the entries_by_date index.
 */
const NEWEST_FIRST = 'ORDER BY e.date DESC, e.seq DESC';
/** The template of tonight's check-in, which Today always opens. */
const CHECK_IN_TEMPLATE = 'nightly';

const notFound = () => new HavenError('not-found', 'That entry is no longer in your journal.');

/** Entries over an open vault. Every save is one transaction: the document and everything derived from it. */
export function createEntries(db: Database.Database, now: () => Date) {
  const writer = createEntryWriter(db);
  const byId = db.prepare('SELECT * FROM entries WHERE id = ?');
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?').pluck();
  // Tonight's check-in is the day's entry from the nightly template; if a day somehow holds two (an import,
  // a date moved), the first one written is the one Today keeps continuing.
  const checkInOfDate = db.prepare(
    `SELECT * FROM entries e WHERE e.deleted_at IS NULL AND e.date = ? AND e.template = '${CHECK_IN_TEMPLATE}'
     ORDER BY e.seq LIMIT 1`,
  );
  const othersOfDate = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL AND e.date = ? AND e.id IS NOT ? ${NEWEST_FIRST}`,
  );
  const nightsBetween = db
    .prepare('SELECT count(DISTINCT date) FROM entries WHERE deleted_at IS NULL AND date BETWEEN ? AND ?')
    .pluck();
  // A page is picked from an index (or the full-text index, for a filter) before any row is read, so a deep
  // offset skips entries without reading them.
  const livePage = db.prepare(
    `WITH page AS MATERIALIZED (
       SELECT seq FROM entries e WHERE e.deleted_at IS NULL ${NEWEST_FIRST} LIMIT @limit OFFSET @offset)
     SELECT ${SUMMARY_COLUMNS} FROM page JOIN entries e ON e.seq = page.seq ${NEWEST_FIRST}`,
  );
  const liveCount = db.prepare('SELECT count(*) FROM entries WHERE deleted_at IS NULL').pluck();
  const filteredPage = db.prepare(
    `WITH page AS MATERIALIZED (
       SELECT rowid AS seq FROM entries_fts WHERE entries_fts MATCH @match ORDER BY rowid DESC
       LIMIT @limit OFFSET @offset)
     SELECT ${SUMMARY_COLUMNS} FROM page JOIN entries e ON e.seq = page.seq ${NEWEST_FIRST}`,
  );
  const filteredCount = db.prepare('SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?').pluck();
  const datesBetween = db
    .prepare(
      'SELECT DISTINCT date FROM entries WHERE deleted_at IS NULL AND date BETWEEN @first AND @last ORDER BY date',
    )
    .pluck();
  const filteredDatesBetween = db
    .prepare(
      `SELECT DISTINCT e.date FROM entries_fts CROSS JOIN entries e ON e.seq = entries_fts.rowid
       WHERE entries_fts MATCH @match AND entries_fts.rowid BETWEEN @low AND @high ORDER BY e.date`,
    )
    .pluck();
  const earliestDate = db.prepare('SELECT min(date) FROM entries WHERE deleted_at IS NULL').pluck();
  const onDates = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM entries e
     WHERE e.deleted_at IS NULL AND e.date IN (SELECT value FROM json_each(?)) ${NEWEST_FIRST}`,
  );
  const moveToTrash = db.prepare('UPDATE entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  const takeOutOfTrash = db.prepare('UPDATE entries SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL');
  const trashed = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC`,
  );
  const deleteAllTrashed = db.prepare('DELETE FROM entries WHERE deleted_at IS NOT NULL');
  // An empty page: no title, none of the person's words (picked words and chosen options count as words,
  // template headings and questions don't), no intensity and no response.
  const EMPTY = `e.deleted_at IS NULL AND e.title = '' AND trim(e.text) = '' AND e.intensity IS NULL
    AND NOT EXISTS (SELECT 1 FROM entry_responses r WHERE r.entry_id = e.id)`;
  const deleteIfEmpty = db.prepare(`DELETE FROM entries AS e WHERE e.id = ? AND ${EMPTY}`);
  // Only recent dates, read through the date index: a sweep at unlock must not read the whole journal.
  const deleteEmptySince = db.prepare(`DELETE FROM entries AS e WHERE e.date >= ? AND ${EMPTY}`);
  const deleteTrashedBefore = db.prepare('DELETE FROM entries WHERE deleted_at IS NOT NULL AND deleted_at < ?');
  // One query for the tags of every entry on a page, in the order each entry's document names them (rows
  // written before migration 1020 have no position yet and fall back to kind and name).
  const tagsOf = db.prepare(
    `SELECT entry_id, kind, name FROM entry_tags WHERE entry_id IN (SELECT value FROM json_each(?))
     ORDER BY entry_id, position, kind, folded`,
  );
  const bySeqs = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.seq IN (SELECT value FROM json_each(?)) ${NEWEST_FIRST}`,
  );
  const liveTemplate = db.prepare('SELECT template, template_version FROM entries WHERE id = ? AND deleted_at IS NULL');
  const templateVersion = templateVersionLookup(db);

  function summaries(rows: SummaryRow[]): EntrySummary[] {
    const byEntry = new Map<string, SummaryTag[]>();
    if (rows.length > 0) {
      for (const { entry_id, kind, name } of tagsOf.all(JSON.stringify(rows.map((row) => row.id))) as TagRow[]) {
        const tags = byEntry.get(entry_id);
        if (tags) tags.push({ kind, name });
        else byEntry.set(entry_id, [{ kind, name }]);
      }
    }
    return rows.map((row) => toSummary(row, byEntry.get(row.id) ?? []));
  }

  const save = db.transaction((input: SaveInput): string => {
    const at = now().toISOString();
    const template = input.template ?? 'blank';
    const fields = { date: input.date, title: input.title, template, doc: input.doc };
    if (input.id !== undefined) {
      const existing = liveTemplate.get(input.id) as Pick<EntryRow, 'template' | 'template_version'> | undefined;
      if (!existing) throw notFound();
      const version =
        input.templateVersion ??
        (existing.template === template ? existing.template_version : templateVersion(template));
      writer.update(input.id, { ...fields, templateVersion: version }, at);
      return input.id;
    }
    const id = randomBytes(8).toString('hex');
    writer.insert({
      id,
      createdAt: at,
      ...fields,
      templateVersion: input.templateVersion ?? templateVersion(template),
    });
    return id;
  });

  function get(id: string): Entry {
    const row = byId.get(id) as EntryRow | undefined;
    if (!row) throw notFound();
    return toEntry(row);
  }

  return {
    /** Creates (no id) or rewrites a live entry. A trashed entry can't be saved over: restore it first. */
    save(input: SaveInput): Entry {
      return get(save(input));
    },

    /** Any entry, live or in the Trash (then with `deletedAt` set). */
    get,

    /** Summaries of the entries with these seqs, newest first: a page another query (patterns) picked. */
    summariesBySeq(seqs: readonly number[]): EntrySummary[] {
      return seqs.length ? summaries(bySeqs.all(JSON.stringify(seqs)) as SummaryRow[]) : [];
    },

    /** Live entries, newest first, with how many there are for the filter in all. */
    list(options: ListOptions): EntryPage {
      const page = { limit: options.limit, offset: options.offset ?? 0 };
      const match = facetMatch(options);
      const items = (match === null ? livePage.all(page) : filteredPage.all({ ...page, match })) as SummaryRow[];
      const total = (match === null ? liveCount.get() : filteredCount.get(match)) as number;
      return { total, items: summaries(items) };
    },

    /**
     * What the Today view shows. "On this day" looks at the same day of the month in the 11 months before and
     * the same date in every earlier year (see `onThisDayDates`), newest first, at most 10 entries. When there
     * are more, earlier years are kept before months: a year ago says more than five months ago.
     */
    today(at: Date, dayStartsAtHour: number): TodayOverview {
      const date = journalDate(at, dayStartsAtHour);
      const entry = checkInOfDate.get(date) as EntryRow | undefined;
      const { first } = monthBounds(date.slice(0, 7));
      const earliest = earliestDate.get() as string | null;
      const { months, years } = onThisDayDates(date, earliest ? Number(earliest.slice(0, 4)) : Number.MAX_VALUE);
      const rows = onDates.all(JSON.stringify([...months, ...years])) as SummaryRow[];
      const yearSet = new Set(years);
      const fromYears = rows.filter((row) => yearSet.has(row.date)).slice(0, ON_THIS_DAY_LIMIT);
      const fromMonths = rows.filter((row) => !yearSet.has(row.date));
      const chosen = new Set([...fromYears, ...fromMonths.slice(0, ON_THIS_DAY_LIMIT - fromYears.length)]);
      return {
        date,
        entry: entry ? toEntry(entry) : null,
        others: summaries(othersOfDate.all(date, entry?.id ?? null) as SummaryRow[]),
        nightsThisMonth: nightsBetween.get(first, date) as number,
        daysInMonthSoFar: getDate(parseDate(date)),
        onThisDay: summaries(rows.filter((row) => chosen.has(row))),
      };
    },

    /** The dates in a 'YYYY-MM' month that have a live entry matching the filter, in order. */
    calendar(month: string, filter: EntryFilter = {}): string[] {
      let bounds: { first: string; last: string };
      try {
        bounds = monthBounds(month);
      } catch {
        throw new HavenError('invalid-input', 'Pick a month like 2026-11.');
      }
      const match = facetMatch(filter);
      if (match === null) return datesBetween.all(bounds) as string[];
      return filteredDatesBetween.all({ ...seqRange(bounds.first, bounds.last), match }) as string[];
    },

    /** Moves an entry to the Trash; it leaves lists, the calendar and search at once. */
    remove(id: string): void {
      if (moveToTrash.run(now().toISOString(), id).changes === 0 && exists.get(id) === undefined) throw notFound();
    },

    restore(id: string): Entry {
      if (takeOutOfTrash.run(id).changes === 0 && exists.get(id) === undefined) throw notFound();
      return get(id);
    },

    /** What is in the Trash, most recently trashed first. */
    trash(): EntrySummary[] {
      return summaries(trashed.all() as SummaryRow[]);
    },

    /**
     * Removes an entry for good when it holds nothing the person wrote or chose: a page opened from "New entry"
     * and left is not kept, and never counted. True when it was removed.
     */
    discardIfEmpty(id: string): boolean {
      return deleteIfEmpty.run(id).changes > 0;
    },

    /**
     * Every empty page dated `since` or later, for the unlock after a quit or crash that happened on one ("New
     * entry" dates a page tonight, so a few recent days cover it). Returns how many.
     */
    discardEmptySince(since: string): number {
      return deleteEmptySince.run(since).changes;
    },

    /** Removes everything in the Trash for good, with all that was derived from it. Returns how many. */
    emptyTrash(): number {
      return deleteAllTrashed.run().changes;
    },

    /** Removes entries that went to the Trash more than 30 days before `at`. Returns how many. */
    purgeTrash(at: Date): number {
      return deleteTrashedBefore.run(subDays(at, TRASH_DAYS).toISOString()).changes;
    },
  };
}

export type Entries = ReturnType<typeof createEntries>;

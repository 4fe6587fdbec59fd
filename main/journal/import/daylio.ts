import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { findEmotion } from '../../../resources/vocabulary';
import { asNode } from '../../../resources/templates/section-nodes';
import type { SerializedNode } from '../../../resources/templates/lexical-json';
import { parseLooseDate } from './dates';
import { SkipCounter, cleanTags, sourceEntryId, type ImportedEntry, type ParsedImport } from './model';
import { badFile, type SourceFile } from './source';
import { entryDocument, htmlToText, plainTextBlocks } from './text-blocks';

/**
 * Daylio's CSV export (DESIGN §9): `full_date,date,weekday,time,mood,activities,note_title,note`, newest row
 * first. Older versions have no note_title, or a `year` and a "18 May" date instead of full_date; newer ones
 * add `scales`. Daylio keeps no time zone, so each row is an entry at the date and time written, as with jrnl.
 * The mood becomes an emotion in a "Mood" field: Daylio's five default moods (in English, Italian and German)
 * each as a word with an intensity, a mood you named yourself as the emotion of that name when Haven has it
 * (its intensity left for you, since the CSV doesn't say which of the five it stands for), and any other as a
 * plain tag. Activities become tags. The note's `<br>` and other HTML line tags end lines; other tags go.
 * A row that can't be read is named in `problems` and the rest come in.
 */

interface DefaultMood {
  emotion: string;
  intensity: number;
}

const RAD: DefaultMood = { emotion: 'Joyful', intensity: 9 };
const GOOD: DefaultMood = { emotion: 'Glad', intensity: 6 };
const MEH: DefaultMood = { emotion: 'Flat', intensity: 4 };
const BAD: DefaultMood = { emotion: 'Low', intensity: 6 };
const AWFUL: DefaultMood = { emotion: 'Low', intensity: 9 };

/** Daylio's default mood names, as its English, Italian and German exports write them. */
const DEFAULT_MOODS = new Map<string, DefaultMood>([
  ['rad', RAD],
  ['good', GOOD],
  ['meh', MEH],
  ['bad', BAD],
  ['awful', AWFUL],
  ['ottimo', RAD],
  ['buono', GOOD],
  ['così così', MEH],
  ['male', BAD],
  ['terribile', AWFUL],
  ['super', RAD],
  ['gut', GOOD],
  ['ok', MEH],
  ['schlecht', BAD],
  ['einfach scheiße', AWFUL],
]);

const fold = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Month names as older exports write them in the `date` column ("18 May", "18. Mai", "18 мая"), in the
 * languages Daylio is used in most, long and short, from the runtime's own calendar data.
 */
const MONTH_LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sv', 'da', 'nb', 'fi', 'tr', 'ru', 'uk'];
let monthNames: Map<string, number> | null = null;

function monthIndex(word: string): number | undefined {
  if (!monthNames) {
    monthNames = new Map();
    for (const locale of MONTH_LOCALES) {
      for (const month of ['long', 'short'] as const) {
        for (const withDay of [false, true]) {
          const format = new Intl.DateTimeFormat(locale, {
            month,
            ...(withDay ? { day: 'numeric' } : {}),
            timeZone: 'UTC',
          });
          for (let m = 0; m < 12; m += 1) {
            const name = format.formatToParts(Date.UTC(2020, m, 15)).find((part) => part.type === 'month')?.value;
            const key = name ? fold(name).replace(/\.$/, '') : '';
            // Some languages write a month as its number beside a day ("15.5."): only names are names.
            if (/\p{L}/u.test(key) && !monthNames.has(key)) monthNames.set(key, m);
          }
        }
      }
    }
  }
  return monthNames.get(word.replace(/\.$/, ''));
}

interface Columns {
  fullDate: number;
  year: number;
  date: number;
  time: number;
  mood: number;
  activities: number;
  scales: number;
  title: number;
  note: number;
  count: number;
}

function columnsOf(header: readonly string[]): Columns | null {
  const names = header.map((name) => fold(name.replace(/^\uFEFF/, '')));
  const at = (name: string) => names.indexOf(name);
  const columns: Columns = {
    fullDate: at('full_date'),
    year: at('year'),
    date: at('date'),
    time: at('time'),
    mood: at('mood'),
    activities: at('activities'),
    scales: at('scales'),
    title: at('note_title'),
    note: at('note'),
    count: header.length,
  };
  const dated = columns.fullDate >= 0 || (columns.year >= 0 && columns.date >= 0);
  return dated && columns.time >= 0 && columns.mood >= 0 && columns.activities >= 0 ? columns : null;
}

const decode = (file: SourceFile) => new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');

/** Whether a file is a Daylio CSV, by its first line. */
export function isDaylio(file: SourceFile): boolean {
  if (!/\.csv$/i.test(file.name)) return false;
  const start = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return columnsOf(firstLine.split(',').map((cell) => cell.replace(/^"|"$/g, ''))) !== null;
}

/** "6:50 pm", "10:04 AM", "14:58", "01:25": hours and minutes, or null. */
function readTime(value: string): string | null {
  const match = /^(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s*m\.?)?$/i.exec(value.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/** The day of a row: full_date ("2020-05-30"), or the older year and "18 May" / "May 18". */
function readDay(cells: readonly string[], columns: Columns): string | null {
  const full = columns.fullDate >= 0 ? (cells[columns.fullDate] ?? '').trim() : '';
  if (full) return parseLooseDate(full)?.date ?? null;
  if (columns.year < 0 || columns.date < 0) return null;
  const year = (cells[columns.year] ?? '').trim();
  const words = fold(cells[columns.date] ?? '')
    .replace(/,/g, ' ')
    .split(' ')
    .filter(Boolean);
  const day = words.map((word) => word.replace(/\.$/, '')).find((word) => /^\d{1,2}$/.test(word));
  const month = words.map(monthIndex).find((index) => index !== undefined);
  if (!/^\d{4}$/.test(year) || day === undefined || month === undefined) return null;
  return parseLooseDate(`${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`)?.date ?? null;
}

const moodField = (items: { name: string; intensity: number | null }[]): SerializedNode =>
  asNode({
    type: 'haven-picker',
    version: 1,
    sectionId: '',
    kind: 'emotion',
    label: 'Mood',
    hint: '',
    withIntensity: true,
    items,
  });

const quoted = (names: readonly string[]) => {
  const shown = names.slice(0, 5).map((name) => `“${name}”`);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more.toLocaleString()} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
};

/** A record as csv-parse gives it with `info`: its cells, and how many records were given before and with it. */
interface Row {
  record: string[];
  info: { records: number };
}

export function readDaylio(file: SourceFile): ParsedImport {
  let rows: Row[];
  const problems: string[] = [];
  // How many records were given before each one that couldn't be read, so every row keeps its own number.
  const skippedAfter: number[] = [];
  const openQuote: boolean[] = [];
  try {
    rows = parse(decode(file), {
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skippedAfter.push(Number(error?.records ?? 0));
        openQuote.push(error?.code === 'CSV_QUOTE_NOT_CLOSED');
        return undefined;
      },
    }) as unknown as Row[];
  } catch {
    throw badFile(`“${file.name}” looks like a Daylio export, but Haven can’t read it as a table.`);
  }
  const columns = rows.length > 0 ? columnsOf(rows[0]!.record) : null;
  if (!columns) {
    throw badFile(`“${file.name}” isn’t a Daylio export Haven can read: its first line doesn’t name Daylio’s columns.`);
  }
  // Row numbers as a spreadsheet shows them: the header is row 1, and a row that couldn't be read still counts.
  const rowNumber = (given: number) => given + skippedAfter.filter((before) => before < given).length;
  skippedAfter.forEach((before, i) => {
    const row = before + i + 1;
    // A quotation mark left open runs to the end of the file: nothing after it can be told apart.
    problems.push(
      openQuote[i]
        ? `Row ${row} and the rows after it can’t be read: a quotation mark in row ${row} is never closed.`
        : `Row ${row}: it can’t be read.`,
    );
  });

  const tags = new Set<string>();
  const skipped = new SkipCounter();
  const entries: ImportedEntry[] = [];
  const moodsAsTags = new Map<string, string>();
  const seen = new Map<string, number>();

  rows.slice(1).forEach(({ record: cells, info }) => {
    const row = rowNumber(info.records);
    if (cells.every((cell) => cell.trim() === '')) return;
    if (cells.length !== columns.count) {
      const more = cells.length > columns.count;
      problems.push(
        `Row ${row}: it has ${more ? 'more' : 'fewer'} cells than the first line names, so Haven can’t tell which is which.`,
      );
      return;
    }
    const day = readDay(cells, columns);
    if (!day) {
      problems.push(`Row ${row}: its date isn’t readable.`);
      return;
    }
    const time = readTime(cells[columns.time] ?? '');
    if (!time) {
      problems.push(`Row ${row}: its time isn’t readable.`);
      return;
    }
    const when = parseLooseDate(`${day} ${time}`)!;

    const moodName = (cells[columns.mood] ?? '').trim().replace(/\s+/g, ' ');
    const items: { name: string; intensity: number | null }[] = [];
    const names: string[] = [];
    if (moodName) {
      const known = DEFAULT_MOODS.get(fold(moodName));
      const emotion = known ? null : findEmotion(moodName);
      if (known) items.push({ name: known.emotion, intensity: known.intensity });
      else if (emotion) items.push({ name: emotion.name, intensity: null });
      else {
        names.push(moodName);
        if (!moodsAsTags.has(fold(moodName))) moodsAsTags.set(fold(moodName), moodName);
      }
    }
    const activities = (cells[columns.activities] ?? '').split('|').map((name) => name.trim());
    const entryTags = cleanTags([...names, ...activities]);
    for (const name of entryTags) tags.add(name);

    const rawTitle = columns.title >= 0 ? (cells[columns.title] ?? '') : '';
    const title = htmlToText(rawTitle).replace(/\s+/g, ' ').slice(0, 500);
    const rawNote = columns.note >= 0 ? (cells[columns.note] ?? '') : '';
    const note = htmlToText(rawNote.replace(/\r\n?/g, '\n').replace(/\n/g, '<br>'));
    // Scales ("Sleep Quality: 8/10 points | Sleep Time: 8:00") are the person's own readings: kept as lines.
    const scales = columns.scales >= 0 ? (cells[columns.scales] ?? '').split('|').map((part) => part.trim()) : [];
    const text = [note, ...scales.filter(Boolean)].filter(Boolean).join('\n');

    const blocks = [...(items.length ? [moodField(items)] : []), ...plainTextBlocks(text)];
    if (blocks.length === 0 && entryTags.length === 0 && !title) {
      skipped.add('empty rows', 'they hold no mood, activity or note');
      return;
    }
    const identity = JSON.stringify([
      day,
      time,
      moodName,
      cells[columns.activities] ?? '',
      rawTitle,
      rawNote,
      columns.scales >= 0 ? (cells[columns.scales] ?? '') : '',
    ]);
    // A row is known again by its day, time and cells, not by the export's file name or row number: a later
    // export (named for its own day, with newer rows on top) finds the rows already imported. Two rows alike
    // in every cell are still two moments the person logged.
    const nth = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, nth);
    const key = createHash('sha256').update(`${identity}\u0000${nth}`).digest('hex');
    entries.push({
      id: sourceEntryId('daylio', key),
      date: when.date,
      createdAt: when.createdAt,
      updatedAt: when.createdAt,
      title,
      template: 'blank',
      templateVersion: null,
      doc: entryDocument(blocks, entryTags),
    });
  });

  const asTags = [...moodsAsTags.values()];
  if (asTags.length > 0) {
    problems.push(
      `${asTags.length === 1 ? 'One of your Daylio moods isn’t' : 'Some of your Daylio moods aren’t'} a word Haven ` +
        `has for an emotion, so ${asTags.length === 1 ? 'it came' : 'they came'} in as ${asTags.length === 1 ? 'a tag' : 'tags'}: ${quoted(asTags)}.`,
    );
  }
  return { format: 'daylio', entries, tags, skipped: skipped.list(), problems };
}

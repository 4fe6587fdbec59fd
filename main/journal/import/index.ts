import type Database from 'better-sqlite3-multiple-ciphers';
import type { ImportPreview, ImportResult } from '../../../preload/contract';
import type { HavenExportExtras } from '../export/haven-json';
import { foldTagName } from '../facets';
import { templateVersionLookup } from '../templates';
import { inOneTransaction } from '../long-transaction';
import { SEQ_PER_DAY } from '../seq';
import { createEntryWriter, dayRoom } from '../writer';
import { isDaylio, readDaylio } from './daylio';
import { isDayOne, readDayOne } from './dayone';
import { isHavenExport, readHaven } from './haven';
import { readJson } from './json-file';
import { isJrnl, readJrnl } from './jrnl';
import { isMarkdownName, readMarkdownFiles } from './markdown-files';
import { isMiniDiary, readMiniDiary } from './minidiary';
import { problemAt, type ParsedImport } from './model';
import { checkDocument } from '../../../resources/document/readable';
import { badFile, unreadableEntry, type Source, type SourceFile } from './source';
import { findStandardNotes, isStandardNotes, readStandardNotes } from './standardnotes';

/**
 * Import in two steps. `parseImport` reads a source into entries in Haven's terms and `previewOf` says what
 * an import would do, both without writing; `applyImport` then writes it, in one transaction, through the one
 * writer (main/journal/writer.ts). Entries carry ids made from where they came from (model.ts), so an entry
 * already in the journal, live or in the Trash, is left as it is and counted as a duplicate.
 */

const READS =
  'Haven imports Day One JSON (the .zip or its .json), jrnl JSON, Daylio CSV, Mini Diary JSON, a decrypted ' +
  'Standard Notes backup, Markdown files (Obsidian, Logseq, Joplin, Notesnook and others), and its own exports.';
const NOT_A_JOURNAL = `isn’t a journal export Haven knows. ${READS}`;

const isJsonName = (name: string) =>
  /\.json$/i.test(name) && !name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

/** A JSON file's value, or undefined when it isn't JSON: in a zip, one damaged file doesn't stop the rest. */
function tryJson(file: SourceFile): unknown {
  try {
    return readJson(file);
  } catch {
    return undefined;
  }
}

function readJsonFiles(source: Source): ParsedImport | null {
  const jsons = source.files.filter((file) => isJsonName(file.name)).map((file) => ({ file, value: tryJson(file) }));
  if (jsons.length === 0) return null;
  const haven = jsons.find(({ value }) => isHavenExport(value));
  if (haven) return readHaven(haven.file, haven.value);
  const dayOne = jsons.filter(({ value }) => isDayOne(value));
  if (dayOne.length > 0) return readDayOne(dayOne);
  const jrnl = jsons.find(({ value }) => isJrnl(value));
  if (jrnl) return readJrnl(jrnl.file, jrnl.value);
  const miniDiary = jsons.find(({ value }) => isMiniDiary(value));
  if (miniDiary) return readMiniDiary(miniDiary.file, miniDiary.value);
  const notes = jsons.find(({ value }) => isStandardNotes(value));
  if (notes) return readStandardNotes(notes.file, notes.value);
  return null;
}

function readSingle(file: SourceFile, label: string): ParsedImport {
  if (isMarkdownName(file.name)) return readMarkdownFiles([file]);
  // A file that isn't JSON and isn't named so (a CSV that isn't Daylio's, a PDF) is simply not a format Haven reads.
  const value = /\.json$/i.test(file.name) ? readJson(file) : tryJson(file);
  if (isHavenExport(value)) return readHaven(file, value);
  if (isDayOne(value)) return readDayOne([{ file, value }]);
  if (isJrnl(value)) return readJrnl(file, value);
  if (isMiniDiary(value)) return readMiniDiary(file, value);
  if (isStandardNotes(value)) return readStandardNotes(file, value);
  // A Day One or jrnl export whose entries are there but wrong: their own reader says what is wrong and where.
  if (typeof value === 'object' && value !== null && 'metadata' in value) return readDayOne([{ file, value }]);
  throw badFile(`“${label}” ${NOT_A_JOURNAL}`);
}

/** Sources known by what they hold whatever the names around them: a Daylio CSV, a Standard Notes backup (a .txt). */
function readByContent(source: Source): ParsedImport | null {
  const daylio = source.files.find(isDaylio);
  if (daylio) return readDaylio(daylio);
  const notes = findStandardNotes(source.files);
  return notes ? readStandardNotes(notes.file, notes.value) : null;
}

function readAny(source: Source): ParsedImport {
  const byContent = readByContent(source);
  if (byContent) return byContent;
  if (source.kind === 'file') return readSingle(source.files[0]!, source.label);
  const fromJson = source.kind === 'zip' ? readJsonFiles(source) : null;
  if (fromJson) return fromJson;
  if (source.files.some((file) => isMarkdownName(file.name))) return readMarkdownFiles(source.files);
  // A zip whose only journal-like file is damaged says so, rather than that it holds no journal.
  const damaged = source.files.find((file) => isJsonName(file.name) && tryJson(file) === undefined);
  if (damaged) readJson(damaged);
  throw badFile(`“${source.label}” ${NOT_A_JOURNAL}`);
}

/**
 * Every entry an import would write must open in the editor and fit one save, as a saved entry must: one
 * that doesn't would leave a journal with an entry that can't be shown or edited. Haven's own export carries
 * documents as they were, and one it can't bring back whole is refused whole; the other formats' documents
 * are made here, and one that doesn't pass is left out, said where and why, and the rest come in.
 */
function leaveOutUnreadable(parsed: ParsedImport): ParsedImport {
  const entries = parsed.entries.filter((entry, index) => {
    const check = checkDocument(entry.doc);
    if (check.ok) return true;
    if (parsed.format === 'haven') throw unreadableEntry(index, entry.date, check.why);
    parsed.problems.push(problemAt(entry.source ?? `The entry dated ${entry.date}`, check.why));
    return false;
  });
  return { ...parsed, entries };
}

/**
 * Which format a source holds, read into entries; a 'bad-file' error saying what and where otherwise, and
 * when nothing in it can come in (Haven's own export may carry only templates and prompts).
 */
export function parseImport(source: Source): ParsedImport {
  const parsed = leaveOutUnreadable(readAny(source));
  if (parsed.entries.length === 0 && parsed.format !== 'haven') {
    const why = parsed.problems.slice(0, 3).join(' ');
    throw badFile(`Haven found no entries it can read in “${source.label}”.${why ? ` ${why}` : ''} ${READS}`);
  }
  return parsed;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ids among these that the journal already holds, live or in the Trash. */
function existingIds(db: Database.Database, ids: readonly string[]): Set<string> {
  const found = db
    .prepare('SELECT id FROM entries WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(ids)) as string[];
  return new Set(found);
}

export function previewOf(db: Database.Database, parsed: ParsedImport, token: string): ImportPreview {
  const existing = existingIds(
    db,
    parsed.entries.map((entry) => entry.id),
  );
  const seen = new Set<string>();
  let duplicates = 0;
  let from: string | null = null;
  let to: string | null = null;
  const newOnDay = new Map<string, number>();
  for (const entry of parsed.entries) {
    if (existing.has(entry.id) || seen.has(entry.id)) duplicates += 1;
    else newOnDay.set(entry.date, (newOnDay.get(entry.date) ?? 0) + 1);
    seen.add(entry.id);
    if (from === null || entry.date < from) from = entry.date;
    if (to === null || entry.date > to) to = entry.date;
  }
  // Said here, before anything is written, rather than when the import reaches that day.
  const room = dayRoom(db);
  for (const [date, count] of newOnDay) {
    const left = room(date);
    if (count > left) {
      throw badFile(
        `This file holds ${count.toLocaleString('en')} entries dated ${date}, and one day in Haven has room for ` +
          `${SEQ_PER_DAY - 1 === left ? '' : 'only '}${left.toLocaleString('en')} more.`,
      );
    }
  }
  return {
    token,
    format: parsed.format,
    entries: parsed.entries.length,
    duplicates,
    from,
    to,
    tags: [...parsed.tags].sort((a, b) => a.localeCompare(b)),
    skipped: parsed.skipped,
    problems: parsed.problems,
  };
}

export interface ApplyOptions {
  onProgress?: (done: number, total: number) => void;
  /** Entries written between two turns of the event loop, when progress is reported. */
  chunk?: number;
  now?: () => Date;
}

function writeExtras(db: Database.Database, extras: HavenExportExtras, at: string): void {
  const template = db.prepare(
    'INSERT OR IGNORE INTO templates (id, version, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const templateVersion = db.prepare(
    'INSERT OR IGNORE INTO template_versions (id, version, definition, saved_at) VALUES (?, ?, ?, ?)',
  );
  for (const t of extras.templates) {
    template.run(t.id, t.version, JSON.stringify(t.definition), t.createdAt, t.updatedAt);
    for (const v of t.versions) templateVersion.run(t.id, v.version, JSON.stringify(v.definition), v.savedAt);
  }
  const tag = db.prepare(
    `INSERT INTO tags (kind, name, folded, colour, archived, fear, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, folded) DO UPDATE SET colour = coalesce(tags.colour, excluded.colour)`,
  );
  for (const t of extras.tags) tag.run(t.kind, t.name, foldTagName(t.name), t.colour, t.archived ? 1 : 0, t.fear, at);
  const prompt = db.prepare('INSERT OR IGNORE INTO custom_prompts (id, definition, created_at) VALUES (?, ?, ?)');
  for (const p of extras.prompts.custom) prompt.run(p.id, JSON.stringify(p.definition), p.createdAt);
  const mark = db.prepare(
    'INSERT OR IGNORE INTO prompt_use (prompt_id, favourite, hidden, not_for_me) VALUES (?, ?, ?, ?)',
  );
  for (const m of extras.prompts.marks) mark.run(m.id, m.favourite ? 1 : 0, m.hidden ? 1 : 0, m.notForMe);
  if (extras.prompts.preferences !== null) {
    db.prepare("INSERT OR IGNORE INTO settings (key, value) VALUES ('prompt-preferences', ?)").run(
      JSON.stringify(extras.prompts.preferences),
    );
  }
}

/**
 * Writes a parsed import in one transaction held across turns of the event loop, so progress reaches the
 * window while it runs. Any failure, or the journal locking meanwhile, rolls all of it back.
 */
export async function applyImport(
  db: Database.Database,
  parsed: ParsedImport,
  options: ApplyOptions = {},
): Promise<ImportResult> {
  const writer = createEntryWriter(db);
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?').pluck();
  const currentVersion = templateVersionLookup(db);
  const at = (options.now?.() ?? new Date()).toISOString();
  let imported = 0;
  let duplicates = 0;
  // In the order they were written, so each lands at the end of its day and no entry already written moves.
  const ordered = [...parsed.entries].sort(
    (a, b) => compare(a.date, b.date) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id),
  );
  await inOneTransaction(
    db,
    ordered,
    (entry) => {
      if (exists.get(entry.id) !== undefined) {
        duplicates += 1;
        return;
      }
      writer.insert({ ...entry, templateVersion: entry.templateVersion ?? currentVersion(entry.template) });
      imported += 1;
    },
    {
      chunk: options.chunk,
      onProgress: options.onProgress,
      before: () => {
        if (parsed.extras) writeExtras(db, parsed.extras as HavenExportExtras, at);
      },
      lockedMessage: 'Your journal locked during the import, so nothing was imported.',
    },
  );
  return { imported, duplicates };
}

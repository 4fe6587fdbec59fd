import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchQuery, SearchResult } from '../../preload/contract';
import { countWords, deriveFromDoc } from './derive';
import { facetMatch } from './facets';
import { seqRange } from './seq';

/**
 * Full-text search over live entries, newest first.
 *
 * What a person types is never handed to FTS5's query language: it is split into words and each word becomes
 * a quoted string, so quotes, parentheses, AND/OR/NOT/NEAR, `*`, `^`, `:` and column names are just text,
 * and no input can make SQLite fail. All words must appear; the last one also matches as the start of a
 * longer word, so results follow typing ("anxi" finds "anxious"). Accents are folded by the tokenizer
 * (migration 1010), so "cafe" and "café" find each other.
 *
 * Filters are words in the same index (facets.ts) and the date range is a rowid range, so one FTS5 query
 * answers it all. Results come in FTS5's rowid order, which is date order (seq.ts), so a search stops after
 * `limit` matches rather than ranking every one of them (DESIGN §6).
 */

/**
 * Snippet markers: Unicode noncharacters, reserved for a program's internal use, which ordinary text doesn't
 * hold. Should an entry hold one anyway, a highlight is off by a word; nothing fails.
 */
const MARK_START = '\uFDD0';
const MARK_END = '\uFDD1';
const SNIPPET_TOKENS = 24;
/**
 * More words than anyone types into a search box. Each common word is a long list for FTS5 to walk, so a
 * pasted paragraph would cost tens of milliseconds for results the first words already narrow down.
 */
export const MAX_QUERY_WORDS = 8;
/** A one-letter prefix would match nearly every entry's words; a single letter is searched as a word. */
const MIN_PREFIX_CHARS = 2;

/** Runs of letters, digits and private-use characters, with the combining marks that belong to them. */
const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

/**
 * The FTS5 query for what a person typed, or null when it holds no word at all. Every word is a quoted
 * string (so FTS5 reads it as text, never as syntax); quotes can't occur inside one, since a word is only
 * letters, digits and marks.
 */
export function toFtsQuery(typed: string): string | null {
  const words = (typed.normalize('NFC').match(WORD) ?? []).filter((word) => HAS_WORD_CHARACTER.test(word));
  const last = words.at(-1);
  if (last === undefined) return null;
  const seen = new Set([last.toLowerCase()]);
  const others: string[] = [];
  for (const word of words.slice(0, -1)) {
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    others.push(word);
  }
  const kept = others.slice(0, MAX_QUERY_WORDS - 1).map((word) => `"${word}"`);
  kept.push([...last].length >= MIN_PREFIX_CHARS ? `"${last}"*` : `"${last}"`);
  return kept.join(' AND ');
}

type SnippetPart = SearchResult['snippet'][number];

/** Splits FTS5's marked snippet into plain parts; whitespace (line breaks included) is shown as one space. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text) {
      const last = parts.at(-1);
      if (last && last.match === match) last.text += text;
      else parts.push({ text, match });
    }
    text = '';
  };
  for (const char of marked.replace(/\s+/g, ' ')) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      match = char === MARK_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

/**
 * Whether a line of FTS5's snippet is one of the entry's field lines (a picker's words, a chosen option) rather
 * than prose: every comma-separated piece of it is part of one of the entry's field values. The card shows
 * those as chips, so run into the prose they would read as one sentence ("…face down. Unanswered message Hurt").
 */
function isFieldLine(line: string, values: readonly string[]): boolean {
  const plain = line.replace(new RegExp(`[${MARK_START}${MARK_END}]`, 'g'), '').replace(/^…|…$/g, '');
  return plain
    .split(',')
    .map((piece) => piece.trim().toLowerCase())
    .every((piece) => piece === '' || values.some((value) => value.includes(piece)));
}

/** The snippet without the entry's field lines; null when nothing the person wrote around a match is left. */
function proseSnippet(marked: string, values: readonly string[]): SnippetPart[] | null {
  const kept = marked
    .split('\n')
    .filter((line) => !isFieldLine(line, values))
    .join('\n');
  return kept.includes(MARK_START) ? snippetParts(kept.trim()) : null;
}

interface ResultRow {
  id: string;
  date: string;
  title: string;
  template: string;
  created_at: string;
  text: string;
  /**
   * The card's excerpt (the person's own prose, as on Timeline), shown when no words were typed; null for a row
   * saved before migration 1060, whose excerpt comes from `legacy_doc`.
   */
  excerpt: string | null;
  legacy_doc: string | null;
  /** FTS5's snippet around the matched words, when words were typed: it shows the match, wherever it is. */
  marked?: string;
}

const RESULT_COLUMNS = `e.id, e.date, e.title, e.template, e.created_at, e.text, e.excerpt,
  CASE WHEN e.excerpt IS NULL THEN e.doc END AS legacy_doc`;

export function createSearch(db: Database.Database) {
  // CROSS JOIN keeps the index as the outer loop, walked newest first, so LIMIT ends the walk early; entries'
  // rows are read only for the results.
  const matching = db.prepare(
    `SELECT ${RESULT_COLUMNS},
            snippet(entries_fts, 1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS marked
     FROM entries_fts CROSS JOIN entries e ON e.seq = entries_fts.rowid
     WHERE entries_fts MATCH @match AND entries_fts.rowid BETWEEN @low AND @high AND e.deleted_at IS NULL
     ORDER BY entries_fts.rowid DESC LIMIT @limit`,
  );
  // Neither words nor filters, only dates: the entries_by_date index, in the same order.
  const inRange = db.prepare(
    `SELECT ${RESULT_COLUMNS} FROM entries e
     WHERE e.deleted_at IS NULL AND e.date BETWEEN @from AND @to
     ORDER BY e.date DESC, e.seq DESC LIMIT @limit`,
  );
  const choicesOf = db.prepare(
    'SELECT entry_id, value FROM entry_choices WHERE entry_id IN (SELECT value FROM json_each(?))',
  );
  const tagsOf = db.prepare(
    `SELECT entry_id, kind, name FROM entry_tags WHERE entry_id IN (SELECT value FROM json_each(?))
     ORDER BY entry_id, position, kind, folded`,
  );
  function toResults(rows: ResultRow[]): SearchResult[] {
    const tags = new Map<string, SearchResult['tags']>();
    const values = new Map<string, string[]>();
    const ids = JSON.stringify(rows.map((row) => row.id));
    if (rows.length > 0) {
      const found = tagsOf.all(ids) as (SearchResult['tags'][number] & { entry_id: string })[];
      for (const { entry_id, kind, name } of found) tags.set(entry_id, [...(tags.get(entry_id) ?? []), { kind, name }]);
      const fields = [
        ...found.map((tag) => ({ entry_id: tag.entry_id, value: tag.name })),
        ...(rows.some((row) => row.marked !== undefined)
          ? (choicesOf.all(ids) as { entry_id: string; value: string }[])
          : []),
      ];
      for (const { entry_id, value } of fields) {
        values.set(entry_id, [...(values.get(entry_id) ?? []), value.toLowerCase()]);
      }
    }
    return rows.map(({ created_at, text, excerpt, legacy_doc, marked, ...row }) => {
      const start = excerpt ?? (legacy_doc === null ? '' : deriveFromDoc(legacy_doc).excerpt);
      return {
        ...row,
        createdAt: created_at,
        words: countWords(text),
        tags: tags.get(row.id) ?? [],
        snippet:
          (marked === undefined ? null : proseSnippet(marked, values.get(row.id) ?? [])) ??
          (start ? [{ text: start, match: false }] : []),
      };
    });
  }

  return {
    query(q: SearchQuery): SearchResult[] {
      const words = toFtsQuery(q.text);
      const filters = facetMatch(q);
      const limit = q.limit ?? 50;
      if (words === null && filters === null) {
        if (q.from === undefined && q.to === undefined) return [];
        const rows = inRange.all({ from: q.from ?? '0000-01-01', to: q.to ?? '9999-12-31', limit }) as ResultRow[];
        return toResults(rows);
      }
      const match = [words && `{title text} : (${words})`, filters].filter(Boolean).join(' AND ');
      const rows = matching.all({ ...seqRange(q.from, q.to), limit, match }) as ResultRow[];
      return toResults(words === null ? rows.map(({ marked: _marked, ...row }) => row) : rows);
    },
  };
}

export type Search = ReturnType<typeof createSearch>;

import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchQuery, SearchResult } from '../../preload/contract';
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
const EXCERPT_CHARS = 160;
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

function excerptParts(text: string): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return [];
  const cut = [...flat].slice(0, EXCERPT_CHARS).join('');
  return [{ text: cut.length < flat.length ? `${cut}…` : cut, match: false }];
}

interface ResultRow {
  id: string;
  date: string;
  title: string;
  template: string;
  /** The start of the entry's text, shown when no words were typed. */
  start: string;
  /** FTS5's snippet around the matched words, when words were typed. */
  marked?: string;
}

const RESULT_COLUMNS = `e.id, e.date, e.title, e.template, substr(e.text, 1, ${EXCERPT_CHARS * 2}) AS start`;

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
  const toResult = ({ start, marked, ...row }: ResultRow): SearchResult => ({
    ...row,
    snippet: marked === undefined ? excerptParts(start) : snippetParts(marked),
  });

  return {
    query(q: SearchQuery): SearchResult[] {
      const words = toFtsQuery(q.text);
      const filters = facetMatch(q);
      const limit = q.limit ?? 50;
      if (words === null && filters === null) {
        if (q.from === undefined && q.to === undefined) return [];
        const rows = inRange.all({ from: q.from ?? '0000-01-01', to: q.to ?? '9999-12-31', limit }) as ResultRow[];
        return rows.map(toResult);
      }
      const match = [words && `{title text} : (${words})`, filters].filter(Boolean).join(' AND ');
      const rows = matching.all({ ...seqRange(q.from, q.to), limit, match }) as ResultRow[];
      return rows.map((row) => toResult(words === null ? { ...row, marked: undefined } : row));
    },
  };
}

export type Search = ReturnType<typeof createSearch>;

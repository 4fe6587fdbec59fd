import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './index';

/**
 * Patterns and conversation cards (issue 7).
 *
 * Patterns (main/journal/patterns.ts) aggregate a period of entries in SQL. `entries_for_patterns` covers what
 * every aggregation reads from an entry in a date range — its id (to reach its tags and responses by their
 * primary keys), intensity and created_at (for the time of day) — so a period is one range of this index and
 * no entry row, with its large text and document, is read. (`entries_by_date` alone would cost a row lookup
 * per entry.) Tags and responses need no new index: their primary keys start with the entry.
 *
 * `cards` holds conversation cards: a Lexical document like an entry's (the same editor edits it), the period
 * it was drafted from, what it was drafted from (`sources`, JSON: the insights' ids and texts, the entries'
 * ids, as Card.sources in preload/contract.ts), and the threshold — whether it needs a response soon or can
 * wait, or null when the person hasn't said.
 */
export const migration1040: Migration = {
  version: 1040,
  name: 'patterns-and-cards',
  up(db: Database.Database) {
    db.exec(`
      CREATE INDEX entries_for_patterns ON entries(deleted_at, date, id, intensity, created_at);

      CREATE TABLE cards (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        threshold TEXT CHECK (threshold IN ('soon', 'can-wait')),
        sources TEXT NOT NULL DEFAULT '[]',
        doc TEXT NOT NULL
      );
      CREATE INDEX cards_by_created ON cards(created_at);
    `);
  },
};

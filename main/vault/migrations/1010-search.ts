import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './index';

/**
 * Search, templates and the fields derived from an entry's document (issue 4).
 *
 * `entries` is rebuilt rather than altered:
 * - the full-text index is FTS5 with external content (it keeps no second copy of the text), keyed on the
 *   entries' rowid. Without an INTEGER PRIMARY KEY a rowid isn't stable — SQLite documents that VACUUM (and
 *   so `VACUUM INTO`, which takes the backups) may renumber it — so the table gets one, `seq`;
 * - `seq` orders entries by date and then by when they were written: `YYYYMMDD * 2^20 + n` (main/journal/seq.ts).
 *   FTS5 walks its matches in rowid order, so "newest first" is FTS5's own order: a search stops after its
 *   limit instead of sorting every match (DESIGN §6 measured ranking every match at p95 133 ms on 100k
 *   entries), and a date range is a rowid range;
 * - small columns come first and the two large ones (`text`, `doc`) last, so reading a row's date or
 *   template never touches its overflow pages.
 *
 * The index covers title, text and `facets`: made-up words for the template, tags and intensity
 * (main/journal/facets.ts), so every filter is part of the MATCH too. Its content is the view of live
 * entries: a trashed entry leaves the index and comes back on restore, and FTS5's own 'rebuild' and
 * 'integrity-check' agree, because they read through the same view.
 *
 * Triggers keep the index in step, in the same statement — so the same transaction — as each write to
 * `entries`: whoever writes an entry (a save, an import, the benchmark generator, a test's raw INSERT), the
 * index follows without a second code path, and an FTS5 'delete' gets the exact old values it needs, which
 * only a trigger has without reading the row first. Tags and responses come from the document through
 * JavaScript (derive.ts), so main/journal/writer.ts writes them, in the save's transaction.
 *
 * Entries written before this version hold no tag, intensity or response nodes (the editor had none), so
 * there is nothing to derive for them beyond the template, which starts as 'blank'.
 */
export const migration1010: Migration = {
  version: 1010,
  name: 'search',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE entries_1010 (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT,
        template TEXT NOT NULL DEFAULT 'blank',
        intensity INTEGER,
        title TEXT NOT NULL DEFAULT '',
        -- Derived: filter words for the full-text index (main/journal/facets.ts).
        facets TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        doc TEXT NOT NULL
      );
      INSERT INTO entries_1010 (seq, id, date, created_at, updated_at, deleted_at, title, facets, text, doc)
        SELECT (CAST(replace(date, '-', '') AS INTEGER) << 20)
                 + row_number() OVER (PARTITION BY date ORDER BY created_at, id),
               id, date, created_at, updated_at, deleted_at, title, 'xt' || lower(hex('blank')), text, doc
        FROM entries;
      DROP TABLE entries;
      ALTER TABLE entries_1010 RENAME TO entries;

      -- Live entries by date (and, through the implicit rowid, in seq order within a date), counted from the
      -- index alone; the Trash by when things were trashed.
      CREATE INDEX entries_by_date ON entries(deleted_at, date);

      CREATE TABLE entry_tags (
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        -- The name lowercased with all of Unicode (SQLite's lower() only folds ASCII), for lookups by name.
        folded TEXT NOT NULL,
        PRIMARY KEY (entry_id, kind, name)
      ) WITHOUT ROWID;
      CREATE INDEX entry_tags_by_name ON entry_tags(folded, entry_id);

      CREATE TABLE entry_responses (
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        value TEXT NOT NULL,
        PRIMARY KEY (entry_id, value)
      ) WITHOUT ROWID;
      CREATE INDEX entry_responses_by_value ON entry_responses(value, entry_id);

      CREATE VIEW entries_fts_content AS
        SELECT seq, title, text, facets FROM entries WHERE deleted_at IS NULL;
      CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, text, facets,
        content = 'entries_fts_content', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );

      CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO entries_fts (rowid, title, text, facets) VALUES (new.seq, new.title, new.text, new.facets);
      END;
      CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, text, facets)
          VALUES ('delete', old.seq, old.title, old.text, old.facets);
      END;
      -- One trigger, two statements in order: the old words go before the new ones come, or deleting the
      -- same rowid would also cancel the new postings. Skipped when nothing the index holds changed (a
      -- formatting-only edit), which spares autosave the work.
      CREATE TRIGGER entries_fts_update AFTER UPDATE OF seq, title, text, facets, deleted_at ON entries
      WHEN old.seq IS NOT new.seq OR old.title IS NOT new.title OR old.text IS NOT new.text
        OR old.facets IS NOT new.facets OR old.deleted_at IS NOT new.deleted_at
      BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, text, facets)
          SELECT 'delete', old.seq, old.title, old.text, old.facets WHERE old.deleted_at IS NULL;
        INSERT INTO entries_fts (rowid, title, text, facets)
          SELECT new.seq, new.title, new.text, new.facets WHERE new.deleted_at IS NULL;
      END;

      INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
    `);
  },
};

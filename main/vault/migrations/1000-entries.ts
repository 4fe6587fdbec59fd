import type { Migration } from './index';

/** The first schema: entries (the Lexical document plus its derived plain text) and key/value settings. */
export const migration1000: Migration = {
  version: 1000,
  name: 'entries',
  up(db) {
    db.exec(`
      CREATE TABLE entries (
        id TEXT PRIMARY KEY,
        date TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        doc TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      );
      CREATE INDEX entries_by_date ON entries(date DESC, created_at DESC);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
  },
};

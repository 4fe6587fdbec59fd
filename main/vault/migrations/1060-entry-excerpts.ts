import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './index';

/**
 * A card's excerpt, kept beside the entry (issue 14): the start of the person's own prose, without the picked
 * words and chosen options that `text` holds as lines. The writer fills it on every save, so a Timeline page
 * of 50 reads 50 short strings and parses no document.
 *
 * Rows written before this stay NULL rather than being filled here: filling them would need the live
 * derivation (which a frozen migration must not import) and would parse every document of a 100k-entry
 * journal inside the unlock. A NULL excerpt is derived from the document when a summary is read, and is
 * written for good the next time the entry is saved.
 */
export const migration1060: Migration = {
  version: 1060,
  name: 'entry-excerpts',
  up(db: Database.Database) {
    db.exec('ALTER TABLE entries ADD COLUMN excerpt TEXT');
  },
};

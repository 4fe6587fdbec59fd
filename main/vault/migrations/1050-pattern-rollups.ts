import type Database from 'better-sqlite3-multiple-ciphers';
import { ROLLUP_SCHEMA, rebuildRollups } from '../../journal/rollups';
import type { Migration } from './index';

/**
 * Rollups for Patterns (issue 7's speed budget): `pattern_counts`, kept by triggers, counts what every chart
 * reads per day, month, year, decade and century (main/journal/rollups.ts explains each fact).
 *
 * `entry_tags.family` is an emotion's family as the vocabulary had it when the row was written (the writer
 * looks it up), so taking a row away subtracts exactly what adding it added, even after the vocabulary row
 * was renamed. Renames and merges rewrite every entry that holds the word, so the rows follow the vocabulary.
 */
export const migration1050: Migration = {
  version: 1050,
  name: 'pattern-rollups',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE entry_tags ADD COLUMN family TEXT;
      UPDATE entry_tags SET family = (SELECT g.family FROM tags g WHERE g.kind = 'emotion' AND g.folded = entry_tags.folded)
      WHERE kind = 'emotion';
      ${ROLLUP_SCHEMA}
    `);
    rebuildRollups(db);
  },
};

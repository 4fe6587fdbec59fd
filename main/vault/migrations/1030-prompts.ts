import type Database from 'better-sqlite3-multiple-ciphers';
import { TRIGGERS } from '../../../resources/vocabulary';
import { foldTagName } from '../../journal/facets';
import type { Migration } from './index';

/**
 * Reflection prompts (issue 6).
 *
 * The library itself is code (resources/prompts); the vault keeps only what the person did with it:
 * - `prompt_use`: favourite, hidden, how many times "Not for me" was said, and the last night it was offered;
 * - `prompt_passes`: the prompts passed over with "Another prompt" on a night, in order, so tonight's choice
 *   stays the same until the person asks for another, and the next one is deterministic too;
 * - `custom_prompts`: the person's own prompts, which join the selection like the library's;
 * - `entry_prompts`: derived from each entry's document (its prompt blocks), so "answered" is a fact of the
 *   entries rather than a second record kept by hand.
 * `tags.vocabulary_id` links a built-in word to its entry in resources/vocabulary, so a trigger the person
 * renamed still leads to the prompt themes it touches.
 */
export const migration1030: Migration = {
  version: 1030,
  name: 'prompts',
  up(db: Database.Database) {
    db.exec(`
      CREATE TABLE prompt_use (
        prompt_id TEXT PRIMARY KEY,
        favourite INTEGER NOT NULL DEFAULT 0,
        hidden INTEGER NOT NULL DEFAULT 0,
        not_for_me INTEGER NOT NULL DEFAULT 0,
        last_shown TEXT
      ) WITHOUT ROWID;

      CREATE TABLE prompt_passes (
        date TEXT NOT NULL,
        position INTEGER NOT NULL,
        prompt_id TEXT NOT NULL,
        PRIMARY KEY (date, position)
      ) WITHOUT ROWID;

      CREATE TABLE custom_prompts (
        id TEXT PRIMARY KEY,
        -- JSON: text, themes, fit and depth, as resources/prompts/schema.ts's Prompt has them.
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE entry_prompts (
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        prompt_id TEXT NOT NULL,
        PRIMARY KEY (entry_id, prompt_id)
      ) WITHOUT ROWID;
      CREATE INDEX entry_prompts_by_prompt ON entry_prompts(prompt_id, entry_id);

      ALTER TABLE tags ADD COLUMN vocabulary_id TEXT;
    `);
    const link = db.prepare("UPDATE tags SET vocabulary_id = ? WHERE kind = 'trigger' AND folded = ? AND builtin = 1");
    for (const trigger of TRIGGERS) link.run(trigger.id, foldTagName(trigger.name));
  },
};

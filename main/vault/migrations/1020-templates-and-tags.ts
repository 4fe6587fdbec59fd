import type Database from 'better-sqlite3-multiple-ciphers';
import { EMOTIONS, NEEDS, TRIGGERS } from '../../../resources/vocabulary';
import { foldTagName } from '../../journal/facets';
import type { Migration } from './index';

/**
 * Template sections and tag management (issue 5).
 *
 * Derived from each entry's document, beside 1010's tags and responses (main/journal/derive.ts):
 * - `entry_tags.intensity`: how strong an emotion picked in an Emotions section was;
 * - `entry_tags.position`: where the tag first appears, so an entry's summary lists its tags in the order the
 *   person wrote them. Rows from before this version hold 0 and fall back to kind and name order until their
 *   entry is next saved (their documents can only be read again by JavaScript, which a migration shouldn't run);
 * - `entry_choices`: the option chosen in each choice section, by section id.
 * `entries.template_version` records the version of the template an entry was started from (null before
 * this version), so the template it came from can be shown as it was.
 *
 * `tags` is the person's vocabulary: built-in words are rows from the start (seeded here from
 * resources/vocabulary, with their meaning, family or fear) so they can be renamed, coloured and archived like
 * the person's own, and every save adds the names it holds that aren't rows yet (main/journal/writer.ts). A tag
 * is one per kind and folded name, the way entry_tags and the filters already compare names. Names already in
 * entries become rows too, spelled as the most recently edited entry spells them.
 *
 * `templates` holds the person's own templates (built-ins stay in resources/templates, as code), each saved
 * version also kept in `template_versions`: an entry's document holds a copy of its sections, but showing
 * which template it was made from, as it was, needs the old definition. The order of the template list,
 * built-ins included, is one settings row ('template-order'): a position column could not order built-ins,
 * which have no row.
 */
export const migration1020: Migration = {
  version: 1020,
  name: 'templates-and-tags',
  up(db: Database.Database) {
    db.exec(`
      ALTER TABLE entries ADD COLUMN template_version INTEGER;
      ALTER TABLE entry_tags ADD COLUMN intensity INTEGER;
      ALTER TABLE entry_tags ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
      -- By kind too: counting every tag's entries is then one walk of this index in order, with no sort.
      DROP INDEX entry_tags_by_name;
      CREATE INDEX entry_tags_by_name ON entry_tags(folded, kind, entry_id);

      CREATE TABLE entry_choices (
        entry_id TEXT NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        section_id TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (entry_id, section_id)
      ) WITHOUT ROWID;

      CREATE TABLE tags (
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        folded TEXT NOT NULL,
        -- An emotion's meaning, a trigger's note, a need's meaning; '' for the person's own words.
        meaning TEXT NOT NULL DEFAULT '',
        family TEXT,
        fear TEXT,
        colour TEXT,
        archived INTEGER NOT NULL DEFAULT 0,
        builtin INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        PRIMARY KEY (kind, folded)
      ) WITHOUT ROWID;

      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        -- JSON: name, description and sections, as resources/templates/schema.ts's Template has them.
        definition TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE template_versions (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        definition TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) WITHOUT ROWID;
    `);

    const at = new Date().toISOString();
    const seed = db.prepare(
      `INSERT INTO tags (kind, name, folded, meaning, family, fear, builtin, created_at)
       VALUES (@kind, @name, @folded, @meaning, @family, @fear, 1, @at)`,
    );
    const seedOne = (kind: string, name: string, meaning: string, family: string | null, fear: string | null) =>
      seed.run({ kind, name, folded: foldTagName(name), meaning, family, fear, at });
    for (const trigger of TRIGGERS) seedOne('trigger', trigger.name, trigger.note, null, trigger.fear);
    for (const emotion of EMOTIONS) seedOne('emotion', emotion.name, emotion.meaning, emotion.family, null);
    for (const need of NEEDS) seedOne('need', need.name, need.meaning, null, null);

    // With one max() in a grouped query, SQLite takes bare columns from the row max() picked: the spelling of
    // the most recently edited entry.
    db.prepare(
      `INSERT OR IGNORE INTO tags (kind, name, folded, created_at)
         SELECT kind, name, folded, ? FROM (
           SELECT t.kind, t.name, t.folded, max(e.updated_at)
           FROM entry_tags t JOIN entries e ON e.id = t.entry_id
           GROUP BY t.kind, t.folded)`,
    ).run(at);
  },
};

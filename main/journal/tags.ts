import type Database from 'better-sqlite3-multiple-ciphers';
import { FearIdSchema, TAG_KINDS, TagColour, type TagInfo, type TagKind } from '../../preload/contract';
import { HavenError } from '../errors';
import { cleanTagName } from './derive';
import { foldTagName } from './facets';
import { inOneTransaction, type OnProgress } from './long-transaction';
import { retagDoc } from './retag';
import { createEntryWriter } from './writer';

/**
 * The person's vocabulary of tags (migration 1020's `tags`): built-in words and their own, with how many live
 * entries hold each.
 *
 * Renaming or merging a tag rewrites every entry that holds it, in the Trash too (a restored entry should
 * read like the rest), through the one writer, so entry_tags, filters and search follow the documents. It is
 * one transaction: either every entry changed or none did. An entry's `updated_at` stays as it was: the
 * person didn't edit that entry, and "last edited" would otherwise move on hundreds of entries at once.
 */

interface TagRow {
  kind: TagKind;
  name: string;
  folded: string;
  meaning: string;
  family: string | null;
  fear: string | null;
  colour: string | null;
  archived: number;
  builtin: number;
}

interface CountRow {
  kind: string;
  folded: string;
  count: number;
}

export interface TagChanges {
  colour?: TagColour | null | undefined;
  archived?: boolean | undefined;
  fear?: TagInfo['fear'] | undefined;
}

const A_KIND: Record<TagKind, string> = { trigger: 'a trigger', emotion: 'an emotion', need: 'a need', tag: 'a tag' };

const toInfo = (row: TagRow, count: number): TagInfo => ({
  kind: row.kind,
  name: row.name,
  meaning: row.meaning,
  family: row.family,
  fear: FearIdSchema.safeParse(row.fear).data ?? null,
  colour: TagColour.safeParse(row.colour).data ?? null,
  archived: row.archived === 1,
  builtin: row.builtin === 1,
  count,
});

/** A name as tags are kept (derive.ts's rule); the contract already refuses empty ones. */
function cleanName(name: string): string {
  const clean = cleanTagName(name);
  if (clean === null) throw new HavenError('invalid-input', 'Give the tag a name.');
  return clean;
}

const countKey = (kind: string, folded: string) => `${kind}:${folded}`;

export interface RetagOptions {
  /** Told how many of the entries holding the tag are done, as they are; the work then yields between chunks. */
  onProgress?: OnProgress | undefined;
  /** Entries between two reports; 100 by default. */
  chunk?: number;
}

export function createTags(db: Database.Database, now: () => Date) {
  const writer = createEntryWriter(db);
  const allRows = db.prepare('SELECT * FROM tags ORDER BY builtin DESC, folded');
  const row = db.prepare('SELECT * FROM tags WHERE kind = ? AND folded = ?');
  // Every row of a tag (one walk of entry_tags_by_name), less those of trashed entries (found through the
  // Trash's index: they are few). Counting live rows directly would read every entry's row to see whether
  // it is in the Trash: about 40 ms at 10k entries, against 4 ms this way.
  const allCounts = db.prepare('SELECT kind, folded, count(*) AS count FROM entry_tags GROUP BY folded, kind');
  const trashedCounts = db.prepare(
    `SELECT t.kind, t.folded, count(*) AS count
     FROM entries e INDEXED BY entries_by_date CROSS JOIN entry_tags t ON t.entry_id = e.id
     WHERE e.deleted_at IS NOT NULL GROUP BY t.kind, t.folded`,
  );
  const liveCount = db
    .prepare(
      `SELECT count(*) FROM entry_tags t JOIN entries e ON e.id = t.entry_id
       WHERE t.folded = ? AND t.kind = ? AND e.deleted_at IS NULL`,
    )
    .pluck();
  const insert = db.prepare(
    'INSERT INTO tags (kind, name, folded, builtin, created_at) VALUES (@kind, @name, @folded, 0, @at)',
  );
  const change = db.prepare(
    `UPDATE tags SET colour = @colour, archived = @archived, fear = @fear WHERE kind = @kind AND folded = @folded`,
  );
  const renameRow = db.prepare(
    'UPDATE tags SET name = @name, folded = @newFolded WHERE kind = @kind AND folded = @folded',
  );
  const removeRow = db.prepare('DELETE FROM tags WHERE kind = ? AND folded = ?');
  const holding = db.prepare('SELECT DISTINCT entry_id FROM entry_tags WHERE folded = ? AND kind = ?').pluck();
  const docOf = db.prepare('SELECT doc FROM entries WHERE id = ?').pluck();

  const find = (kind: TagKind, name: string) => row.get(kind, foldTagName(name)) as TagRow | undefined;
  const info = (tag: TagRow) => toInfo(tag, liveCount.get(tag.folded, tag.kind) as number);

  function existing(kind: TagKind, name: string): TagRow {
    const tag = find(kind, cleanName(name));
    if (!tag) throw new HavenError('not-found', `There is no longer ${A_KIND[kind]} called “${name}”.`);
    return tag;
  }

  /**
   * Names `tag` `to` in every entry that holds it, in one transaction with `before` and `after` (the vocabulary's
   * own change). Returns how many entries changed.
   */
  async function rewrite(
    tag: TagRow,
    to: string,
    options: RetagOptions,
    steps: { before?: () => void; after?: () => void },
  ): Promise<number> {
    const at = now().toISOString();
    let changed = 0;
    await inOneTransaction(
      db,
      holding.all(tag.folded, tag.kind) as string[],
      (id) => {
        const doc = retagDoc(docOf.get(id) as string, tag.kind, tag.name, to);
        if (doc !== null && writer.replaceDoc(id, doc, at)) changed += 1;
      },
      {
        chunk: options.chunk ?? 100,
        onProgress: options.onProgress,
        ...steps,
        lockedMessage: `Your journal locked before every entry had the new name, so nothing was changed.`,
      },
    );
    return changed;
  }

  async function rename(kind: TagKind, from: string, to: string, options: RetagOptions = {}): Promise<number> {
    const tag = existing(kind, from);
    const name = cleanName(to);
    const folded = foldTagName(name);
    const taken = find(kind, name);
    if (taken && taken.folded !== tag.folded) {
      throw new HavenError(
        'tag-exists',
        `There is already ${A_KIND[kind]} called “${taken.name}”. Merge them instead?`,
        { kind, name: taken.name },
      );
    }
    if (name === tag.name) return 0;
    return rewrite(tag, name, options, {
      before: () => renameRow.run({ kind, folded: tag.folded, name, newFolded: folded }),
    });
  }

  async function merge(kind: TagKind, from: string, into: string, options: RetagOptions = {}): Promise<number> {
    const source = existing(kind, from);
    const target = existing(kind, into);
    if (source.folded === target.folded) {
      throw new HavenError('invalid-input', 'Pick two different tags to merge.');
    }
    return rewrite(source, target.name, options, { after: () => removeRow.run(kind, source.folded) });
  }

  return {
    /** Every tag, by kind (triggers, emotions, needs, plain tags), built-in words first, then by name. */
    list(): TagInfo[] {
      const counts = new Map<string, number>();
      for (const { kind, folded, count } of allCounts.all() as CountRow[]) counts.set(countKey(kind, folded), count);
      for (const { kind, folded, count } of trashedCounts.all() as CountRow[]) {
        const key = countKey(kind, folded);
        counts.set(key, (counts.get(key) ?? 0) - count);
      }
      return (allRows.all() as TagRow[])
        .map((tag) => toInfo(tag, counts.get(countKey(tag.kind, tag.folded)) ?? 0))
        .sort((a, b) => TAG_KINDS.indexOf(a.kind) - TAG_KINDS.indexOf(b.kind));
    },

    /** Adds a word of the person's own; 'tag-exists' when that kind already has it, in any case. */
    create(kind: TagKind, name: string): TagInfo {
      const clean = cleanName(name);
      const taken = find(kind, clean);
      if (taken) {
        throw new HavenError('tag-exists', `There is already ${A_KIND[kind]} called “${taken.name}”.`, {
          kind,
          name: taken.name,
        });
      }
      insert.run({ kind, name: clean, folded: foldTagName(clean), at: now().toISOString() });
      return info(existing(kind, clean));
    },

    /** Changes a tag's colour, whether it is archived, and (triggers only) the fear it touches. */
    update(kind: TagKind, name: string, changes: TagChanges): TagInfo {
      const tag = existing(kind, name);
      if (kind !== 'trigger' && changes.fear !== undefined && changes.fear !== null) {
        throw new HavenError('invalid-input', 'Only triggers touch a fear.');
      }
      change.run({
        kind,
        folded: tag.folded,
        colour: changes.colour !== undefined ? changes.colour : tag.colour,
        archived: (changes.archived ?? tag.archived === 1) ? 1 : 0,
        fear: changes.fear !== undefined ? changes.fear : tag.fear,
      });
      return info(existing(kind, name));
    },

    /**
     * Renames a tag in the vocabulary and in every entry that holds it, all in one transaction; a built-in word
     * keeps its meaning. 'tag-exists' when another tag of that kind has the new name: merging is what the person
     * wants then. Returns how many entries changed.
     */
    rename,

    /** Folds `from` into `into` in every entry that holds it, then removes `from`. Returns how many changed. */
    merge,
  };
}

export type Tags = ReturnType<typeof createTags>;

import type Database from 'better-sqlite3-multiple-ciphers';
import { HavenError } from '../errors';
import { deriveFromDoc, type Derived } from './derive';
import { facetsOf, foldTagName } from './facets';
import { seqBounds } from './seq';

/**
 * The one way an entry reaches the database: its row, with the text and fields derived from its document,
 * its filter words, and its tag, response and choice rows. The full-text index follows the row through
 * triggers (migration 1010). `entries.save`, tag renames and merges, and the benchmark generator's bulk path
 * all write through here, so a generated journal holds exactly what saving would have written. Callers run
 * these in their own transaction.
 *
 * A tag a document names that the vocabulary (the `tags` table) doesn't hold yet joins it as the person's
 * own, in the same transaction: the vocabulary grows with use.
 */

export interface EntryFields {
  date: string;
  title: string;
  template: string;
  /** The version of the template the entry was started from, if known. */
  templateVersion: number | null;
  doc: string;
}

export interface NewEntryRow extends Omit<EntryFields, 'templateVersion'> {
  templateVersion?: number | null;
  id: string;
  createdAt: string;
  /** Defaults to createdAt; the generator sets a later one, as if the entry had been edited for a while. */
  updatedAt?: string;
}

interface DerivedTagRow {
  kind: string;
  name: string;
  intensity: number | null;
}

interface DayRow {
  seq: number;
  created_at: string;
  id: string;
}

/** How many more entries a date can take: every entry uses one seq of the day's range (see `place`). */
export function dayRoom(db: Database.Database): (date: string) => number {
  const top = db.prepare('SELECT max(seq) FROM entries WHERE seq BETWEEN ? AND ?').pluck();
  return (date) => {
    const { first, last } = seqBounds(date);
    return last - ((top.get(first, last) as number | null) ?? first - 1);
  };
}

export function createEntryWriter(db: Database.Database) {
  const newestOfDay = db.prepare('SELECT seq, created_at, id FROM entries WHERE seq BETWEEN ? AND ? ORDER BY seq DESC');
  const moveRow = db.prepare('UPDATE entries SET seq = ? WHERE seq = ?');
  const insertRow = db.prepare(
    `INSERT INTO entries (seq, id, date, created_at, updated_at, template, template_version, intensity, title,
       facets, text, excerpt, doc)
     VALUES (@seq, @id, @date, @createdAt, @updatedAt, @template, @templateVersion, @intensity, @title,
       @facets, @text, @excerpt, @doc)`,
  );
  const updateRow = db.prepare(
    `UPDATE entries SET seq = @seq, date = @date, updated_at = @at, template = @template,
       template_version = @templateVersion, intensity = @intensity, title = @title, facets = @facets, text = @text,
       excerpt = @excerpt, doc = @doc
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const updateDoc = db.prepare(
    'UPDATE entries SET intensity = @intensity, facets = @facets, text = @text, excerpt = @excerpt, doc = @doc WHERE id = @id',
  );
  const current = db.prepare('SELECT seq, date, created_at FROM entries WHERE id = ? AND deleted_at IS NULL');
  const templateOf = db.prepare('SELECT template FROM entries WHERE id = ?').pluck();
  const clearTags = db.prepare('DELETE FROM entry_tags WHERE entry_id = ?');
  const insertTag = db.prepare(
    `INSERT INTO entry_tags (entry_id, kind, name, folded, intensity, position, family)
     VALUES (@id, @kind, @name, @folded, @intensity, @position,
       (SELECT family FROM tags WHERE kind = @kind AND folded = @folded))`,
  );
  const addToVocabulary = db.prepare(
    'INSERT INTO tags (kind, name, folded, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const clearResponses = db.prepare('DELETE FROM entry_responses WHERE entry_id = ?');
  const insertResponse = db.prepare('INSERT INTO entry_responses (entry_id, value) VALUES (?, ?)');
  const clearChoices = db.prepare('DELETE FROM entry_choices WHERE entry_id = ?');
  const insertChoice = db.prepare('INSERT INTO entry_choices (entry_id, section_id, value) VALUES (?, ?, ?)');
  const clearPrompts = db.prepare('DELETE FROM entry_prompts WHERE entry_id = ?');
  const insertPrompt = db.prepare('INSERT OR IGNORE INTO entry_prompts (entry_id, prompt_id) VALUES (?, ?)');

  /**
   * The seq an entry gets on a date: after every entry of that date written before it (trashed ones too), so
   * seq order is date order and then the order of writing. Almost always that is the end of the day. An entry
   * moved or imported into a day among later ones takes the seq of the first of them, and each of those moves
   * up into the next one's seq, the last to the end of the day: a day's seqs are used one per entry, whatever
   * order its entries arrive in, so a day holds as many entries as `dayRoom` says.
   */
  function place(date: string, createdAt: string, id: string): number {
    const { first, last } = seqBounds(date);
    // A day's rows are in seq order by when they were written, so the ones written after this one come last.
    const later: number[] = [];
    let top = first - 1;
    for (const row of newestOfDay.iterate(first, last) as Iterable<DayRow>) {
      if (top < first) top = row.seq;
      if (!(row.created_at > createdAt || (row.created_at === createdAt && row.id > id))) break;
      later.push(row.seq);
    }
    if (top + 1 > last) {
      throw new HavenError('invalid-input', `${date} already holds as many entries as one day can.`);
    }
    // Newest first, so no two rows ever share a seq on the way.
    let free = top + 1;
    for (const seq of later) {
      moveRow.run(free, seq);
      free = seq;
    }
    return free;
  }

  const tagsOf = db.prepare('SELECT kind, name, intensity FROM entry_tags WHERE entry_id = ? ORDER BY position');
  const responsesOf = db.prepare('SELECT value FROM entry_responses WHERE entry_id = ?').pluck();
  const choicesOf = db.prepare('SELECT section_id || char(0) || value FROM entry_choices WHERE entry_id = ?').pluck();
  const promptsOf = db.prepare('SELECT prompt_id FROM entry_prompts WHERE entry_id = ?').pluck();
  const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  /** Both sides of a comparison of rows that have no order of their own. */
  const sorted = (values: Iterable<unknown>) => [...new Set(values as Iterable<string>)].sort();

  function writeTags(id: string, derived: Derived, at: string): void {
    derived.tags.forEach((tag, position) => {
      const folded = foldTagName(tag.name);
      insertTag.run({ id, kind: tag.kind, name: tag.name, folded, intensity: tag.intensity, position });
      addToVocabulary.run(tag.kind, tag.name, folded, at);
    });
  }

  /**
   * Writes the entry's tag, response, choice and prompt rows. With `replace`, the entry had rows already: each
   * kind of row is rewritten only where it changed, so the common save — new words, same tags — touches none
   * of them, nor the pattern counts their triggers keep (main/journal/rollups.ts).
   */
  function writeDerived(id: string, derived: Derived, at: string, replace: boolean): void {
    const tagKeys = (tags: readonly { kind: string; name: string; intensity: number | null }[]) =>
      tags.map((tag) => `${tag.kind}\0${tag.name}\0${tag.intensity ?? ''}`);
    if (!replace || !sameList(tagKeys(tagsOf.all(id) as DerivedTagRow[]), tagKeys(derived.tags))) {
      if (replace) clearTags.run(id);
      writeTags(id, derived, at);
    }
    if (!replace || !sameList(sorted(responsesOf.all(id)), sorted(derived.responses))) {
      if (replace) clearResponses.run(id);
      for (const response of derived.responses) insertResponse.run(id, response);
    }
    const choices = derived.choices.map((choice) => `${choice.sectionId}\0${choice.value}`);
    if (!replace || !sameList(sorted(choicesOf.all(id)), sorted(choices))) {
      if (replace) clearChoices.run(id);
      for (const choice of derived.choices) insertChoice.run(id, choice.sectionId, choice.value);
    }
    if (!replace || !sameList(sorted(promptsOf.all(id)), sorted(derived.prompts))) {
      if (replace) clearPrompts.run(id);
      for (const prompt of derived.prompts) insertPrompt.run(id, prompt);
    }
  }

  return {
    insert(row: NewEntryRow): void {
      const derived = deriveFromDoc(row.doc);
      insertRow.run({
        seq: place(row.date, row.createdAt, row.id),
        id: row.id,
        date: row.date,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt ?? row.createdAt,
        template: row.template,
        templateVersion: row.templateVersion ?? null,
        intensity: derived.intensity,
        title: row.title,
        facets: facetsOf(row.template, derived),
        text: derived.text,
        excerpt: derived.excerpt,
        doc: row.doc,
      });
      writeDerived(row.id, derived, row.createdAt, false);
    },

    /** Rewrites a live entry; false when there is no live entry with that id (unknown, or in the Trash). */
    update(id: string, fields: EntryFields, at: string): boolean {
      const existing = current.get(id) as { seq: number; date: string; created_at: string } | undefined;
      if (!existing) return false;
      const derived = deriveFromDoc(fields.doc);
      updateRow.run({
        id,
        seq: existing.date === fields.date ? existing.seq : place(fields.date, existing.created_at, id),
        date: fields.date,
        at,
        template: fields.template,
        templateVersion: fields.templateVersion,
        intensity: derived.intensity,
        title: fields.title,
        facets: facetsOf(fields.template, derived),
        text: derived.text,
        excerpt: derived.excerpt,
        doc: fields.doc,
      });
      writeDerived(id, derived, at, true);
      return true;
    },

    /**
     * Gives an entry, live or in the Trash, a new document and everything derived from it, leaving its date,
     * title, template and `updated_at` as they were: for changes Haven makes across the journal (renaming a
     * tag), which the person didn't make in that entry. False when there is no entry with that id.
     */
    replaceDoc(id: string, doc: string, at: string): boolean {
      const template = templateOf.get(id) as string | undefined;
      if (template === undefined) return false;
      const derived = deriveFromDoc(doc);
      updateDoc.run({
        id,
        intensity: derived.intensity,
        facets: facetsOf(template, derived),
        text: derived.text,
        excerpt: derived.excerpt,
        doc,
      });
      writeDerived(id, derived, at, true);
      return true;
    },
  };
}

export type EntryWriter = ReturnType<typeof createEntryWriter>;

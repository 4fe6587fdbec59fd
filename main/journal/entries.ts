import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Entry, EntryInput, EntrySummary } from '../../preload/contract';
import { HavenError } from '../errors';
import { countWords, deriveFromDoc } from './derive';

interface EntryRow {
  id: string;
  date: string;
  title: string;
  doc: string;
  text: string;
  created_at: string;
  updated_at: string;
}

const toEntry = (row: EntryRow): Entry => ({
  id: row.id,
  date: row.date,
  title: row.title,
  doc: row.doc,
  text: row.text,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const EXCERPT_CHARS = 160;

/** Entries over an open vault. Every save is one transaction: the document and what is derived from it. */
export function createEntries(db: Database.Database, now: () => Date) {
  const insert = db.prepare(
    `INSERT INTO entries (id, date, title, doc, text, created_at, updated_at)
     VALUES (@id, @date, @title, @doc, @text, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE entries SET date = @date, title = @title, doc = @doc, text = @text, updated_at = @at
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const byId = db.prepare('SELECT * FROM entries WHERE id = ? AND deleted_at IS NULL');
  const newest = db.prepare(
    `SELECT * FROM entries WHERE deleted_at IS NULL AND (@before IS NULL OR date < @before)
     ORDER BY date DESC, created_at DESC LIMIT @limit`,
  );

  const save = db.transaction((input: Required<Pick<EntryInput, 'date' | 'title' | 'doc'>> & { id?: string }) => {
    const { text } = deriveFromDoc(input.doc);
    const at = now().toISOString();
    const row = { date: input.date, title: input.title, doc: input.doc, text, at };
    if (input.id) {
      if (update.run({ ...row, id: input.id }).changes === 0) {
        throw new HavenError('not-found', 'That entry is no longer in your journal.');
      }
      return input.id;
    }
    const id = randomBytes(8).toString('hex');
    insert.run({ ...row, id });
    return id;
  });

  return {
    save(input: { id?: string; date: string; title: string; doc: string }): Entry {
      return this.get(save(input));
    },
    get(id: string): Entry {
      const row = byId.get(id) as EntryRow | undefined;
      if (!row) throw new HavenError('not-found', 'That entry is no longer in your journal.');
      return toEntry(row);
    },
    list(options: { limit: number; before?: string | undefined }): EntrySummary[] {
      const rows = newest.all({ before: options.before ?? null, limit: options.limit }) as EntryRow[];
      return rows.map((row) => ({
        id: row.id,
        date: row.date,
        title: row.title,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        excerpt: row.text.slice(0, EXCERPT_CHARS),
        words: countWords(row.text),
      }));
    },
  };
}

export type Entries = ReturnType<typeof createEntries>;

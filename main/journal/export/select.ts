import type Database from 'better-sqlite3-multiple-ciphers';
import type { TagKind } from '../../../preload/contract';
import { canOpen } from '../../../resources/document/readable';
import { foldTagName } from '../facets';

/** Which live entries an export holds: all, or those in a date range, with a tag, or chosen by id. */
export interface ExportSelection {
  from?: string | undefined;
  to?: string | undefined;
  tag?: string | undefined;
  entryIds?: readonly string[] | undefined;
}

export interface ExportedRow {
  id: string;
  date: string;
  title: string;
  template: string;
  templateVersion: number | null;
  doc: string;
  text: string;
  createdAt: string;
  updatedAt: string;
  tags: { kind: TagKind; name: string }[];
  /**
   * False when the editor couldn't open the document (one that reached the database some other way than a
   * save): every export then writes the entry's plain text, kept beside its document, and names it.
   */
  readable: boolean;
}

interface Row {
  id: string;
  date: string;
  title: string;
  template: string;
  template_version: number | null;
  doc: string;
  text: string;
  created_at: string;
  updated_at: string;
}

/** Oldest first, in the order they were written within a day: the order a journal is read in. */
export function selectEntries(db: Database.Database, selection: ExportSelection): ExportedRow[] {
  const rows = db
    .prepare(
      `SELECT id, date, title, template, template_version, doc, text, created_at, updated_at FROM entries
       WHERE deleted_at IS NULL AND date >= @from AND date <= @to
         AND (@tag IS NULL OR id IN (SELECT entry_id FROM entry_tags WHERE folded = @tag))
         AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
       ORDER BY date, seq`,
    )
    .all({
      from: selection.from ?? '0000-00-00',
      to: selection.to ?? '9999-99-99',
      tag: selection.tag === undefined ? null : foldTagName(selection.tag.trim()),
      ids: selection.entryIds === undefined ? null : JSON.stringify(selection.entryIds),
    }) as Row[];
  const tagsOf = db.prepare('SELECT kind, name FROM entry_tags WHERE entry_id = ? ORDER BY position, kind, folded');
  return rows.map((row) => ({
    id: row.id,
    date: row.date,
    title: row.title,
    template: row.template,
    templateVersion: row.template_version,
    doc: row.doc,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    tags: tagsOf.all(row.id) as ExportedRow['tags'],
    readable: canOpen(row.doc),
  }));
}

/** The entries an export wrote as their plain text, for the result the person is shown. */
export const writtenAsPlainText = (rows: readonly ExportedRow[]) =>
  rows.filter((row) => !row.readable).map(({ id, date, title }) => ({ id, date, title }));

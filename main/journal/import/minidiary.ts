import { createHash } from 'node:crypto';
import { parseLooseDate } from './dates';
import { SkipCounter, sourceEntryId, type ImportedEntry, type ParsedImport } from './model';
import { badFile, type SourceFile } from './source';
import { entryDocument, markdownLineBlocks } from './text-blocks';

/**
 * Mini Diary's JSON export (DESIGN §9): `{metadata:{application:"Mini Diary", version, dateUpdated},
 * entries:{"YYYY-MM-DD":{dateUpdated, title, text}}}`; a version that allowed several entries a day writes a
 * list under each date. Mini Diary keeps a day, not a moment, so an entry gets its day's noon (UTC), as every
 * date-only entry does (dates.ts). `text` is Markdown whose every line is a line in Mini Diary's editor, so
 * line breaks are kept. An entry is known again by its day, its place in that day, title and text.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isMiniDiary(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.metadata) || !isObject(value.entries)) return false;
  const application = value.metadata.application;
  return typeof application === 'string' && /^mini diar/i.test(application.trim());
}

/** "Thu Jan 03 2019 00:00:00 GMT-0800" (what Mini Diary writes) or an ISO moment; null otherwise. */
function readUpdated(value: unknown): Date | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const at = new Date(value.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

export function readMiniDiary(file: SourceFile, value: unknown): ParsedImport {
  if (!isMiniDiary(value)) throw badFile(`“${file.name}” isn’t a Mini Diary export Haven can read.`);
  const all = (value as { entries: Record<string, unknown> }).entries;
  const skipped = new SkipCounter();
  const problems: string[] = [];
  const entries: ImportedEntry[] = [];

  for (const [key, held] of Object.entries(all)) {
    const when = /^\d{4}-\d{2}-\d{2}$/.test(key.trim()) ? parseLooseDate(key.trim()) : null;
    if (!when) {
      problems.push(`The entry filed under “${key.slice(0, 40)}”: its date isn’t readable.`);
      continue;
    }
    const list = Array.isArray(held) ? held : [held];
    list.forEach((raw, place) => {
      if (!isObject(raw)) {
        problems.push(`An entry of ${when.date}: it can’t be read.`);
        return;
      }
      const title = asText(raw.title).replace(/\s+/g, ' ').trim().slice(0, 500);
      const text = asText(raw.text);
      if (!title && !text.trim()) {
        skipped.add('empty entries', 'they hold no title or text');
        return;
      }
      const updated = readUpdated(raw.dateUpdated);
      const createdAt = when.createdAt;
      const key = createHash('sha256')
        .update(JSON.stringify([when.date, place, title, text]))
        .digest('hex');
      entries.push({
        id: sourceEntryId('minidiary', key),
        date: when.date,
        createdAt,
        updatedAt: updated && updated.toISOString() > createdAt ? updated.toISOString() : createdAt,
        title,
        template: 'blank',
        templateVersion: null,
        doc: entryDocument(markdownLineBlocks(text), []),
      });
    });
  }
  return { format: 'minidiary', entries, tags: new Set(), skipped: skipped.list(), problems };
}

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { STARRED_TAG } from './dayone';
import { parseLooseDate } from './dates';
import { firstIssue } from './json-file';
import { SkipCounter, cleanTags, documentFor, entryAt, sourceEntryId, type ParsedImport } from './model';
import { badFile, type SourceFile } from './source';

/**
 * jrnl's JSON export (DESIGN §9): `{tags:{"@tag":n}, entries:[{title, body, date, time, tags, starred}]}`.
 * jrnl keeps no time zone, so the date and time are taken as written. jrnl has no ids either: an entry is
 * known again by its date, time, title and body. Starred entries get the tag "Starred", as from Day One.
 */

const JrnlEntry = z.looseObject({
  title: z.string().default(''),
  body: z.string().default(''),
  date: z.string(),
  time: z.string().default('00:00'),
  tags: z.array(z.string()).default([]),
  starred: z.boolean().default(false),
});

const JrnlExport = z.looseObject({ entries: z.array(z.unknown()) });

export const isJrnl = (value: unknown): boolean =>
  JrnlExport.safeParse(value).success &&
  (value as { entries: unknown[] }).entries.every(
    (entry) => typeof entry === 'object' && entry !== null && 'date' in entry && ('body' in entry || 'title' in entry),
  );

export function readJrnl(file: SourceFile, value: unknown): ParsedImport {
  const whole = JrnlExport.safeParse(value);
  if (!whole.success) throw badFile(`“${file.name}” isn’t a jrnl export: ${firstIssue(whole.error)}.`);
  const tags = new Set<string>();
  const entries = whole.data.entries.map((raw, index) => {
    const parsed = JrnlEntry.safeParse(raw);
    if (!parsed.success) throw badFile(`In ${entryAt(index)}: ${firstIssue(parsed.error)}.`);
    const entry = parsed.data;
    const written = `${entry.date} ${entry.time}`;
    const when = parseLooseDate(written);
    if (!when) throw badFile(`In ${entryAt(index)}, the date “${written}” can’t be read.`);
    const names = cleanTags([...entry.tags, ...(entry.starred ? [STARRED_TAG] : [])]);
    for (const name of names) tags.add(name);
    const key = createHash('sha256')
      .update(JSON.stringify([entry.date, entry.time, entry.title, entry.body]))
      .digest('hex');
    return {
      id: sourceEntryId('jrnl', key),
      date: when.date,
      createdAt: when.createdAt,
      updatedAt: when.createdAt,
      title: entry.title.trim().slice(0, 500),
      template: 'blank',
      templateVersion: null,
      doc: documentFor(entry.body, names),
    };
  });
  return { format: 'jrnl', entries, tags, skipped: new SkipCounter().list(), problems: [] };
}

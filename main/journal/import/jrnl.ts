import { createHash } from 'node:crypto';
import { z } from 'zod';
import { STARRED_TAG } from './dayone';
import { parseLooseDate } from './dates';
import { paragraph, text, type SerializedNode } from '../../../resources/templates/lexical-json';
import {
  SkipCounter,
  cleanTags,
  entryAt,
  problemAt,
  sourceEntryId,
  withTagChips,
  type ImportedEntry,
  type ParsedImport,
} from './model';
import { badFile, type SourceFile } from './source';

/**
 * jrnl's JSON export (DESIGN §9): `{tags:{"@tag":n}, entries:[{title, body, date, time, tags, starred}]}`.
 * jrnl keeps no time zone, so the date and time are taken as written. jrnl has no ids either: an entry is
 * known again by its date, time, title and body. Starred entries get the tag "Starred", as from Day One.
 * A body is plain text, not Markdown: each line stays a line, an empty line starts a new paragraph, and
 * "*" or "#" are the characters typed. An entry that can't be read is listed, and the others come in.
 */

/** Plain text as paragraphs: lines run together with line breaks until an empty line. */
function plainBlocks(body: string): SerializedNode[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const children: SerializedNode[] = [];
      block.split('\n').forEach((line, i) => {
        if (i > 0) children.push({ type: 'linebreak', version: 1 });
        if (line) children.push(text(line));
      });
      return paragraph(...children);
    });
}

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
  if (!whole.success) throw badFile(`“${file.name}” isn’t a jrnl export Haven can read.`);
  const tags = new Set<string>();
  const problems: string[] = [];
  const entries: ImportedEntry[] = [];
  whole.data.entries.forEach((raw, index) => {
    const where = `${file.name}, ${entryAt(index)}`;
    const parsed = JrnlEntry.safeParse(raw);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0];
      problems.push(
        problemAt(where, field === 'date' ? 'it has no date Haven can read' : 'it isn’t an entry Haven can read'),
      );
      return;
    }
    const entry = parsed.data;
    const written = `${entry.date} ${entry.time}`;
    const when = parseLooseDate(written);
    if (!when) {
      problems.push(problemAt(where, `its date “${written.slice(0, 60)}” can’t be read`));
      return;
    }
    const names = cleanTags([...entry.tags, ...(entry.starred ? [STARRED_TAG] : [])]);
    for (const name of names) tags.add(name);
    const key = createHash('sha256')
      .update(JSON.stringify([entry.date, entry.time, entry.title, entry.body]))
      .digest('hex');
    entries.push({
      id: sourceEntryId('jrnl', key),
      date: when.date,
      createdAt: when.createdAt,
      updatedAt: when.createdAt,
      title: entry.title.trim().slice(0, 500),
      template: 'blank',
      templateVersion: null,
      doc: withTagChips(plainBlocks(entry.body), names),
      source: where,
    });
  });
  return { format: 'jrnl', entries, tags, skipped: new SkipCounter().list(), problems };
}

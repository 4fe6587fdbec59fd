import { z } from 'zod';
import { localDateIn, knowsTimeZone, parseInstant } from './dates';
import { richTextBlocks } from './dayone-rich';
import { markdownToBlocks, type MarkdownOptions } from './markdown';
import {
  SkipCounter,
  cleanTags,
  entryAt,
  problemAt,
  sourceEntryId,
  splitTitle,
  withTagChips,
  type ImportedEntry,
  type ParsedImport,
} from './model';
import type { SourceFile } from './source';

/**
 * Day One's JSON export (DESIGN §9): `{metadata:{version}, entries:[…]}`, one file per journal, in a zip beside
 * photos/, videos/ and audios/ folders, or alone. Each entry's moment (`creationDate`, UTC) is read in its own
 * `timeZone`, so an entry written at 23:30 in New York stays on that evening. `text` is Day One's Markdown, in
 * which `![](dayone-moment://…)` marks where a photo sat: the marker goes and the photo is counted as skipped,
 * as are videos, audio, PDFs, places and weather — Haven keeps words. A starred entry gets the plain tag
 * "Starred", so nothing Day One showed is lost and the Timeline can filter on it. A first line that is a
 * heading becomes the entry's title.
 *
 * Day One shows every newline as a line of its own, so `text` is read with its line breaks; where `richText`
 * is there (dayone-rich.ts) it says what each line is, and is read instead. An entry that can't be read is
 * listed, with where and why, and the others come in.
 */

export const STARRED_TAG = 'Starred';

const DayOneEntry = z.looseObject({
  uuid: z.string().min(1).max(200),
  creationDate: z.string(),
  modifiedDate: z.string().optional(),
  timeZone: z.string().optional(),
  text: z.string().optional(),
  richText: z.unknown().optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
  photos: z.array(z.unknown()).optional(),
  videos: z.array(z.unknown()).optional(),
  audios: z.array(z.unknown()).optional(),
  pdfAttachments: z.array(z.unknown()).optional(),
  location: z.unknown().optional(),
  weather: z.unknown().optional(),
});

const DayOneExport = z.looseObject({
  metadata: z.looseObject({ version: z.string().optional() }),
  entries: z.array(z.unknown()),
});

/** Whether a JSON value looks like Day One's export. */
export const isDayOne = (value: unknown): boolean =>
  DayOneExport.safeParse(value).success &&
  (value as { entries: unknown[] }).entries.every(
    (entry) => typeof entry === 'object' && entry !== null && 'creationDate' in entry,
  );

const MEDIA = [
  ['photos', 'photos'],
  ['videos', 'videos'],
  ['audios', 'audio recordings'],
  ['pdfAttachments', 'PDF attachments'],
] as const;
const MEDIA_WHY = 'Haven keeps your words; the media stay in your Day One export';
const MOMENT = /^dayone-moment:/i;

/** Why an entry isn't one Haven can read, from the first field that is wrong, in a person's words. */
function entryProblem(error: z.ZodError): string {
  const field = error.issues[0]?.path[0];
  switch (field) {
    case undefined:
      return 'it isn’t an entry Haven can read';
    case 'uuid':
      return 'it has no id Haven can read';
    case 'creationDate':
      return 'it has no date Haven can read';
    case 'text':
      return 'its text isn’t readable';
    case 'tags':
      return 'its tags aren’t a list of names';
    default:
      return `its “${String(field).slice(0, 40)}” isn’t as Day One writes it`;
  }
}

/** The entry's title and blocks: from richText when it is there and readable, else from its Markdown text. */
function bodyOf(entry: { text?: string; richText?: unknown }, options: MarkdownOptions) {
  const rich = typeof entry.richText === 'string' ? richTextBlocks(entry.richText) : null;
  if (rich && (rich.title || rich.blocks.length > 0 || !entry.text?.trim())) return rich;
  const { title, body } = splitTitle(entry.text ?? '');
  return { title, blocks: markdownToBlocks(body, { ...options, breaks: true }) };
}

export function readDayOne(files: { file: SourceFile; value: unknown }[]): ParsedImport {
  const skipped = new SkipCounter();
  const problems: string[] = [];
  const tags = new Set<string>();
  const entries: ImportedEntry[] = [];
  const unknownZones = new Set<string>();

  for (const { file, value } of files) {
    const whole = DayOneExport.safeParse(value);
    if (!whole.success) {
      problems.push(problemAt(file.name, 'it isn’t a Day One export Haven can read'));
      continue;
    }
    whole.data.entries.forEach((raw, index) => {
      const where = `${file.name}, ${entryAt(index)}`;
      const parsed = DayOneEntry.safeParse(raw);
      if (!parsed.success) {
        problems.push(problemAt(where, entryProblem(parsed.error)));
        return;
      }
      const entry = parsed.data;
      const created = parseInstant(entry.creationDate);
      if (!created) {
        problems.push(problemAt(where, `its date “${entry.creationDate.slice(0, 60)}” can’t be read`));
        return;
      }
      const zone = entry.timeZone ?? 'UTC';
      if (!knowsTimeZone(zone)) unknownZones.add(zone);
      const modified = parseInstant(entry.modifiedDate);

      let markers = 0;
      const names = cleanTags([...(entry.tags ?? []), ...(entry.starred ? [STARRED_TAG] : [])]);
      for (const name of names) tags.add(name);
      const { title, blocks } = bodyOf(entry, {
        dropImage: (url) => MOMENT.test(url) && ++markers > 0,
        onImage: () => skipped.add('images', 'Haven keeps the words; an image keeps its description'),
      });
      const doc = withTagChips(blocks, names);
      let media = 0;
      for (const [field, what] of MEDIA) {
        const count = entry[field]?.length ?? 0;
        media += count;
        skipped.add(what, MEDIA_WHY, count);
      }
      // An export without the photos list still marks each photo in the text.
      if (media === 0) skipped.add('photos', MEDIA_WHY, markers);
      if (entry.location !== undefined || entry.weather !== undefined) {
        skipped.add('places and weather', 'Haven doesn’t keep where you were or the weather');
      }

      const createdAt = created.toISOString();
      entries.push({
        id: sourceEntryId('dayone', entry.uuid),
        date: localDateIn(created, zone),
        createdAt,
        updatedAt: modified && modified >= created ? modified.toISOString() : createdAt,
        title,
        template: 'blank',
        templateVersion: null,
        doc,
        source: where,
      });
    });
  }
  for (const zone of unknownZones) {
    problems.push(`The time zone “${zone}” isn’t one Haven knows; entries written in it are dated in UTC.`);
  }
  return { format: 'dayone', entries, tags, skipped: skipped.list(), problems };
}

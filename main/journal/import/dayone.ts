import { z } from 'zod';
import { localDateIn, knowsTimeZone, parseInstant } from './dates';
import { firstIssue } from './json-file';
import {
  SkipCounter,
  cleanTags,
  documentFor,
  entryAt,
  sourceEntryId,
  splitTitle,
  type ImportedEntry,
  type ParsedImport,
} from './model';
import { badFile, type SourceFile } from './source';

/**
 * Day One's JSON export (DESIGN §9): `{metadata:{version}, entries:[…]}`, one file per journal, in a zip beside
 * photos/, videos/ and audios/ folders, or alone. Each entry's moment (`creationDate`, UTC) is read in its own
 * `timeZone`, so an entry written at 23:30 in New York stays on that evening. `text` is Day One's Markdown, in
 * which `![](dayone-moment://…)` marks where a photo sat: the marker goes and the photo is counted as skipped,
 * as are videos, audio, PDFs, places and weather — Haven keeps words. A starred entry gets the plain tag
 * "Starred", so nothing Day One showed is lost and the Timeline can filter on it. A first line that is a
 * heading becomes the entry's title.
 */

export const STARRED_TAG = 'Starred';

const DayOneEntry = z.looseObject({
  uuid: z.string().min(1).max(200),
  creationDate: z.string(),
  modifiedDate: z.string().optional(),
  timeZone: z.string().optional(),
  text: z.string().optional(),
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

export function readDayOne(files: { file: SourceFile; value: unknown }[]): ParsedImport {
  const skipped = new SkipCounter();
  const problems: string[] = [];
  const tags = new Set<string>();
  const entries: ImportedEntry[] = [];
  const unknownZones = new Set<string>();

  for (const { file, value } of files) {
    const whole = DayOneExport.safeParse(value);
    if (!whole.success) {
      throw badFile(`“${file.name}” isn’t a Day One export: ${firstIssue(whole.error)}.`);
    }
    whole.data.entries.forEach((raw, index) => {
      const where = files.length > 1 ? `${entryAt(index)} of “${file.name}”` : entryAt(index);
      const parsed = DayOneEntry.safeParse(raw);
      if (!parsed.success) throw badFile(`In ${where}: ${firstIssue(parsed.error)}.`);
      const entry = parsed.data;
      const created = parseInstant(entry.creationDate);
      if (!created) throw badFile(`In ${where}, the date “${entry.creationDate}” can’t be read.`);
      const zone = entry.timeZone ?? 'UTC';
      if (!knowsTimeZone(zone)) unknownZones.add(zone);
      const modified = parseInstant(entry.modifiedDate);

      let markers = 0;
      const { title, body } = splitTitle(entry.text ?? '');
      const names = cleanTags([...(entry.tags ?? []), ...(entry.starred ? [STARRED_TAG] : [])]);
      for (const name of names) tags.add(name);
      const doc = documentFor(body, names, {
        dropImage: (url) => MOMENT.test(url) && ++markers > 0,
        onImage: () => skipped.add('images', 'Haven keeps the words; an image keeps its description'),
      });
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
      });
    });
  }
  for (const zone of unknownZones) {
    problems.push(`The time zone “${zone}” isn’t one Haven knows; entries written in it are dated in UTC.`);
  }
  return { format: 'dayone', entries, tags, skipped: skipped.list(), problems };
}

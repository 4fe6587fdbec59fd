import { zipSync, strToU8 } from 'fflate';
import { stringify } from 'yaml';
import { documentMarkdown, plainTextMarkdown } from './lexical-markdown';
import type { ExportedRow } from './select';

/**
 * The Markdown export: a .zip of one file per entry, "2026-11-25 Title.md", each with YAML front matter that
 * Haven's Markdown import reads back exactly, and most Markdown tools (Obsidian, static site generators) read
 * too. docs/EXPORT.md describes every key. The entry's day is written as the day (`date`), never left to be
 * worked out from a moment: an entry begun at 00:40 may belong to the evening before, and a moment read in
 * another time zone lands on another day. The moments are written in the exporting computer's time zone,
 * with their offset, so they read as the local time they were and still name one exact instant.
 */

/** The version of Haven's Markdown; Haven's import reads a file that carries it as Haven's own. */
export const HAVEN_MARKDOWN_VERSION = 1;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** An instant as local time in a time zone, with its offset: "2026-11-25T23:40:11+01:00". */
export function localMoment(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    zoneFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, Number(part.value)]));
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const ms = at.getUTCMilliseconds();
  const offset = Math.round((Date.UTC(year, month - 1, day, hour, minute, second) - (at.getTime() - ms)) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const fraction = ms ? `.${pad(ms, 3)}` : '';
  return (
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

function fileName(row: ExportedRow, taken: Set<string>): string {
  const title = row.title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
    .replace(/[. ]+$/, '');
  const base = title ? `${row.date} ${title}` : row.date;
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}

export function entryMarkdown(row: ExportedRow, timeZone: string): string {
  const markdown = row.readable
    ? documentMarkdown(row.doc, row.template)
    : { body: plainTextMarkdown(row.text), fields: [], chipKinds: {} };
  const front: Record<string, unknown> = {
    haven: HAVEN_MARKDOWN_VERSION,
    id: row.id,
    date: row.date,
    created: localMoment(row.createdAt, timeZone),
    updated: localMoment(row.updatedAt, timeZone),
    timezone: timeZone,
    title: row.title,
    template: row.template,
  };
  if (row.templateVersion !== null) front.template_version = row.templateVersion;
  front.tags = [...new Set(row.tags.map((tag) => tag.name))];
  if (Object.keys(markdown.chipKinds).length) front.tag_kinds = markdown.chipKinds;
  if (markdown.fields.length) front.fields = markdown.fields;
  const body = markdown.body;
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}${body ? '\n' : ''}`;
}

/** `timeZone` is the exporting computer's own, unless a caller (a test) names another. */
export function markdownZip(
  rows: readonly ExportedRow[],
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone,
): Uint8Array {
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const row of rows) files[fileName(row, taken)] = strToU8(entryMarkdown(row, timeZone));
  return zipSync(files, { level: 6 });
}

import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { dateFromFileName, parseLooseDate, type ReadDate } from './dates';
import { isHavenMarkdown, readHavenMarkdown } from './haven-markdown';
import type { MarkdownOptions } from './markdown';
import {
  SkipCounter,
  cleanTags,
  problemAt,
  readBody,
  sourceEntryId,
  splitTitle,
  type ImportedEntry,
  type ParsedImport,
} from './model';
import type { SourceFile } from './source';

/**
 * A folder or .zip of Markdown files, one entry each, with optional YAML front matter (DESIGN §9):
 * `created`/`date`/`created_at`, `updated`/`lastmod`/`updated_at`, `tags`/`keywords`, `title`, in any case
 * (Joplin writes `Title:` and `Created:`), with Joplin's, Notesnook's and ISO dates. Without a date there, the
 * file name's date is used ("2020-05-01 Evening.md", Logseq's "journals/2023_01_03.md"); a file with neither
 * is skipped and counted. A title comes from the front matter, else from a first line that is a heading.
 *
 * Each file is read as the app that wrote it means it: Haven's own export (it writes `id` and `template`) as
 * CommonMark, as it was written; Logseq's journals as outlines, with their properties and drawers left out and
 * TODO/DONE as tasks; anything else (Obsidian, Joplin, Notesnook, Bear) with a line break per line and
 * Obsidian's marks. A file that can't be read is listed, with why, and the rest come in.
 *
 * Haven's own export writes each entry's id as `id`: such a file comes back as that entry, so exporting and
 * importing into the same journal adds nothing twice. Any other file is known again by its path, its date and
 * its bytes, so identical files on different days stay different entries.
 */

const MARKDOWN = /\.(md|markdown|mdown|txt)$/i;
const HAVEN_ID = /^[a-z0-9-]{1,64}$/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const LOGSEQ_JOURNAL = /(?:^|\/)journals\/\d{4}_\d{2}_\d{2}\.(?:md|markdown)$/i;

const CREATED_KEYS = ['created', 'date', 'created_at', 'creation date', 'date created', 'created date'];
const UPDATED_KEYS = ['updated', 'lastmod', 'updated_at', 'modified', 'modification date', 'date modified'];

const isHidden = (name: string) => name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

type Read = { ok: true; entry: ImportedEntry; tags: string[]; images: number } | { ok: false; why: string | null };

const unreadable = (why: string): Read => ({ ok: false, why });

/** Front matter keys in lower case, the first of two spellings winning: `Title:` and `title:` are one key. */
function lowerKeys(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const lower = key.trim().toLowerCase();
    if (!(lower in out)) out[lower] = value;
  }
  return out;
}

function frontMatter(text: string): { data: Record<string, unknown>; body: string } | { why: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { schema: 'core', logLevel: 'error' });
  } catch {
    return { why: 'its front matter isn’t readable' };
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { why: 'its front matter isn’t a list of names and values' };
  }
  return { data: lowerKeys((data ?? {}) as Record<string, unknown>), body: text.slice(match[0].length) };
}

const first = (data: Record<string, unknown>, keys: readonly string[]): unknown =>
  keys.map((key) => data[key]).find((value) => value !== undefined && value !== null && value !== '');

function tagList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flat(2);
  if (typeof value === 'string') return value.split(/[,\s]+/);
  return [];
}

/** Logseq's page properties ("tags:: a, [[b]]") on the lines before its first block. */
function logseqProperties(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Za-z][\w-]*):: ?(.*)$/.exec(line);
    if (!match) break;
    out[match[1]!.toLowerCase()] = match[2]!;
  }
  return out;
}

/**
 * A Logseq journal as Markdown: block properties ("collapsed:: true", "id:: …") and drawers (:LOGBOOK: … :END:)
 * are Logseq's bookkeeping, not words; TODO, LATER, NOW and DOING open an unchecked task, DONE a checked one.
 */
function logseqMarkdown(text: string): string {
  const out: string[] = [];
  let drawer = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*:[A-Z]+:\s*$/.test(line)) {
      drawer = !/^\s*:END:\s*$/.test(line);
      continue;
    }
    if (drawer || /^\s*[A-Za-z][\w-]*:: ?.*$/.test(line)) continue;
    out.push(
      line
        .replace(/^(\s*-\s+)(?:TODO|LATER|NOW|DOING|WAITING|WAIT)(?=\s|$)\s*/, '$1[ ] ')
        .replace(/^(\s*-\s+)DONE(?=\s|$)\s*/, '$1[x] '),
    );
  }
  return out.join('\n');
}

/**
 * The folder every file sits in, when they all share one ("journal/" in a zip of the folder "journal"), so a
 * folder and a zip of it give the same paths, and the same ids.
 */
function sharedFolder(files: readonly SourceFile[]): string {
  const names = files.map((file) => file.name).filter((name) => !isHidden(name) && MARKDOWN.test(name));
  const top = names[0]?.split('/')[0];
  if (top === undefined || !names.every((name) => name.startsWith(`${top}/`))) return '';
  return `${top}/`;
}

function readFile(file: SourceFile, folder: string): Read {
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
  const front = frontMatter(text);
  if ('why' in front) return unreadable(front.why);
  const { data } = front;
  // Haven's own export (marked `haven: 1`) carries its date, fields and tags in a block of its own.
  if (isHavenMarkdown(data)) {
    const own = readHavenMarkdown(data, front.body);
    if (!own.ok) return unreadable(own.why);
    return { ok: true, entry: { ...own.entry, source: file.name }, tags: own.tags, images: 0 };
  }
  let { body } = front;

  const logseq = LOGSEQ_JOURNAL.test(file.name);
  const haven = typeof data.id === 'string' && HAVEN_ID.test(data.id) && typeof data.template === 'string';
  const properties = logseq ? logseqProperties(body) : {};
  if (logseq) body = logseqMarkdown(body);

  const written = first(data, CREATED_KEYS);
  let when: ReadDate | null = written === undefined ? null : parseLooseDate(written);
  // A date that can't be read (a template's "<% tp.date.now() %>") gives way to the file name's.
  when ??= dateFromFileName(file.name);
  if (!when) {
    if (written !== undefined) return unreadable(`its date “${String(written).slice(0, 60)}” can’t be read`);
    return { ok: false, why: null };
  }
  const updated = parseLooseDate(first(data, UPDATED_KEYS));

  const names = cleanTags([
    ...tagList(first(data, ['tags', 'keywords', 'tag'])),
    ...(properties.tags ? properties.tags.replace(/\[\[|\]\]/g, '').split(/\s*,\s*/) : []),
  ]);
  const given = first(data, ['title']) ?? properties.title;
  const split =
    typeof given === 'string' || typeof given === 'number'
      ? { title: String(given).trim(), body }
      : logseq
        ? { title: '', body }
        : splitTitle(body);
  const images = { count: 0 };
  const options: MarkdownOptions = haven
    ? { onImage: () => (images.count += 1) }
    : { breaks: true, obsidian: true, onImage: () => (images.count += 1) };
  const read = readBody(split.body, names, options);

  const path = file.name.slice(folder.length);
  const key = createHash('sha256').update(`${path}\u0000${when.date}\u0000`).update(file.bytes).digest('hex');
  return {
    ok: true,
    tags: read.tags,
    images: images.count,
    entry: {
      id: haven ? (data.id as string) : sourceEntryId('markdown', key),
      date: when.date,
      createdAt: when.createdAt,
      updatedAt: updated && updated.createdAt >= when.createdAt ? updated.createdAt : when.createdAt,
      title: split.title.slice(0, 500),
      template: 'blank',
      templateVersion: null,
      doc: read.doc,
      source: file.name,
    },
  };
}

export function isMarkdownName(name: string): boolean {
  return MARKDOWN.test(name) && !isHidden(name);
}

export function readMarkdownFiles(files: readonly SourceFile[]): ParsedImport {
  const skipped = new SkipCounter();
  const problems: string[] = [];
  const tags = new Set<string>();
  const entries: ImportedEntry[] = [];
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  const folder = sharedFolder(files);
  for (const file of sorted) {
    if (isHidden(file.name)) continue;
    if (!MARKDOWN.test(file.name)) {
      skipped.add('other files', 'only Markdown files (.md) become entries');
      continue;
    }
    const read = readFile(file, folder);
    if (!read.ok) {
      if (read.why === null) {
        skipped.add('Markdown files without a date', 'neither the front matter nor the file name holds a date');
      } else {
        problems.push(problemAt(file.name, read.why));
      }
      continue;
    }
    for (const name of read.tags) tags.add(name);
    skipped.add('images', 'Haven keeps the words; an image keeps its description', read.images);
    entries.push(read.entry);
  }
  return { format: 'markdown', entries, tags, skipped: skipped.list(), problems };
}

import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { dateFromFileName, parseLooseDate, type ReadDate } from './dates';
import { isHavenMarkdown, readHavenMarkdown } from './haven-markdown';
import {
  SkipCounter,
  cleanTags,
  documentFor,
  sourceEntryId,
  splitTitle,
  type ImportedEntry,
  type ParsedImport,
} from './model';
import { badFile, type SourceFile } from './source';

/**
 * A folder or .zip of Markdown files, one entry each, with optional YAML front matter (DESIGN §9):
 * `created`/`date`/`created_at`, `updated`/`lastmod`/`updated_at`, `tags`/`keywords`, `title`. Without a date
 * there, the file name's date is used ("2020-05-01 Evening.md"); a file with neither is skipped and counted.
 * A title comes from the front matter, else from a first line that is a heading. Haven's own Markdown export
 * writes each entry's id as `id`: such a file comes back as that entry, so exporting and importing into the
 * same journal adds nothing twice. Any other file is known again by its bytes.
 */

const MARKDOWN = /\.(md|markdown|mdown|txt)$/i;
const HAVEN_ID = /^[a-z0-9-]{1,64}$/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const isHidden = (name: string) => name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

function frontMatter(file: SourceFile, text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { schema: 'core' });
  } catch (error) {
    const where = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw badFile(`“${file.name}”: its front matter isn’t YAML Haven can read${where ? ` (line ${where + 1})` : ''}.`);
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw badFile(`“${file.name}”: its front matter should be a list of names and values.`);
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

const first = (data: Record<string, unknown>, keys: readonly string[]): unknown =>
  keys.map((key) => data[key]).find((value) => value !== undefined && value !== null && value !== '');

function tagList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[,\s]+/);
  return [];
}

export function isMarkdownName(name: string): boolean {
  return MARKDOWN.test(name) && !isHidden(name);
}

export function readMarkdownFiles(files: readonly SourceFile[]): ParsedImport {
  const skipped = new SkipCounter();
  const tags = new Set<string>();
  const entries: ImportedEntry[] = [];
  const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
  for (const file of sorted) {
    if (isHidden(file.name)) continue;
    if (!MARKDOWN.test(file.name)) {
      skipped.add('other files', 'only Markdown files (.md) become entries');
      continue;
    }
    const text = new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
    const { data, body } = frontMatter(file, text);
    if (isHavenMarkdown(data)) {
      const haven = readHavenMarkdown(data, body);
      if (!haven.ok) throw badFile(`“${file.name}”: ${haven.why}.`);
      haven.tags.forEach((name) => tags.add(name));
      entries.push(haven.entry);
      continue;
    }

    const written = first(data, ['created', 'date', 'created_at']);
    let when: ReadDate | null;
    if (written !== undefined) {
      when = parseLooseDate(written);
      if (!when) throw badFile(`“${file.name}”: the date “${String(written)}” can’t be read.`);
    } else {
      when = dateFromFileName(file.name);
    }
    if (!when) {
      skipped.add('Markdown files without a date', 'neither the front matter nor the file name holds a date');
      continue;
    }
    const updated = parseLooseDate(first(data, ['updated', 'lastmod', 'updated_at']));

    const names = cleanTags(tagList(first(data, ['tags', 'keywords'])));
    for (const name of names) tags.add(name);
    const given = first(data, ['title']);
    const split = typeof given === 'string' ? { title: given.trim(), body } : splitTitle(body);
    const images = { count: 0 };
    const doc = documentFor(split.body, names, { onImage: () => (images.count += 1) });
    skipped.add('images', 'Haven keeps the words; an image keeps its description', images.count);

    const id = typeof data.id === 'string' && HAVEN_ID.test(data.id) ? data.id : null;
    entries.push({
      id: id ?? sourceEntryId('markdown', createHash('sha256').update(file.bytes).digest('hex')),
      date: when.date,
      createdAt: when.createdAt,
      updatedAt: updated && updated.createdAt >= when.createdAt ? updated.createdAt : when.createdAt,
      title: split.title.slice(0, 500),
      template: 'blank',
      templateVersion: null,
      doc,
    });
  }
  return { format: 'markdown', entries, tags, skipped: skipped.list(), problems: [] };
}

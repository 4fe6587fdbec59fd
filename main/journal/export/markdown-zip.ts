import { zipSync, strToU8 } from 'fflate';
import { stringify } from 'yaml';
import { lexicalToMarkdown, plainTextMarkdown } from './lexical-markdown';
import type { ExportedRow } from './select';

/**
 * The Markdown export: a .zip of one file per entry, "2026-11-25 Title.md", each with YAML front matter
 * (id, created, updated, title, template, tags) that Haven's Markdown import reads back, and most Markdown
 * tools (Obsidian, static site generators) read too.
 */

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

export function entryMarkdown(row: ExportedRow): string {
  const front: Record<string, unknown> = { id: row.id, created: row.createdAt, updated: row.updatedAt };
  if (row.title) front.title = row.title;
  front.template = row.template;
  if (row.tags.length) front.tags = row.tags.map((tag) => tag.name);
  const body = row.readable ? lexicalToMarkdown(row.doc) : plainTextMarkdown(row.text);
  return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body}${body ? '\n' : ''}`;
}

export function markdownZip(rows: readonly ExportedRow[]): Uint8Array {
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const row of rows) files[fileName(row, taken)] = strToU8(entryMarkdown(row));
  return zipSync(files, { level: 6 });
}

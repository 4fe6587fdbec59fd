import { createHash } from 'node:crypto';
import type { ImportFormat, TagKind } from '../../../preload/contract';
import { document, paragraph, text, type SerializedNode } from '../../../resources/templates/lexical-json';
import { findEmotion, findNeed, findTrigger } from '../../../resources/vocabulary';
import { cleanTagName } from '../derive';
import { markdownToBlocks, type MarkdownOptions } from './markdown';

/**
 * What every format's reader hands on: entries in Haven's terms, before anything is written. Each reader
 * knows its own format; everything after this (tags as chips, ids, duplicates, writing) is shared.
 */
export interface ImportedEntry {
  /** Haven's id for it: the same file always gives the same ids, so a second import finds the first. */
  id: string;
  date: string;
  createdAt: string;
  updatedAt: string;
  title: string;
  template: string;
  templateVersion: number | null;
  doc: string;
  /** Where in the source it came from ("Journal.json, entry 3", "Daily/2024-01-02.md"), for messages. */
  source?: string;
}

export interface Skipped {
  what: string;
  why: string;
  count: number;
}

export interface ParsedImport {
  format: ImportFormat;
  entries: ImportedEntry[];
  tags: Set<string>;
  skipped: Skipped[];
  /**
   * Sentences worth knowing before importing, each "where: why." in a person's words: a file or entry that
   * can't come in and why ("Templates/Weekly.md: its front matter isn’t readable."), or anything read with a
   * caveat. The rest of the source comes in all the same.
   */
  problems: string[];
  /** Haven's own export also carries templates and prompts; other formats carry none. */
  extras?: unknown;
}

/** Counts what won't come in, by what and why, in the order first seen. */
export class SkipCounter {
  private readonly counts = new Map<string, Skipped>();

  add(what: string, why: string, count = 1): void {
    if (count <= 0) return;
    const key = `${what}\u0000${why}`;
    const seen = this.counts.get(key);
    if (seen) seen.count += count;
    else this.counts.set(key, { what, why, count });
  }

  list(): Skipped[] {
    return [...this.counts.values()];
  }
}

/** A stable id from where an entry came from: 16 hex digits, like the ids Haven makes for new entries. */
export const sourceEntryId = (format: ImportFormat, sourceId: string): string =>
  createHash('sha256').update(`${format}\u0000${sourceId}`).digest('hex').slice(0, 16);

/** The tag kind a name belongs to: a built-in trigger, emotion or need by name, else the person's own tag. */
export function tagFor(name: string): { kind: TagKind; name: string } {
  const trigger = findTrigger(name);
  if (trigger) return { kind: 'trigger', name: trigger.name };
  const emotion = findEmotion(name);
  if (emotion) return { kind: 'emotion', name: emotion.name };
  const need = findNeed(name);
  if (need) return { kind: 'need', name: need.name };
  return { kind: 'tag', name };
}

/** Tag names as Haven keeps them, once each: "#work", " work " and "work" are one tag. */
export function cleanTags(names: readonly unknown[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = cleanTagName(typeof raw === 'string' ? raw.replace(/^[#@]+/, '') : raw);
    if (name !== null && name.length <= 60 && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

const tagChip = (tag: { kind: TagKind; name: string }): SerializedNode => ({ type: 'haven-tag', version: 1, ...tag });

/** Blocks as a document; an empty one still holds the paragraph the editor writes into. */
export const documentOf = (blocks: SerializedNode[]): string => document(...(blocks.length ? blocks : [paragraph()]));

/**
 * An entry's document from its blocks and its tags: the tags sit as chips in a last paragraph, so the document
 * alone says what the entry is tagged with (derive.ts reads them from there, as from any entry). Tags already
 * in the text as chips (Obsidian's inline #tags) aren't repeated there.
 */
export function withTagChips(
  blocks: SerializedNode[],
  tags: readonly string[],
  inText: readonly string[] = [],
): string {
  const shown = new Set(inText.map((name) => name.toLowerCase()));
  const rest = tags.filter((name) => !shown.has(name.toLowerCase()));
  if (rest.length > 0) {
    const chips: SerializedNode[] = [];
    rest.forEach((name, i) => {
      if (i > 0) chips.push(text(' '));
      chips.push(tagChip(tagFor(name)));
    });
    blocks.push(paragraph(...chips));
  }
  return documentOf(blocks);
}

/**
 * An entry's document from its Markdown and its tags, and every tag it holds: those given, and with Obsidian's
 * marks read, the inline #tags, which stay chips where they were written.
 */
export function readBody(
  markdown: string,
  tags: readonly string[],
  options: MarkdownOptions = {},
): { doc: string; tags: string[] } {
  const inline: string[] = [];
  const blocks = markdownToBlocks(markdown, {
    ...options,
    inlineTag: (raw) => {
      const [name] = cleanTags([raw.replace(/\/+$/, '')]);
      if (!name) return null;
      inline.push(name);
      return tagChip(tagFor(name));
    },
  });
  return { doc: withTagChips(blocks, tags, inline), tags: cleanTags([...tags, ...inline]) };
}

export const documentFor = (markdown: string, tags: readonly string[], options: MarkdownOptions = {}): string =>
  readBody(markdown, tags, options).doc;

/**
 * A title from the first line when it is a heading ("# Saturday"), as Day One and many Markdown journals
 * write one; the heading then leaves the body so it isn't there twice.
 */
export function splitTitle(markdown: string): { title: string; body: string } {
  const match = /^\s*#{1,6}[ \t]+(.+?)[ \t#]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return { title: '', body: markdown };
  return { title: match[1]!.replace(/\\(.)/g, '$1').slice(0, 500), body: markdown.slice(match[0].length) };
}

/** "entry 12", "“2020-05-01.md”": where a problem is, in a message. */
export const entryAt = (index: number) => `entry ${index + 1}`;

/** One line of the preview's list of what won't come in: "where: why." */
export const problemAt = (where: string, why: string) => `${where}: ${why.replace(/\.$/, '')}.`;

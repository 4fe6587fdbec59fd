import { join } from 'node:path';
import { parseImport } from '../../../main/journal/import/index';
import type { ImportedEntry } from '../../../main/journal/import/model';
import { readSource } from '../../../main/journal/import/source';
import { deriveFromDoc } from '../../../main/journal/derive';

export const FIXTURES = join(__dirname, '../../fixtures/import');
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

/** Reads a fixture the way `import:preview` does. */
export const parseFixture = (...parts: string[]) => parseImport(readSource(fixture(...parts)));

/** An imported entry's document as search and patterns would read it. */
export const derived = (entry: ImportedEntry) => deriveFromDoc(entry.doc);

/** The top-level blocks of an entry's document. */
export const blocksOf = (entry: ImportedEntry) =>
  (JSON.parse(entry.doc) as { root: { children: { type: string; [key: string]: unknown }[] } }).root.children;

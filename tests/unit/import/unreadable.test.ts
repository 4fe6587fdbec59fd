import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../main/journal/import/index';
import { readSource } from '../../../main/journal/import/source';
import { deepDocument, doc, docOf } from '../journal/helpers';

/** A Haven export of entries with these documents, each written into the file as it stands. */
function havenExport(docs: readonly string[]): string {
  const entries = docs.map(
    (document, i) =>
      `{"id":"e${i}","date":"2026-11-2${i}","title":"","template":"blank","templateVersion":null,` +
      `"createdAt":"2026-11-2${i}T21:00:00.000Z","updatedAt":"2026-11-2${i}T21:00:00.000Z","tags":[],"doc":${document}}`,
  );
  return (
    `{"format":"haven-export","version":1,"exportedAt":"2026-11-30T00:00:00.000Z","app":{"name":"Haven","version":"0"},` +
    `"entries":[${entries.join(',')}],"templates":[],"tags":[],"prompts":{"custom":[],"marks":[],"preferences":null}}`
  );
}

function parseFile(text: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'haven-import-')), 'export.json');
  writeFileSync(path, text);
  return () => parseImport(readSource(path));
}

describe('importing documents the editor can’t open', () => {
  it('reads a Haven export whose documents the editor opens', () => {
    expect(parseFile(havenExport([doc('one'), doc('two')]))().entries).toHaveLength(2);
  });

  it.each([
    [
      'a node the editor doesn’t know',
      docOf({ type: 'collapsible-container', version: 1, children: [] }),
      /doesn’t know \(“collapsible-container”\)/,
    ],
    ['a document nested 10,000 deep', deepDocument(10_000), /nests more than 100 levels deep/],
  ])('refuses the whole file for %s, saying which entry', (_name, bad, why) => {
    const read = parseFile(havenExport([doc('fine'), bad]));
    expect(read).toThrow(expect.objectContaining({ code: 'bad-file' }));
    expect(read).toThrow(/^Entry 2, dated 2026-11-21, can’t come into Haven, because it /);
    expect(read).toThrow(why);
  });
});

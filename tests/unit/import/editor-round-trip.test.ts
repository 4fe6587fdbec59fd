import { readFileSync } from 'node:fs';
import { createEditor, type Klass, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../main/journal/import/index';
import { fixture } from './helpers';

// The editor's own node classes. They are the renderer's, typed for the DOM, so they are loaded by name: this
// test is type-checked for Node, as the import is.
const NODES_MODULE = '../../../renderer/src/editor/nodes';
const { ENTRY_NODES } = (await import(NODES_MODULE)) as { ENTRY_NODES: Klass<LexicalNode>[] };

const editor = () =>
  createEditor({
    namespace: 'test',
    nodes: ENTRY_NODES,
    onError: (error) => {
      throw error;
    },
  });

describe('entries imported with tables, code and highlights', () => {
  it('open in the editor and come back from it as they went in', () => {
    const files = [
      ['2024-03-01 help.md', 'obsidian', 'Obsidian_MD_Help.md'],
      ['2023-01-05 editoed.md', 'obsidian', '2023-editoed.md'],
      ['Daily/2022-01-03.md', 'obsidian', '2022_01_03.md'],
    ].map(([name, ...parts]) => ({ name: name!, bytes: readFileSync(fixture(...parts)) }));
    const parsed = parseImport({ label: 'vault', kind: 'folder', files });
    const types = new Set<string>();
    for (const entry of parsed.entries) {
      const state = editor().parseEditorState(entry.doc);
      // As saved: keys the editor leaves undefined are not written.
      const back: unknown = JSON.parse(JSON.stringify(state.toJSON()));
      expect(back).toEqual(JSON.parse(entry.doc));
      JSON.stringify(back, (key, value: unknown) => {
        if (key === 'type' && typeof value === 'string') types.add(value);
        return value;
      });
    }
    for (const type of ['table', 'tablerow', 'tablecell', 'code', 'list', 'haven-tag']) expect(types).toContain(type);
  });
});

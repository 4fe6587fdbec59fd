import { createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { ENTRY_NODES } from '../../../renderer/src/editor/nodes';
import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import { templateDoc } from '../../../resources/templates/document';
import { deepDocument } from './documents';
import { checkDocument, DOCUMENT_MAX_DEPTH, EDITOR_NODE_TYPES } from '../../../resources/document/readable';

const editor = () =>
  createEditor({
    namespace: 'test',
    nodes: ENTRY_NODES,
    onError: (error) => {
      throw error;
    },
  });

/** Whether the editor's own node classes build an editor state from the document. */
function editorOpens(doc: string): boolean {
  try {
    editor().parseEditorState(doc);
    return true;
  } catch {
    return false;
  }
}

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  ...extra,
});
const docOf = (...children: unknown[]) => JSON.stringify({ root: element('root', children) });
const listOf = (...items: unknown[]) => element('list', items, { listType: 'bullet', start: 1, tag: 'ul' });
const itemOf = (...children: unknown[]) => element('listitem', children, { value: 1 });

/** Lists nested `levels` deep: a list, its item, the item's list, and so on. */
function nestedLists(levels: number): string {
  let node: unknown = itemOf(text('deepest'));
  for (let i = 1; i < levels; i++) node = itemOf(listOf(node));
  return docOf(listOf(node));
}

describe('the documents the editor can open', () => {
  it('names exactly the node types the editor registers', () => {
    const registered = [...editor()._nodes.keys()].filter((type) => type !== 'artificial');
    expect(Object.keys(EDITOR_NODE_TYPES).sort()).toEqual(registered.sort());
  });

  it.each<[string, string]>([
    ...BUILTIN_TEMPLATES.map((template): [string, string] => [
      `a new ${template.id} entry`,
      templateDoc(template.sections),
    ]),
    [
      'headings, quotes, links, tags and line breaks',
      docOf(
        element('heading', [text('Saturday')], { tag: 'h2' }),
        element('quote', [text('said softly')]),
        element('paragraph', [
          text('see '),
          element('link', [text('this')], { url: 'https://example.org' }),
          { type: 'linebreak', version: 1 },
          { type: 'haven-tag', version: 1, kind: 'emotion', name: 'Hurt' },
        ]),
      ),
    ],
    // The root, then a list and its item per level: the deepest item's text sits at the limit.
    ['lists nested as deep as allowed', nestedLists((DOCUMENT_MAX_DEPTH - 2) / 2)],
  ])('accepts %s, and the editor opens it', (_name, doc) => {
    expect(checkDocument(doc)).toEqual({ ok: true });
    expect(editorOpens(doc)).toBe(true);
  });

  it.each([
    ['text that isn’t JSON', '{"root": {"type": "root", "children": [', 'not-json'],
    ['an unknown node', docOf(element('collapsible-container', [])), 'unknown-node'],
    ['text straight in the root', docOf(text('loose')), 'misplaced-node'],
    ['a child that isn’t a node', docOf(element('paragraph', ['just a string'])), 'bad-node'],
  ])('refuses %s, which the editor can’t open either', (_name, doc, problem) => {
    expect(checkDocument(doc)).toMatchObject({ ok: false, problem });
    expect(editorOpens(doc)).toBe(false);
  });

  it('refuses lists nested one level deeper than that', () => {
    expect(checkDocument(nestedLists((DOCUMENT_MAX_DEPTH - 2) / 2 + 1))).toMatchObject({
      ok: false,
      problem: 'too-deep',
    });
  });

  it('refuses a document nested 10,000 deep without running out of stack', () => {
    const doc = deepDocument(10_000);
    expect(JSON.parse(doc)).toBeTruthy();
    expect(checkDocument(doc)).toMatchObject({ ok: false, problem: 'too-deep' });
  });
});

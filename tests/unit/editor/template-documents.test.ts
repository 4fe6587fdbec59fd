import { createEditor, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { ENTRY_NODES } from '../../../renderer/src/editor/nodes';
import { SectionNode } from '../../../renderer/src/editor/nodes/FieldNode';
import { HavenPromptNode } from '../../../renderer/src/editor/nodes/HavenPromptNode';
import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import { templateDoc } from '../../../resources/templates/document';
import type { TemplateSection } from '../../../resources/templates/schema';

/** The editor's own node classes, without a DOM: what an entry's document becomes when it opens. */
function open(doc: string) {
  const editor = createEditor({
    namespace: 'test',
    nodes: ENTRY_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const state = editor.parseEditorState(doc);
  const nodes = state.read(() => [...state._nodeMap.values()] as LexicalNode[]);
  return { json: state.toJSON(), nodes, editor };
}

const canonical = (doc: string) => JSON.parse(doc) as unknown;

describe('template documents and the editor', () => {
  it.each(BUILTIN_TEMPLATES.map((template) => [template.id, template] as const))(
    'a new %s entry opens in the editor and saves back exactly as it was made',
    (_id, template) => {
      const doc = templateDoc(template.sections);
      const { json, nodes } = open(doc);
      expect(json).toEqual(canonical(doc));
      const sections = nodes.filter((node) => node instanceof SectionNode);
      // Every section that isn't free writing is a node of its own; writing spaces have their heading node.
      expect(sections).toHaveLength(template.sections.length);
    },
  );

  it('a prompt section that asks from a set holds the prompt chosen for it, and records its id', () => {
    const repair = BUILTIN_TEMPLATES.find((template) => template.id === 'repair')!;
    const section = repair.sections.find((item) => item.kind === 'prompt' && item.set === 'after-hard-moment')!;
    const doc = templateDoc(repair.sections, {
      [section.id]: { promptId: 'chosen-one', text: 'What helped you settle?' },
    });
    const { nodes } = open(doc);
    const prompt = nodes.find((node) => node instanceof HavenPromptNode && node.__sectionId === section.id);
    expect(prompt?.exportJSON()).toMatchObject({
      promptId: 'chosen-one',
      text: 'What helped you settle?',
      sectionId: section.id,
    });
    // Without a pick, the section's own question is asked.
    const plain = JSON.stringify(open(templateDoc(repair.sections)).json);
    expect(plain).toContain(section.kind === 'prompt' ? section.text : '');
  });

  // tests/unit/journal/templates.test.ts shows the same entry derives the same; this is the editor's side.
  it('an entry written from an older version still opens with every field after the template changes', () => {
    const v1: TemplateSection[] = [
      { kind: 'text', id: 'what', label: 'What happened', hint: 'Facts only.' },
      { kind: 'tags', id: 'triggers', label: 'Triggers', hint: '', tagKind: 'trigger' },
      { kind: 'emotions', id: 'emotions', label: 'Emotions', hint: '' },
      { kind: 'intensity', id: 'intensity', label: 'Intensity', hint: '' },
      { kind: 'response', id: 'response', label: 'Response', hint: '' },
      { kind: 'choice', id: 'whose', label: 'Whose is this?', hint: '', options: ['Mine', 'Ours', 'Both'] },
    ];
    // The person fills it in: the same edits the fields make through the editor.
    const filled = JSON.parse(templateDoc(v1)) as { root: { children: Record<string, unknown>[] } };
    for (const node of filled.root.children) {
      if (node.type === 'paragraph')
        node.children = [
          {
            type: 'text',
            version: 1,
            text: 'The message sat unread.',
            detail: 0,
            format: 0,
            mode: 'normal',
            style: '',
          },
        ];
      if (node.type === 'haven-picker' && node.kind === 'trigger')
        node.items = [{ name: 'Unanswered message', intensity: null }];
      if (node.type === 'haven-picker' && node.kind === 'emotion') node.items = [{ name: 'Anxious', intensity: 8 }];
      if (node.type === 'haven-intensity') node.value = 7;
      if (node.type === 'haven-response') node.value = 'withdrew';
      if (node.type === 'haven-choice') node.value = 'Ours';
    }
    const doc = JSON.stringify(filled);

    // Version 2 drops the choice, renames a section and adds another; the entry keeps its own copy.
    const v2: TemplateSection[] = [
      { kind: 'text', id: 'what', label: 'What happened, in plain facts', hint: '' },
      { kind: 'tags', id: 'needs', label: 'Needs', hint: '', tagKind: 'need' },
    ];
    expect(templateDoc(v2)).not.toEqual(templateDoc(v1));

    const { json, nodes, editor } = open(doc);
    expect(json).toEqual(canonical(doc));
    const rendered = nodes.filter((node): node is SectionNode => node instanceof SectionNode);
    expect(rendered.map((node) => node.meta().label)).toEqual([
      'What happened',
      'Triggers',
      'Emotions',
      'Intensity',
      'Response',
      'Whose is this?',
    ]);
    for (const node of rendered) expect(node.decorate(editor, editor._config)).toBeTruthy();
    const values = (json.root.children as unknown as Record<string, unknown>[]).filter(
      (node) => 'value' in node || 'items' in node,
    );
    expect(values.map((node) => node.value ?? node.items)).toEqual([
      [{ name: 'Unanswered message', intensity: null }],
      [{ name: 'Anxious', intensity: 8 }],
      7,
      'withdrew',
      'Ours',
    ]);
  });
});

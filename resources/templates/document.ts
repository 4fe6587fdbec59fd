import { document, paragraph, type SerializedNode } from './lexical-json';
import type { TemplateSection } from './schema';
import { asNode } from './section-nodes';

/** A prompt chosen for a prompt section when the entry is made (a section that asks one from a set). */
export interface PromptFill {
  promptId: string;
  text: string;
}

/** The nodes one section starts as in a new entry. */
export function sectionNodes(section: TemplateSection, fill?: PromptFill): SerializedNode[] {
  const base = { version: 1 as const, sectionId: section.id };
  switch (section.kind) {
    case 'text':
      return [asNode({ ...base, type: 'haven-section', label: section.label, hint: section.hint }), paragraph()];
    case 'intensity':
      return [asNode({ ...base, type: 'haven-intensity', label: section.label, hint: section.hint, value: null })];
    case 'response':
      return [asNode({ ...base, type: 'haven-response', label: section.label, hint: section.hint, value: null })];
    case 'emotions':
    case 'tags':
      return [
        asNode({
          ...base,
          type: 'haven-picker',
          kind: section.kind === 'emotions' ? 'emotion' : section.tagKind,
          label: section.label,
          hint: section.hint,
          withIntensity: section.kind === 'emotions',
          items: [],
        }),
      ];
    case 'choice':
      return [
        asNode({
          ...base,
          type: 'haven-choice',
          label: section.label,
          hint: section.hint,
          options: [...section.options],
          value: null,
        }),
      ];
    case 'prompt':
      return [
        asNode({ ...base, type: 'haven-prompt', promptId: fill?.promptId ?? null, text: fill?.text ?? section.text }),
        paragraph(),
      ];
  }
}

/**
 * The document a new entry from these sections starts with; no sections gives one empty paragraph. `fills` holds
 * the prompts chosen for prompt sections that ask from a set, by section id.
 */
export function templateDoc(
  sections: readonly TemplateSection[],
  fills: Readonly<Record<string, PromptFill>> = {},
): string {
  const nodes = sections.flatMap((section) => sectionNodes(section, fills[section.id]));
  // A document ending in a field would leave no place to write after it.
  if (nodes.length === 0 || nodes.at(-1)?.type !== 'paragraph') nodes.push(paragraph());
  return document(...nodes);
}

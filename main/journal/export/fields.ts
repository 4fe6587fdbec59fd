import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import type { SerializedNode } from '../../../resources/templates/lexical-json';
import {
  RESPONSE_LABELS,
  RESPONSE_VALUES,
  TAG_PICKER_KINDS,
  type ResponseValue,
  type TagPickerKind,
  type TemplateSection,
} from '../../../resources/templates/schema';

/**
 * Haven's own blocks (resources/templates/section-nodes.ts) as the exports show them. Two shapes:
 * - a *field*, one item of the Markdown front matter's `fields` list (docs/EXPORT.md): every block in document
 *   order with what it holds, so Haven's Markdown import puts each back exactly as it was;
 * - a *line* a person reads, "Emotions: Hurt 8/10, Lonely 5/10", which the Markdown and the PDF print where the
 *   block sat.
 * A field leaves out its label, hint and options when they are the built-in template's own, and a reader fills
 * them back from the same template.
 */

export const FIELD_KINDS = ['text', 'prompt', 'emotions', 'tags', 'intensity', 'response', 'choice'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldItem {
  name: string;
  intensity?: number;
}

export interface Field {
  id: string;
  kind: FieldKind;
  label?: string;
  hint?: string;
  /** A prompt's question. */
  text?: string;
  /** A prompt's id in the prompt library, or null for a template's own question. */
  prompt?: string | null;
  /** What a `tags` picker picks from. */
  tag_kind?: TagPickerKind;
  /** Written only when a picker differs from its kind's usual: emotions with strengths, other tags without. */
  with_intensity?: boolean;
  options?: string[];
  value?: FieldItem[] | number | string | null;
}

const HAVEN_BLOCKS: ReadonlySet<unknown> = new Set([
  'haven-section',
  'haven-prompt',
  'haven-picker',
  'haven-intensity',
  'haven-response',
  'haven-choice',
]);

/** Whether a top-level block is one of Haven's template blocks (a tag chip is inline, and not one). */
export const isFieldNode = (node: { type?: unknown }): boolean => HAVEN_BLOCKS.has(node.type);

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function builtinSection(template: string, id: string): TemplateSection | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === template)?.sections.find((s) => s.id === id);
}

const sameList = (a: unknown, b: readonly string[] | undefined) =>
  Array.isArray(a) && b !== undefined && a.length === b.length && a.every((value, i) => value === b[i]);

/** A Haven block as a front-matter field; null for a node that isn't one. */
export function toField(node: Record<string, unknown>, template: string): Field | null {
  const id = str(node.sectionId);
  const known = id ? builtinSection(template, id) : undefined;
  const field: Field = { id, kind: 'text' };
  const describe = () => {
    const knownLabel = known && 'label' in known ? known.label : undefined;
    const knownHint = known && 'hint' in known ? known.hint : undefined;
    if (str(node.label) !== knownLabel || str(node.hint) !== knownHint) {
      field.label = str(node.label);
      field.hint = str(node.hint);
    }
  };
  switch (node.type) {
    case 'haven-section':
      describe();
      return field;
    case 'haven-prompt':
      return {
        id,
        kind: 'prompt',
        text: str(node.text),
        prompt: typeof node.promptId === 'string' ? node.promptId : null,
      };
    case 'haven-picker': {
      const kind = TAG_PICKER_KINDS.includes(node.kind as TagPickerKind) ? (node.kind as TagPickerKind) : 'emotion';
      const withIntensity = node.withIntensity === true;
      if (kind === 'emotion' && withIntensity) field.kind = 'emotions';
      else {
        field.kind = 'tags';
        field.tag_kind = kind;
        if (withIntensity) field.with_intensity = true;
      }
      describe();
      const items = Array.isArray(node.items) ? (node.items as Record<string, unknown>[]) : [];
      field.value = items
        .filter((item) => typeof item?.name === 'string')
        .map((item) =>
          typeof item.intensity === 'number'
            ? { name: str(item.name), intensity: item.intensity }
            : { name: str(item.name) },
        );
      return field;
    }
    case 'haven-intensity':
      field.kind = 'intensity';
      describe();
      field.value = typeof node.value === 'number' ? node.value : null;
      return field;
    case 'haven-response':
      field.kind = 'response';
      describe();
      field.value = RESPONSE_VALUES.includes(node.value as ResponseValue) ? (node.value as string) : null;
      return field;
    case 'haven-choice': {
      field.kind = 'choice';
      describe();
      const options = Array.isArray(node.options) ? node.options.map(str) : [];
      if (!(known?.kind === 'choice' && sameList(options, known.options))) field.options = options;
      field.value = typeof node.value === 'string' ? node.value : null;
      return field;
    }
    default:
      return null;
  }
}

/** A front-matter field back as the block it was; `template` fills in what the field left out. */
export function fromField(field: Field, template: string): SerializedNode {
  const known = field.id ? builtinSection(template, field.id) : undefined;
  const label = field.label ?? (known && 'label' in known ? known.label : '');
  const hint = field.hint ?? (known && 'hint' in known ? known.hint : '');
  const base = { version: 1, sectionId: field.id };
  switch (field.kind) {
    case 'text':
      return { ...base, type: 'haven-section', label, hint };
    case 'prompt':
      return { ...base, type: 'haven-prompt', promptId: field.prompt ?? null, text: field.text ?? '' };
    case 'emotions':
    case 'tags': {
      const items = Array.isArray(field.value) ? field.value : [];
      return {
        ...base,
        type: 'haven-picker',
        kind: field.kind === 'emotions' ? 'emotion' : (field.tag_kind ?? 'trigger'),
        label,
        hint,
        withIntensity: field.with_intensity ?? field.kind === 'emotions',
        items: items.map((item) => ({ name: item.name, intensity: item.intensity ?? null })),
      };
    }
    case 'intensity':
      return {
        ...base,
        type: 'haven-intensity',
        label,
        hint,
        value: typeof field.value === 'number' ? field.value : null,
      };
    case 'response':
      return {
        ...base,
        type: 'haven-response',
        label,
        hint,
        value: typeof field.value === 'string' ? field.value : null,
      };
    case 'choice':
      return {
        ...base,
        type: 'haven-choice',
        label,
        hint,
        options: field.options ?? (known?.kind === 'choice' ? [...known.options] : []),
        value: typeof field.value === 'string' ? field.value : null,
      };
  }
}

/** "Emotions:" but "Is this mine, ours, or both?": a label that ends in its own punctuation keeps it. */
export const lineLabel = (label: string): string => (/[?:.!…]$/u.test(label) ? label : `${label}:`);

/**
 * What a value block reads as on a page: its label and value ("Emotions", "Hurt 8/10, Lonely 5/10"); null for
 * a block with nothing set, or one that isn't a value (a section's heading, a prompt).
 */
export function fieldLine(node: Record<string, unknown>): { label: string; value: string } | null {
  const label = (fallback: string) => lineLabel(str(node.label) || fallback);
  switch (node.type) {
    case 'haven-picker': {
      const items = Array.isArray(node.items) ? (node.items as Record<string, unknown>[]) : [];
      const names = items
        .filter((item) => typeof item?.name === 'string' && item.name)
        .map((item) => `${str(item.name)}${typeof item.intensity === 'number' ? ` ${item.intensity}/10` : ''}`);
      return names.length ? { label: label('Tags'), value: names.join(', ') } : null;
    }
    case 'haven-intensity':
      return typeof node.value === 'number' ? { label: label('Intensity'), value: `${node.value}/10` } : null;
    case 'haven-response': {
      const value = RESPONSE_LABELS[node.value as ResponseValue];
      return value ? { label: label('Response'), value } : null;
    }
    case 'haven-choice':
      return typeof node.value === 'string' && node.value ? { label: label('Choice'), value: node.value } : null;
    default:
      return null;
  }
}

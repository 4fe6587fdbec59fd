import {
  SECTION_KINDS,
  type SectionKind,
  type TagPickerKind,
  type TemplateSectionInput,
} from '../../../../resources/templates/schema';

/** Section kinds by the names a person sees in the template editor. */
export const SECTION_KIND_NAMES: Readonly<Record<SectionKind, string>> = {
  text: 'Writing space',
  emotions: 'Emotions with strength',
  intensity: 'Intensity slider',
  tags: 'Tag picker',
  response: 'Response',
  choice: 'Small choice',
  prompt: 'Prompt',
};

export const SECTION_KIND_HINTS: Readonly<Record<SectionKind, string>> = {
  text: 'A heading with room to write underneath.',
  emotions: 'Emotion words from the vocabulary, each with how strong it was.',
  intensity: 'A slider from 0 to 10.',
  tags: 'Triggers, emotions or needs, picked from your words.',
  response: 'What I did: Pursued, Withdrew, Froze or Stayed present.',
  choice: 'Two to five short options to pick from.',
  prompt: 'A question shown above the writing; not part of what you write.',
};

export const TAG_PICKER_NAMES: Readonly<Record<TagPickerKind, string>> = {
  trigger: 'Triggers',
  emotion: 'Emotions',
  need: 'Needs',
};

export { SECTION_KINDS };

const DEFAULT_LABELS: Readonly<Record<Exclude<SectionKind, 'prompt'>, string>> = {
  text: 'What happened',
  emotions: 'Emotions',
  intensity: 'Intensity',
  tags: 'Triggers',
  response: 'What I did',
  choice: 'Which fits',
};

/** A short slug of a label, for a section id. */
function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30)
    .replace(/-+$/, '');
  return base || 'section';
}

/**
 * An id for a new section, unique in its template. Ids are given once and kept when the label changes, so
 * entries written from an earlier version still match their sections.
 */
export function sectionId(seed: string, taken: readonly string[]): string {
  const base = slug(seed);
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** A new section of a kind, with a starting label the person can change. */
export function newSection(kind: SectionKind, taken: readonly string[]): TemplateSectionInput {
  if (kind === 'prompt') return { kind, id: sectionId('prompt', taken), text: '' };
  const label = DEFAULT_LABELS[kind];
  const id = sectionId(label, taken);
  if (kind === 'tags') return { kind, id, label, hint: '', tagKind: 'trigger' };
  if (kind === 'choice') return { kind, id, label, hint: '', options: ['Yes', 'Not really'] };
  return { kind, id, label, hint: '' };
}

/** What a section is called in names and messages: its label, or a prompt's question. */
export function sectionTitle(section: TemplateSectionInput, index: number): string {
  const title = section.kind === 'prompt' ? section.text : section.label;
  const trimmed = title.trim();
  if (!trimmed) return `section ${index + 1}`;
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed;
}

/** A copy of the list with one item moved by `by` places; the same list when it can't move. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1) as [T];
  next.splice(to, 0, item);
  return next;
}

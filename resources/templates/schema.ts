import { z } from 'zod';
import { PROMPT_SETS } from '../prompts/schema';

/**
 * What a template is: an ordered list of sections. Built-in templates (builtin.ts) and the person's own (kept
 * in the vault) share this shape, and `templateDoc` (document.ts) turns one into the document a new entry
 * starts with. An entry's document holds a copy of every section it was made from, so it renders and
 * derives the same after its template changes or is deleted.
 */

export const TAG_PICKER_KINDS = ['trigger', 'emotion', 'need'] as const;
export type TagPickerKind = (typeof TAG_PICKER_KINDS)[number];

export const RESPONSE_VALUES = ['pursued', 'withdrew', 'froze', 'stayed-present'] as const;
export type ResponseValue = (typeof RESPONSE_VALUES)[number];
export const RESPONSE_LABELS: Readonly<Record<ResponseValue, string>> = {
  pursued: 'Pursued',
  withdrew: 'Withdrew',
  froze: 'Froze',
  'stayed-present': 'Stayed present',
};

export const SECTION_KINDS = ['text', 'emotions', 'intensity', 'tags', 'response', 'choice', 'prompt'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

const sectionId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'a section id made of lowercase letters, digits and dashes');
const label = z.string().trim().min(1, 'Give the section a name.').max(120, 'Keep the name under 120 characters.');
const hint = z.string().trim().max(300, 'Keep the hint under 300 characters.').default('');

export const TemplateSection = z.discriminatedUnion('kind', [
  /** A heading with a quiet hint, followed by the person's own rich text. */
  z.object({ kind: z.literal('text'), id: sectionId, label, hint }),
  /** Emotion words from the vocabulary, each with an optional intensity. */
  z.object({ kind: z.literal('emotions'), id: sectionId, label, hint }),
  /** A slider from 0 to 10. */
  z.object({ kind: z.literal('intensity'), id: sectionId, label, hint }),
  /** A tag picker over one kind of the vocabulary. */
  z.object({ kind: z.literal('tags'), id: sectionId, label, hint, tagKind: z.enum(TAG_PICKER_KINDS) }),
  /** What I did: Pursued, Withdrew, Froze, Stayed present. */
  z.object({ kind: z.literal('response'), id: sectionId, label, hint }),
  /** A small choice between two to five short options. */
  z.object({
    kind: z.literal('choice'),
    id: sectionId,
    label,
    hint,
    options: z
      .array(z.string().trim().min(1, 'An option needs a name.').max(60, 'Keep options under 60 characters.'))
      .min(2, 'A choice needs at least two options.')
      .max(5, 'Offer at most five options.'),
  }),
  /** A question shown above the person's answer; not part of what they wrote. */
  z.object({
    kind: z.literal('prompt'),
    id: sectionId,
    text: z.string().trim().min(1, 'Write the question.').max(400, 'Keep the question under 400 characters.'),
    /** Ask one prompt from this set instead, chosen when the entry is made; `text` is asked if none is left. */
    set: z.enum(PROMPT_SETS).optional(),
  }),
]);
export type TemplateSection = z.infer<typeof TemplateSection>;
export type TemplateSectionInput = z.input<typeof TemplateSection>;

export const TemplateIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a template id');

/** What the person edits: a template without its version and origin. */
export const TemplateDraft = z.object({
  id: TemplateIdSchema.optional(),
  name: z.string().trim().min(1, 'Give the template a name.').max(80, 'Keep the name under 80 characters.'),
  description: z.string().trim().max(200, 'Keep the description under 200 characters.').default(''),
  sections: z
    .array(TemplateSection)
    .max(40, 'A template holds at most 40 sections.')
    .refine((sections) => new Set(sections.map((s) => s.id)).size === sections.length, 'Two sections share an id.'),
});
export type TemplateDraft = z.input<typeof TemplateDraft>;

export const Template = z.object({
  id: TemplateIdSchema,
  name: z.string(),
  description: z.string(),
  /** Starts at 1 and goes up each time the template is saved; entries record the version they started from. */
  version: z.number().int().min(1),
  builtin: z.boolean(),
  sections: z.array(TemplateSection),
});
export type Template = z.infer<typeof Template>;

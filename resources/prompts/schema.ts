import { z } from 'zod';

/**
 * What a prompt is: one question or gentle invitation, written for Haven, tagged so the app can offer the
 * ones that fit the moment. Prompt ids are stable because an entry's prompt node records the id it came from.
 */

export const PROMPT_THEMES = [
  'naming-emotions',
  'triggers',
  'i-statements',
  'reassurance',
  'space-autonomy',
  'repair',
  'gratitude',
  'thresholds',
  'roles-under-stress',
  'teamwork',
  'self-care',
] as const;
export type PromptTheme = (typeof PROMPT_THEMES)[number];

/**
 * Who a prompt is most likely to help. 'leans-anxious' speaks to the side that reaches out and wants the bond
 * settled; 'leans-avoidant' to the side that steps back and handles things alone. Most people have some of both,
 * so the app offers these as a choice the person makes for themselves, never as a verdict.
 */
export const PROMPT_FITS = ['leans-anxious', 'leans-avoidant', 'anyone'] as const;
export type PromptFit = (typeof PROMPT_FITS)[number];

/** 'light' suits a tired evening; 'deeper' asks for more time and care. */
export const PROMPT_DEPTHS = ['light', 'deeper'] as const;
export type PromptDepth = (typeof PROMPT_DEPTHS)[number];

/** Small hand-picked sets the app offers at two moments: after a hard moment, and before a talk together. */
export const PROMPT_SETS = ['after-hard-moment', 'before-conversation'] as const;
export type PromptSet = (typeof PROMPT_SETS)[number];

const promptId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case prompt id');
const wording = z.string().trim().min(1).max(240);

export const Prompt = z.object({
  id: promptId,
  text: wording,
  themes: z
    .array(z.enum(PROMPT_THEMES))
    .min(1)
    .refine((themes) => new Set(themes).size === themes.length, 'A theme is listed twice.'),
  fit: z.enum(PROMPT_FITS),
  depth: z.enum(PROMPT_DEPTHS),
  /** A second, optional question for when the first one opened something up. */
  followUp: wording.optional(),
  sets: z
    .array(z.enum(PROMPT_SETS))
    .min(1)
    .refine((sets) => new Set(sets).size === sets.length, 'A set is listed twice.')
    .optional(),
});
export type Prompt = z.infer<typeof Prompt>;

export interface ThemeInfo {
  id: PromptTheme;
  /** A plain name, shown where a person picks what to reflect on. */
  name: string;
  /** One line, at most 120 characters. */
  description: string;
}

/** The two fits a tendency can point to; 'anyone' is what every prompt without a lean already is. */
export type TendencyFit = Exclude<PromptFit, 'anyone'>;

export interface Tendency {
  /** Stable kebab-case id, so a person's choice survives rewording. */
  id: string;
  /** A first-person habit a person may recognise in themselves; a description, never a label. */
  text: string;
  fit: TendencyFit;
}

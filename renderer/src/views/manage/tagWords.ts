import type { TagColour, TagInfo, TagKind } from '../../../../preload/contract';
import { EMOTION_FAMILIES, FEARS, type FearId } from '../../../../resources/vocabulary';

/** The four kinds of words, as their tabs name them. */
export const KIND_TITLES: Readonly<Record<TagKind, string>> = {
  trigger: 'Triggers',
  emotion: 'Emotions',
  need: 'Needs',
  tag: 'Tags',
};

export const COLOUR_NAMES: Readonly<Record<TagColour, string>> = {
  rose: 'Rose',
  amber: 'Amber',
  leaf: 'Leaf',
  teal: 'Teal',
  sky: 'Sky',
  violet: 'Violet',
  slate: 'Slate',
};

/** How a trigger's older fear is asked about: in everyday words, as something a moment can stir up. */
export const STIR_LABEL = 'What it can stir up';

/** Each fear as a choice under "What it can stir up": "A fear of being left or not mattering". */
export const FEAR_CHOICES: Readonly<Record<FearId, string>> = {
  'being-left': `A fear of ${FEARS['being-left'].name.toLowerCase()}`,
  'being-controlled': `A fear of ${FEARS['being-controlled'].name.toLowerCase()}`,
};

const FAMILY_NAMES = new Map(EMOTION_FAMILIES.map((family) => [family.id, family.name]));
export const familyName = (id: string | null): string | null => (id ? (FAMILY_NAMES.get(id) ?? null) : null);

/** Names compare the way the vault links them: case, extra spaces and accents aside. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase();
}

export const tagKey = (tag: Pick<TagInfo, 'kind' | 'name'>) => `${tag.kind}:${foldName(tag.name)}`;

/** "1 entry", "3,816 entries": the number as the person's language writes it. */
export const entriesPhrase = (count: number) => `${count.toLocaleString()} ${count === 1 ? 'entry' : 'entries'}`;

/** A word's use count as its row shows it: "3 entries", or "Not used yet". */
export function countPhrase(count: number): string {
  return count === 0 ? 'Not used yet' : entriesPhrase(count);
}

import { EMOTIONS, type Emotion } from './emotions';
import { NEEDS, type Need } from './needs';
import { TRIGGERS, type Trigger } from './triggers';

export { EMOTION_FAMILIES, EMOTIONS, type Emotion, type EmotionFamily, type EmotionFamilyId } from './emotions';
export { FEAR_IDS, FEARS, TRIGGERS, type Fear, type FearId, type Trigger } from './triggers';
export { NEEDS, type Need } from './needs';

/** Tags are typed by hand and imported from other apps, so "  at   EASE " still links to "At ease". */
export function normalizeVocabularyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function byName<T extends { name: string }>(items: readonly T[]): (name: string) => T | undefined {
  const index = new Map(items.map((item) => [normalizeVocabularyName(item.name), item]));
  return (name) => index.get(normalizeVocabularyName(name));
}

/** The built-in emotion with this name, or undefined when the name is the person's own word. */
export const findEmotion: (name: string) => Emotion | undefined = byName(EMOTIONS);

/** The built-in trigger with this name, or undefined when the name is the person's own. */
export const findTrigger: (name: string) => Trigger | undefined = byName(TRIGGERS);

/** The built-in need with this name, or undefined when the name is the person's own. */
export const findNeed: (name: string) => Need | undefined = byName(NEEDS);

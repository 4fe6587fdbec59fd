import type { Page } from '@playwright/test';
import { document, paragraph, text } from '../../../resources/templates/lexical-json';
import { asNode } from '../../../resources/templates/section-nodes';

/**
 * A generated 90-night journal: one trigger log a night, from a seeded generator, so every count the specs check is
 * worked out here from the same data. Each entry's "what happened" holds a marker word of its own, to show which
 * entries' words reached an export.
 */
export const TRIGGERS = [
  'Unanswered message',
  'Feeling dismissed',
  'Plans changed at the last minute',
  'Partner busy or distracted',
] as const;
const EMOTIONS = ['Hurt', 'Angry', 'Sad', 'Lonely'] as const;
const NEEDS = ['Reassurance', 'Closeness', 'Space'] as const;
const RESPONSES = ['pursued', 'withdrew', 'froze', 'stayed-present'] as const;

export interface Night {
  /** 0 is today. */
  daysAgo: number;
  title: string;
  marker: string;
  triggers: string[];
  doc: string;
}

/** mulberry32: small, fast and the same everywhere. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base = { version: 1 as const };

export function generateNights(count = 90, seed = 7): Night[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const nights: Night[] = [];
  for (let daysAgo = 0; daysAgo < count; daysAgo += 1) {
    const triggers = new Set<string>();
    // Unanswered messages come up every other night and now and then besides: clearly the most frequent.
    if (daysAgo % 2 === 0 || random() < 0.15) triggers.add(TRIGGERS[0]);
    for (const other of TRIGGERS.slice(1)) if (random() < 0.2) triggers.add(other);
    if (triggers.size === 0) triggers.add(pick(TRIGGERS.slice(1)));
    const emotion = pick(EMOTIONS);
    const marker = `marker${String(daysAgo).padStart(2, '0')}q`;
    const title = `Night ${daysAgo}`;
    const doc = document(
      asNode({ ...base, type: 'haven-section', sectionId: 'what-happened', label: 'What happened', hint: '' }),
      paragraph(text(`Generated evening ${marker}: a quiet kitchen and a phone face down.`)),
      asNode({
        ...base,
        type: 'haven-picker',
        sectionId: 'triggers',
        kind: 'trigger',
        label: 'Triggers',
        hint: '',
        withIntensity: false,
        items: [...triggers].map((name) => ({ name, intensity: null })),
      }),
      asNode({
        ...base,
        type: 'haven-picker',
        sectionId: 'emotions',
        kind: 'emotion',
        label: 'Emotions',
        hint: '',
        withIntensity: true,
        items: [{ name: emotion, intensity: 3 + Math.floor(random() * 7) }],
      }),
      asNode({
        ...base,
        type: 'haven-intensity',
        sectionId: 'intensity',
        label: 'Intensity',
        hint: '',
        value: 2 + Math.floor(random() * 8),
      }),
      asNode({
        ...base,
        type: 'haven-response',
        sectionId: 'response',
        label: 'Response',
        hint: '',
        value: pick(RESPONSES),
      }),
      asNode({
        ...base,
        type: 'haven-picker',
        sectionId: 'needs',
        kind: 'need',
        label: 'Needs',
        hint: '',
        withIntensity: false,
        items: [{ name: pick(NEEDS), intensity: null }],
      }),
      paragraph(),
    );
    nights.push({ daysAgo, title, marker, triggers: [...triggers], doc });
  }
  return nights;
}

/** Saves the nights through the app's own bridge, each dated that many days before the page's today. */
export async function saveNights(page: Page, nights: Night[]): Promise<void> {
  const failures = await page.evaluate(async (items) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const failed: string[] = [];
    for (const night of items) {
      const day = new Date();
      day.setDate(day.getDate() - night.daysAgo);
      const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
      const result = await window.haven.entries.save({
        date,
        title: night.title,
        template: 'trigger-log',
        doc: night.doc,
      });
      if (!result.ok) failed.push(result.error.message);
    }
    return failed;
  }, nights);
  if (failures.length > 0) throw new Error(`Saving the generated nights failed: ${failures[0]}`);
}

import type { Tendency } from './schema';

/**
 * Habits a person may recognise in themselves, used only to suggest prompts that fit. They describe what
 * someone does under strain, not who they are; most people recognise something on both sides.
 */
export const TENDENCIES_NOTE =
  'Most people recognise a little of both. These are habits learned along the way, and they can change.';

export const TENDENCIES: readonly Tendency[] = [
  {
    id: 'reach-out-when-distant',
    text: 'When things feel distant, I reach out more and want to settle it quickly.',
    fit: 'leans-anxious',
  },
  {
    id: 'wonder-at-silence',
    text: 'When a reply is slow, I start to wonder what it means about us.',
    fit: 'leans-anxious',
  },
  {
    id: 'steadier-with-words',
    text: 'I feel steadier when I hear, in so many words, that we are okay.',
    fit: 'leans-anxious',
  },
  {
    id: 'quiet-when-heated',
    text: 'When things get heated, I go quiet and need time alone.',
    fit: 'leans-avoidant',
  },
  {
    id: 'sort-it-alone',
    text: 'When something is hard, I would rather sort it out on my own first.',
    fit: 'leans-avoidant',
  },
  {
    id: 'crowded-by-asks',
    text: 'When a lot is asked of me at once, I feel crowded and want to step back.',
    fit: 'leans-avoidant',
  },
];

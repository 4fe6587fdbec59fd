import type { PromptTheme, ThemeInfo } from './schema';

/** What each theme is about, in the words a person sees when choosing what to reflect on. */
export const THEMES: Readonly<Record<PromptTheme, ThemeInfo>> = {
  'naming-emotions': {
    id: 'naming-emotions',
    name: 'Naming emotions',
    description: 'Finding words for what you feel, and letting it be there without judging it.',
  },
  triggers: {
    id: 'triggers',
    name: 'Triggers',
    description: 'Moments that sting more than they seem to, and the older fear they touch.',
  },
  'i-statements': {
    id: 'i-statements',
    name: 'Saying it with “I”',
    description: 'Putting what you feel and need into words that open a conversation rather than close it.',
  },
  reassurance: {
    id: 'reassurance',
    name: 'Reassurance and reaching out',
    description: 'For the side of you that reaches for closeness and wants to know the bond is steady.',
  },
  'space-autonomy': {
    id: 'space-autonomy',
    name: 'Space and room to breathe',
    description: 'For the side of you that needs distance to settle, and how to take it while staying close.',
  },
  repair: {
    id: 'repair',
    name: 'Repair',
    description: 'Coming back together after a hard moment, one small and concrete step at a time.',
  },
  gratitude: {
    id: 'gratitude',
    name: 'Gratitude and small moments',
    description: 'Noticing what is good between you and in your day, however small.',
  },
  thresholds: {
    id: 'thresholds',
    name: 'Now or later',
    description: 'Telling what needs a response soon from what can keep until a calmer time.',
  },
  'roles-under-stress': {
    id: 'roles-under-stress',
    name: 'Roles under stress',
    description: 'Who finds out the facts, who handles the tasks and who tends to feelings when things get hard.',
  },
  teamwork: {
    id: 'teamwork',
    name: 'Being a team',
    description: 'The story of the two of you facing things side by side, with room for each of you.',
  },
  'self-care': {
    id: 'self-care',
    name: 'Caring for yourself',
    description: 'Your own rest, support and steadiness, apart from anyone else.',
  },
};

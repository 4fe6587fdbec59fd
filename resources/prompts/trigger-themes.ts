import type { PromptTheme } from './schema';

/**
 * The themes each built-in trigger (resources/vocabulary/triggers.ts) touches, so a trigger tagged tonight can
 * lead to prompts that help with it. Every trigger touches the 'triggers' theme, so it is left out here and
 * only the others are listed, most relevant first.
 */
export const TRIGGER_THEMES: Readonly<Record<string, readonly PromptTheme[]>> = {
  // Being left or not mattering
  'feeling-dismissed': ['reassurance', 'naming-emotions', 'i-statements'],
  'unanswered-message': ['reassurance', 'thresholds', 'self-care'],
  'plans-changed-last-minute': ['reassurance', 'i-statements', 'thresholds'],
  'partner-withdrawn': ['reassurance', 'space-autonomy', 'self-care'],
  'feeling-unappreciated': ['gratitude', 'i-statements', 'roles-under-stress'],
  'partner-distracted': ['reassurance', 'thresholds', 'i-statements'],
  'time-apart': ['reassurance', 'self-care', 'teamwork'],
  'attention-elsewhere': ['reassurance', 'naming-emotions', 'i-statements'],
  'forgotten-promise': ['repair', 'i-statements', 'reassurance'],
  'hurried-goodbye': ['reassurance', 'teamwork', 'gratitude'],
  'request-for-space': ['reassurance', 'space-autonomy', 'self-care'],
  'being-compared': ['naming-emotions', 'self-care', 'i-statements'],
  'argument-left-open': ['repair', 'thresholds', 'reassurance'],
  'not-asked-how-you-are': ['reassurance', 'i-statements', 'gratitude'],

  // Being controlled or crowded
  'feeling-controlled': ['space-autonomy', 'i-statements', 'teamwork'],
  'pressure-for-closeness': ['space-autonomy', 'i-statements', 'teamwork'],
  criticism: ['i-statements', 'repair', 'naming-emotions'],
  'told-what-to-do': ['space-autonomy', 'roles-under-stress', 'i-statements'],
  'asked-to-account': ['space-autonomy', 'reassurance', 'i-statements'],
  'many-messages': ['space-autonomy', 'thresholds', 'i-statements'],
  'sudden-talk-about-us': ['thresholds', 'space-autonomy', 'teamwork'],
  'plans-made-without-you': ['teamwork', 'i-statements', 'space-autonomy'],
  'big-feelings-nearby': ['naming-emotions', 'space-autonomy', 'self-care'],
  'no-time-alone': ['space-autonomy', 'self-care', 'i-statements'],
  'interrupted-while-focused': ['space-autonomy', 'thresholds', 'i-statements'],
  'unspoken-expectations': ['i-statements', 'roles-under-stress', 'teamwork'],
  'pushed-to-decide': ['space-autonomy', 'thresholds', 'roles-under-stress'],
  'unasked-for-advice': ['roles-under-stress', 'i-statements', 'naming-emotions'],
};

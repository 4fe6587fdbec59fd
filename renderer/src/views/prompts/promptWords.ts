import type { PromptView } from '../../../../preload/contract';
import { THEMES, type PromptDepth, type PromptFit, type PromptTheme } from '../../../../resources/prompts';

/** What each fit says to a person: who a prompt may help, in their own habits, never a label for them. */
export const FIT_NAMES: Readonly<Record<PromptFit, string>> = {
  anyone: 'For anyone',
  'leans-anxious': 'If you reach out when things feel distant',
  'leans-avoidant': 'If you step back when things get heated',
};

export const DEPTH_NAMES: Readonly<Record<PromptDepth, string>> = {
  light: 'Light',
  deeper: 'Deeper',
};

export const DEPTH_HINTS: Readonly<Record<PromptDepth, string>> = {
  light: 'For a tired evening.',
  deeper: 'Asks for more time and care.',
};

export const themeName = (theme: PromptTheme): string => THEMES[theme].name;

export function answeredPhrase(count: number): string {
  if (count === 0) return 'Not answered yet';
  if (count === 1) return 'Answered once';
  if (count === 2) return 'Answered twice';
  return `Answered ${count} times`;
}

/** The first few words of a prompt, enough to tell it apart in a button's name ("Hide “What are you…”"). */
export function shortForm(text: string, words = 7): string {
  const parts = text.trim().split(/\s+/);
  if (parts.length <= words) return parts.join(' ');
  return `${parts
    .slice(0, words)
    .join(' ')
    .replace(/[\s,;:.!?—–-]+$/, '')}…`;
}

/** Text compares with case, accents and curly quotes aside, so “don't” finds “don’t”. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
}

export const searchableText = (prompt: PromptView): string => foldText(`${prompt.text} ${prompt.followUp ?? ''}`);

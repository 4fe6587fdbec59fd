export {
  Prompt,
  PROMPT_DEPTHS,
  PROMPT_FITS,
  PROMPT_SETS,
  PROMPT_THEMES,
  type PromptDepth,
  type PromptFit,
  type PromptSet,
  type PromptTheme,
  type Tendency,
  type TendencyFit,
  type ThemeInfo,
} from './schema';
export { PROMPTS } from './library';
export { THEMES } from './themes';
export { TRIGGER_THEMES } from './trigger-themes';
export { TENDENCIES, TENDENCIES_NOTE } from './tendencies';

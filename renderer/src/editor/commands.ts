import { createCommand, type LexicalCommand } from 'lexical';

/** Ask for a link address for the selection (or edit the link the caret is in). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG_COMMAND');

/** Enter or leave distraction-free mode. */
export const TOGGLE_FOCUS_MODE_COMMAND: LexicalCommand<void> = createCommand('TOGGLE_FOCUS_MODE_COMMAND');

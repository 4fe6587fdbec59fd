import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { actionForKey, runAction } from '../actions';

/**
 * The shortcut table (actions.ts) inside the editor. It runs before Lexical's own key handling, so bold, undo and
 * the rest behave the same here as from the toolbar; keys it doesn't know (Ctrl/Cmd+K, Ctrl/Cmd+L) pass through
 * untouched to the window.
 */
export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = actionForKey(event);
          if (!action) return false;
          event.preventDefault();
          runAction(editor, action);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}

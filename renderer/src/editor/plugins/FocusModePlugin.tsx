import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { ACTIONS, actionForKey } from '../actions';
import { TOGGLE_FOCUS_MODE_COMMAND } from '../commands';

const inDialog = (target: EventTarget | null) => target instanceof Element && target.closest('dialog') !== null;

/**
 * Distraction-free mode: while `on`, the page carries `data-focus-mode="on"` on its root element, and
 * editor.css hides the navigation and the toolbar and widens the writing column. The shortcut works from
 * anywhere on the page; Escape leaves (unless a dialog is open, which Escape closes first).
 */
export function FocusModePlugin({ on, onToggle }: { on: boolean; onToggle: (on: boolean) => void }): null {
  const [editor] = useLexicalComposerContext();
  const state = useRef({ on, onToggle });
  useLayoutEffect(() => {
    state.current = { on, onToggle };
  });

  useEffect(
    () =>
      editor.registerCommand(
        TOGGLE_FOCUS_MODE_COMMAND,
        () => {
          state.current.onToggle(!state.current.on);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  useEffect(() => {
    const root = document.documentElement;
    if (!on) return;
    root.dataset.focusMode = 'on';
    // The toolbar hides: keep the caret in the writing, not on a button that is gone.
    if (!editor.getRootElement()?.contains(document.activeElement)) editor.focus();
    // The page reflows (no sidebar, a wider column): show the caret where it was, and the entry's first line
    // too when the caret is within the first screenful.
    requestAnimationFrame(() => {
      const input = editor.getRootElement();
      const selection = window.getSelection();
      const caret = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
      if (!input) return;
      const top = input.getBoundingClientRect().top + window.scrollY;
      const caretAt = caret && caret.height > 0 ? caret.top + window.scrollY : top;
      if (caretAt - top < window.innerHeight * 0.6) input.scrollIntoView({ block: 'start' });
      else selection?.focusNode?.parentElement?.scrollIntoView({ block: 'center' });
    });
    return () => {
      delete root.dataset.focusMode;
    };
  }, [on, editor]);

  // The shortcut from outside the editor, and Escape. Handlers inside the editor and the toolbar call
  // preventDefault on what they handle, so nothing toggles twice.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || inDialog(event.target)) return;
      const leaving = state.current.on && event.key === 'Escape' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (leaving || actionForKey(event) === ACTIONS.focus.id) {
        event.preventDefault();
        state.current.onToggle(!state.current.on);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return null;
}

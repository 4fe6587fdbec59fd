import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG } from 'lexical';
import { useLayoutEffect, useRef } from 'react';
import { registerFlush } from '../pending';

/**
 * Hands the serialized document to `onChange` at most every `waitMs` while the person types, and at once when
 * the editor loses focus, before a lock, and when it goes away. Serializing a long entry on every keystroke
 * would cost typing its smoothness (DESIGN §6); the autosave debounces the saving itself.
 */
export function DocumentChangePlugin({
  onChange,
  onBlur,
  waitMs = 300,
}: {
  onChange: (doc: string) => void;
  onBlur: () => void;
  waitMs?: number;
}): null {
  const [editor] = useLexicalComposerContext();
  const handlers = useRef({ onChange, onBlur });
  useLayoutEffect(() => {
    handlers.current = { onChange, onBlur };
  });

  // Layout effects, so that on the way out the last words reach the autosave before its own cleanup runs, and
  // so this flush is registered (and runs) before the autosave's.
  useLayoutEffect(() => {
    let changed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // What the document was when it opened, as the editor writes it: an update that changes nothing (a plugin
    // reconciling every table when it starts, say) is not an edit, and an entry nobody touched is never saved.
    let last = JSON.stringify(editor.getEditorState().toJSON());
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (!changed) return;
      changed = false;
      const doc = JSON.stringify(editor.getEditorState().toJSON());
      if (doc === last) return;
      last = doc;
      handlers.current.onChange(doc);
    };
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        const selectionOnly = dirtyElements.size === 0 && dirtyLeaves.size === 0;
        if (selectionOnly || tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
        changed = true;
        timer ??= setTimeout(flush, waitMs);
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flush();
          handlers.current.onBlur();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      registerFlush(async () => flush()),
    );
    return () => {
      unregister();
      flush();
    };
  }, [editor, waitMs]);

  return null;
}

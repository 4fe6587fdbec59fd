import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { useEffect } from 'react';

/**
 * Lexical renders a check list item as <li role="checkbox" aria-checked>. A list may only hold list items, so a
 * check list's <ul> says what it is instead: a group of checkboxes.
 */
export function CheckListRolePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(ListNode, (mutations) => {
        // Read the committed state as it is: editor.read() here would flush updates still pending.
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const element = editor.getElementByKey(key);
            const node = $getNodeByKey(key);
            if (!element) continue;
            if ($isListNode(node) && node.getListType() === 'check') element.setAttribute('role', 'group');
            else element.removeAttribute('role');
          }
        });
      }),
    [editor],
  );
  return null;
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getNodeByKey, type LexicalNode, type NodeKey } from 'lexical';
import { useCallback } from 'react';

/**
 * Changes one node from inside its own React view. The change is an ordinary editor update, so it is saved
 * like typing and Undo takes it back.
 */
export function useFieldUpdate<T extends LexicalNode>(
  nodeKey: NodeKey,
  is: (node: LexicalNode | null) => node is T,
): { update: (change: (node: T) => void) => void; editable: boolean } {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const update = useCallback(
    (change: (node: T) => void) => {
      editor.update(() => {
        const node = $getNodeByKey(nodeKey);
        if (is(node)) change(node.getWritable());
      });
    },
    [editor, nodeKey, is],
  );
  return { update, editable };
}

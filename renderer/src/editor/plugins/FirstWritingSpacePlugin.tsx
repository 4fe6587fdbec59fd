import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type ElementNode } from 'lexical';
import { useEffect } from 'react';
import { $isHavenPromptNode } from '../nodes/HavenPromptNode';
import { $isHavenSectionNode } from '../nodes/HavenSectionNode';

/** The first place a person writes: the space under the first heading or prompt, else the first block. */
function $firstWritingSpace(): ElementNode | null {
  const children = $getRoot().getChildren();
  for (const [index, node] of children.entries()) {
    if ($isHavenSectionNode(node) || $isHavenPromptNode(node)) {
      const next = children[index + 1];
      if ($isElementNode(next)) return next;
    }
  }
  const first = children.find((node) => $isElementNode(node));
  return first && $isElementNode(first) ? first : null;
}

/**
 * Typing lands: when an entry opens (after unlock, from "New entry", from Timeline or Search), the caret goes
 * to the end of its first writing space, so a tired person can just start. It only takes focus that nobody
 * else has: the view's heading (where moving between views puts it) or nothing at all, never a field or a
 * button the person has already reached.
 */
export function FirstWritingSpacePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const active = document.activeElement;
    const unclaimed = !active || active === document.body || active.tagName === 'H1';
    if (!unclaimed || !editor.isEditable()) return;
    const root = editor.getRootElement();
    root?.focus({ preventScroll: true });
    editor.update(() => {
      $firstWritingSpace()?.selectEnd();
    });
  }, [editor]);
  return null;
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { SectionNode } from '../nodes/FieldNode';
import { $isHavenPromptNode } from '../nodes/HavenPromptNode';
import { $isHavenSectionNode } from '../nodes/HavenSectionNode';

/** Where Tab can land in an entry: a field's controls, or the writing space after a heading or a prompt. */
type Stop = { index: number; key: string; type: 'field' | 'text' };

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function $stops(): Stop[] {
  const children = $getRoot().getChildren();
  const stops: Stop[] = [];
  children.forEach((node, index) => {
    if ($isHavenSectionNode(node) || $isHavenPromptNode(node)) {
      const next = children[index + 1];
      if ($isElementNode(next)) stops.push({ index: index + 1, key: next.getKey(), type: 'text' });
    } else if (node instanceof SectionNode) {
      stops.push({ index, key: node.getKey(), type: 'field' });
    }
  });
  return stops;
}

function $topIndex(node: LexicalNode): number {
  const top = node.getTopLevelElement() ?? node;
  return top.getIndexWithinParent();
}

/** The stop to go to from the top-level node at `index`, forwards or back; null past either end. */
function nextStop(stops: Stop[], index: number, back: boolean): Stop | null {
  if (!back) return stops.find((stop) => stop.index > index) ?? null;
  // Back from anywhere in a writing space goes to the stop before that space began.
  const here = [...stops].reverse().find((stop) => stop.index <= index);
  const from = here?.type === 'text' || here?.index === index ? here.index : index + 1;
  return [...stops].reverse().find((stop) => stop.index < from) ?? null;
}

function go(editor: LexicalEditor, stop: Stop, back: boolean): void {
  if (stop.type === 'field') {
    const controls = editor.getElementByKey(stop.key)?.querySelectorAll<HTMLElement>(FOCUSABLE);
    const target = back ? controls?.[controls.length - 1] : controls?.[0];
    target?.focus();
    return;
  }
  // From a field's control (a slider, a select), focus is on that control inside the editor's root, and
  // editor.focus() alone leaves it there: move focus to the writing surface itself, then place the caret.
  const root = editor.getRootElement();
  if (root && document.activeElement !== root) root.focus({ preventScroll: true });
  editor.update(() => {
    const node = $getNodeByKey(stop.key);
    if ($isElementNode(node)) node.selectEnd();
  });
  editor.focus();
}

/**
 * Tab and Shift+Tab walk an entry made from a template section by section: from writing to the next field,
 * through a field's own controls, and on to the next writing space. Past the first or last section, Tab
 * leaves the editor as it would anywhere else, so the keyboard is never trapped.
 */
export function FieldNavigationPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onFieldKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      const host = target.closest<HTMLElement>('.ed-field-host');
      if (!host) return;
      const controls = [...host.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const edge = event.shiftKey ? controls[0] : controls[controls.length - 1];
      if (edge !== target) return;
      const stop = editor.read(() => {
        const node = $getNearestNodeFromDOMNode(host);
        return node ? nextStop($stops(), $topIndex(node), event.shiftKey) : null;
      });
      if (!stop) return;
      event.preventDefault();
      go(editor, stop, event.shiftKey);
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('keydown', onFieldKey);
        root?.addEventListener('keydown', onFieldKey);
      }),
      editor.registerCommand<KeyboardEvent>(
        KEY_TAB_COMMAND,
        (event) => {
          if (event.altKey || event.ctrlKey || event.metaKey) return false;
          const stop = editor.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return null;
            return nextStop($stops(), $topIndex(selection.anchor.getNode()), event.shiftKey);
          });
          if (!stop) return false;
          event.preventDefault();
          go(editor, stop, event.shiftKey);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return null;
}

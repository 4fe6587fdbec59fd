import { $insertList, $isListNode, $removeList, ListNode, type ListType } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';
import type { HeadingLevel } from './nodes';

export type BlockType = 'paragraph' | HeadingLevel | ListType | 'quote';

const LIST_TYPES: readonly string[] = ['bullet', 'number', 'check'] satisfies ListType[];
const isListType = (type: BlockType): type is ListType => LIST_TYPES.includes(type);

function $blockOf(node: LexicalNode): LexicalNode {
  return (
    $findMatchingParent(node, (candidate) => {
      const parent = candidate.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node
  );
}

/** The kind of block the selection starts in, as the toolbar shows it; null without a text selection. */
export function $getBlockType(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  if ($isRootOrShadowRoot(anchor)) return 'paragraph';
  const block = $blockOf(anchor);
  if ($isListNode(block)) return ($getNearestNodeOfType(anchor, ListNode) ?? block).getListType();
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' ? tag : 'h3';
  }
  if ($isQuoteNode(block)) return 'quote';
  return 'paragraph';
}

/** Turns the selected blocks into `type`, or back into paragraphs when they already are one. */
export function $toggleBlockType(type: BlockType): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const current = $getBlockType();
  const next: BlockType = current === type ? 'paragraph' : type;
  if (isListType(next)) {
    $insertList(next);
    return;
  }
  if (current !== null && isListType(current)) $removeList();
  const after = $getSelection();
  if (next === 'paragraph') $setBlocksType(after, () => $createParagraphNode());
  else if (next === 'quote') $setBlocksType(after, () => $createQuoteNode());
  else $setBlocksType(after, () => $createHeadingNode(next));
}

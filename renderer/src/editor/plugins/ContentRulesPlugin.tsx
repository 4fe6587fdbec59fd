import { LinkNode } from '@lexical/link';
import { $isListItemNode, ListItemNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  IS_BOLD,
  IS_HIGHLIGHT,
  IS_ITALIC,
  IS_UNDERLINE,
  ParagraphNode,
  TextNode,
  type ElementNode,
  type Klass,
} from 'lexical';
import { useEffect } from 'react';
import { HEADING_LEVELS } from '../nodes';
import { safeLinkUrl } from '../url';

// Highlights come in from Obsidian's ==marks== and Day One's highlighter, and stay.
const ALLOWED_TEXT_FORMATS = IS_BOLD | IS_ITALIC | IS_UNDERLINE | IS_HIGHLIGHT;

function $cleanText(node: TextNode): void {
  if (node.getStyle() !== '') node.setStyle('');
  const format = node.getFormat();
  if ((format & ~ALLOWED_TEXT_FORMATS) !== 0) node.setFormat(format & ALLOWED_TEXT_FORMATS);
}

function $cleanBlock(node: ElementNode): void {
  if (node.getStyle() !== '') node.setStyle('');
  if (node.getTextStyle() !== '') node.setTextStyle('');
  const textFormat = node.getTextFormat();
  if ((textFormat & ~ALLOWED_TEXT_FORMATS) !== 0) node.setTextFormat(textFormat & ALLOWED_TEXT_FORMATS);
  if (node.getFormatType() !== '') node.setFormat('');
  // A list item's indent is its nesting; anywhere else it is layout pasted from another program.
  if (!$isListItemNode(node) && node.getIndent() !== 0) node.setIndent(0);
}

function $cleanHeading(node: HeadingNode): void {
  if (!(HEADING_LEVELS as readonly string[]).includes(node.getTag())) node.replace($createHeadingNode('h3'), true);
}

function $cleanLink(node: LinkNode): void {
  const url = safeLinkUrl(node.getURL());
  if (url === null) {
    for (const child of node.getChildren()) node.insertBefore(child);
    node.remove();
    return;
  }
  if (url !== node.getURL()) node.setURL(url);
  if (node.getTarget() !== null) node.setTarget(null);
}

const BLOCKS: Klass<ElementNode>[] = [ParagraphNode, HeadingNode, QuoteNode, ListNode, ListItemNode];

/**
 * Keeps the document to what an entry supports, whatever brought it in: pasted or dropped HTML, a Markdown
 * shortcut, an older document. No inline styles (colours, fonts, sizes), no alignment, no formats beyond bold,
 * italic, underline and highlight, headings at most three deep, and links only to web and email addresses.
 */
export function ContentRulesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, $cleanText),
        ...BLOCKS.map((klass) => editor.registerNodeTransform(klass, $cleanBlock)),
        editor.registerNodeTransform(HeadingNode, $cleanHeading),
        editor.registerNodeTransform(LinkNode, $cleanLink),
      ),
    [editor],
  );
  return null;
}

import {
  $createParagraphNode,
  $createTextNode,
  type DOMConversionMap,
  type DOMConversionProp,
  type HTMLConfig,
  type LexicalNode,
} from 'lexical';

// A table has no node in an entry. Without these rules its cells would run together ("cell onecell two"); with
// them, each row becomes a paragraph and its cells are kept apart by a space.
const row: DOMConversionProp<HTMLElement> = () => ({
  conversion: () => ({ node: $createParagraphNode() }),
  priority: 0,
});
const cell: DOMConversionProp<HTMLElement> = () => ({
  conversion: () => ({ node: null, after: (children: LexicalNode[]) => [...children, $createTextNode(' ')] }),
  priority: 0,
});

const IMPORT: DOMConversionMap = { tr: row, td: cell, th: cell };

/** How pasted or dropped HTML is read into an entry, beyond what the registered nodes import themselves. */
export const ENTRY_HTML: HTMLConfig = { import: IMPORT };

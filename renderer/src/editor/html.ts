import {
  $createParagraphNode,
  $createTextNode,
  type DOMConversionMap,
  type DOMConversionProp,
  type HTMLConfig,
  type LexicalNode,
} from 'lexical';

// Tables and code blocks come into an entry from what a person imports (an Obsidian table, a fenced block), not
// from what they paste: a table copied from a web page is read as its words, each row a paragraph and its cells
// kept apart by a space, and pasted code as its text. These rules outrank the table and code nodes' own (4 is
// Lexical's highest priority); without the row and cell rules the cells would run together ("cell onecell two").
const row: DOMConversionProp<HTMLElement> = () => ({
  conversion: () => ({ node: $createParagraphNode() }),
  priority: 4,
});
const cell: DOMConversionProp<HTMLElement> = () => ({
  conversion: () => ({ node: null, after: (children: LexicalNode[]) => [...children, $createTextNode(' ')] }),
  priority: 4,
});
const wordsOnly: DOMConversionProp<HTMLElement> = () => ({ conversion: () => ({ node: null }), priority: 4 });

const IMPORT: DOMConversionMap = {
  table: wordsOnly,
  tbody: wordsOnly,
  thead: wordsOnly,
  tr: row,
  td: cell,
  th: cell,
  pre: wordsOnly,
  code: wordsOnly,
};

/** How pasted or dropped HTML is read into an entry, beyond what the registered nodes import themselves. */
export const ENTRY_HTML: HTMLConfig = { import: IMPORT };

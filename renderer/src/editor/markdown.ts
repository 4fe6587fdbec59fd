import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  UNORDERED_LIST,
  type ElementTransformer,
  type Transformer,
} from '@lexical/markdown';

/** `# `, `## ` and `### `: headings stop at the third level, as the toolbar's do. */
const HEADING_TO_THREE: ElementTransformer = { ...HEADING, regExp: /^(#{1,3})\s/ };

/**
 * The Markdown shortcuts that make sense while typing, limited to the nodes an entry holds: no code blocks, inline
 * code, strikethrough, highlights or images. Order matters: the check list goes before the bulleted list, which
 * would otherwise take "- [ ] ", and longer markers before shorter ones.
 */
export const ENTRY_TRANSFORMERS: Transformer[] = [
  HEADING_TO_THREE,
  QUOTE,
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
];

import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { HavenChoiceNode } from './nodes/HavenChoiceNode';
import { HavenIntensityNode } from './nodes/HavenIntensityNode';
import { HavenPickerNode } from './nodes/HavenPickerNode';
import { HavenPromptNode } from './nodes/HavenPromptNode';
import { HavenResponseNode } from './nodes/HavenResponseNode';
import { HavenSectionNode } from './nodes/HavenSectionNode';
import { HavenTagNode } from './nodes/HavenTagNode';

/**
 * Every node an entry may hold beyond paragraphs and text. Tables and code blocks come from what people bring
 * (an Obsidian table, a fenced block in Day One); the highlight node is registered because Lexical's code node
 * turns its text into one when a highlighter runs, though Haven runs none. Anything else that arrives (an
 * image) has no node here, so it comes in as its text or not at all.
 */
export const ENTRY_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  CodeNode,
  CodeHighlightNode,
  HavenTagNode,
  HavenSectionNode,
  HavenIntensityNode,
  HavenResponseNode,
  HavenPickerNode,
  HavenChoiceNode,
  HavenPromptNode,
];

/** Headings go three levels deep; a deeper one (pasted, or from an older document) is shown as the third. */
export const HEADING_LEVELS = ['h1', 'h2', 'h3'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

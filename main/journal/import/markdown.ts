import type { ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { paragraph, text, type SerializedNode } from '../../../resources/templates/lexical-json';

/**
 * Markdown (CommonMark, as mdast-util-from-markdown reads it) to the Lexical nodes an entry holds
 * (renderer/src/editor/nodes.ts): paragraphs, headings (a fourth level and deeper shows as the third, as the
 * editor does), quotes, bulleted, numbered and check lists, links, line breaks, and text with the bold (1)
 * and italic (2) format bits. Anything else keeps its words: code becomes plain text, an image its
 * description, raw HTML its source as text; rules and link definitions carry no words and go.
 */

export const BOLD = 1;
export const ITALIC = 2;

export interface MarkdownOptions {
  /** Called for each image; return true to drop it without a trace (Day One's photo markers). */
  dropImage?: (url: string) => boolean;
  /** Told about each image that came in as its description only. */
  onImage?: () => void;
}

const SAFE_LINK = /^(https?:|mailto:)/i;

const element = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({
  children,
  direction: null,
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
});

const linebreak = (): SerializedNode => ({ type: 'linebreak', version: 1 });

/** Adjacent text of the same format joins into one node, as the editor would keep it. */
function pushText(out: SerializedNode[], value: string, format: number): void {
  if (!value) return;
  const last = out.at(-1);
  if (last && last.type === 'text' && last.format === format) last.text = `${String(last.text)}${value}`;
  else out.push(text(value, format));
}

function inline(nodes: readonly PhrasingContent[], format: number, out: SerializedNode[], options: MarkdownOptions) {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        // Lines inside a paragraph are soft breaks: Markdown reads them as one line.
        pushText(out, node.value.replace(/\n/g, node.type === 'text' ? ' ' : '\n'), format);
        break;
      case 'emphasis':
        inline(node.children, format | ITALIC, out, options);
        break;
      case 'strong':
        inline(node.children, format | BOLD, out, options);
        break;
      case 'break':
        out.push(linebreak());
        break;
      case 'link': {
        const children: SerializedNode[] = [];
        inline(node.children, format, children, options);
        if (SAFE_LINK.test(node.url) && children.length > 0) {
          out.push(
            element('link', children, { rel: 'noreferrer', target: null, title: node.title ?? null, url: node.url }),
          );
        } else {
          for (const child of children) {
            if (child.type === 'text') pushText(out, String(child.text), child.format as number);
            else out.push(child);
          }
        }
        break;
      }
      case 'image':
        if (options.dropImage?.(node.url)) break;
        options.onImage?.();
        pushText(out, node.alt ?? '', format);
        break;
      case 'imageReference':
        options.onImage?.();
        pushText(out, node.alt ?? '', format);
        break;
      default:
        if ('children' in node) inline(node.children as PhrasingContent[], format, out, options);
        else if ('value' in node && typeof node.value === 'string') pushText(out, node.value, format);
    }
  }
}

/** The inline content of blocks that must sit on one level (a quote, a list item): lines between them. */
function flatten(blocks: readonly Nodes[], out: SerializedNode[], options: MarkdownOptions): void {
  for (const block of blocks) {
    const before = out.length;
    if (block.type === 'paragraph' || block.type === 'heading') inline(block.children, 0, out, options);
    else if (block.type === 'code' || block.type === 'html') pushText(out, block.value, 0);
    else if ('children' in block) flatten(block.children as Nodes[], out, options);
    if (out.length > before && block !== blocks.at(-1)) out.push(linebreak());
  }
  // Lines at the very end of a block add nothing the eye can see.
  while (out.at(-1)?.type === 'linebreak') out.pop();
}

/** "[ ] " or "[x] " opening an item: a task, as GitHub's Markdown (and Day One, and Obsidian) write them. */
const TASK = /^\[([ xX])\][ \t]+/;

function taskState(item: ListItem): boolean | null {
  if (typeof item.checked === 'boolean') return item.checked;
  const first = item.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const match = lead?.type === 'text' ? TASK.exec(lead.value) : null;
  if (!match || lead?.type !== 'text') return null;
  lead.value = lead.value.slice(match[0].length);
  return match[1] !== ' ';
}

function list(node: Extract<RootContent, { type: 'list' }>, options: MarkdownOptions): SerializedNode {
  const states = node.children.map(taskState);
  const check = states.some((state) => state !== null);
  const listType = check ? 'check' : node.ordered ? 'number' : 'bullet';
  const items: SerializedNode[] = [];
  let value = node.start ?? 1;
  for (const [index, item] of node.children.entries()) {
    const nested = item.children.filter((child) => child.type === 'list');
    const own: SerializedNode[] = [];
    flatten(
      item.children.filter((child) => child.type !== 'list'),
      own,
      options,
    );
    items.push(element('listitem', own, { value: value++, ...(check ? { checked: states[index] === true } : {}) }));
    // Lexical keeps a nested list in a list item of its own, right after its parent item.
    for (const sub of nested) items.push(element('listitem', [list(sub, options)], { value: value++ }));
  }
  return element('list', items, { listType, start: node.start ?? 1, tag: node.ordered ? 'ol' : 'ul' });
}

function block(node: RootContent, options: MarkdownOptions): SerializedNode[] {
  switch (node.type) {
    case 'paragraph': {
      const children: SerializedNode[] = [];
      inline(node.children, 0, children, options);
      // A paragraph that held only a dropped photo marker leaves no empty line behind.
      return children.length ? [element('paragraph', children, { textFormat: 0, textStyle: '' })] : [];
    }
    case 'heading': {
      const children: SerializedNode[] = [];
      inline(node.children, 0, children, options);
      return [element('heading', children, { tag: `h${Math.min(node.depth, 3)}` })];
    }
    case 'blockquote': {
      const children: SerializedNode[] = [];
      flatten(node.children, children, options);
      return [element('quote', children)];
    }
    case 'list':
      return [list(node, options)];
    case 'code':
    case 'html': {
      const children: SerializedNode[] = [];
      node.value.split('\n').forEach((line, i) => {
        if (i > 0) children.push(linebreak());
        pushText(children, line, 0);
      });
      return [paragraph(...children)];
    }
    default:
      if ('children' in node) return (node.children as RootContent[]).flatMap((child) => block(child, options));
      return [];
  }
}

/** The Lexical blocks for a Markdown text; none for an empty one. */
export function markdownToBlocks(markdown: string, options: MarkdownOptions = {}): SerializedNode[] {
  const tree: Root = fromMarkdown(markdown);
  return tree.children.flatMap((node) => block(node, options));
}

/**
 * The one place an entry's Lexical document becomes what search and patterns read. The document is the source
 * of truth; everything here is derived from it on every save, never kept by hand.
 */
export interface Derived {
  text: string;
  words: number;
}

interface LexicalNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'code']);

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null;
}

function collect(node: LexicalNode, out: string[]): void {
  if (typeof node.text === 'string') out.push(node.text);
  if (node.type === 'linebreak') out.push('\n');
  if (Array.isArray(node.children)) {
    for (const child of node.children) if (isNode(child)) collect(child, out);
  }
  if (typeof node.type === 'string' && BLOCK_TYPES.has(node.type)) out.push('\n');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Plain text of a serialized Lexical editor state; a document that isn't Lexical JSON derives to nothing. */
export function deriveFromDoc(doc: string): Derived {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    return { text: '', words: 0 };
  }
  const root = isNode(parsed) && 'root' in parsed ? (parsed as { root: unknown }).root : undefined;
  if (!isNode(root)) return { text: '', words: 0 };
  const parts: string[] = [];
  collect(root, parts);
  const text = parts
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, words: countWords(text) };
}

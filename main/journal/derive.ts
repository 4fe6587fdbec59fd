/**
 * The one place an entry's Lexical document becomes what search and patterns read. The document is the source
 * of truth; everything here is derived from it on every save, never kept by hand.
 *
 * Structured fields come from Haven's own nodes in the document (built by the editor's template sections):
 * - `{ type: 'haven-tag', kind: 'trigger' | 'emotion' | 'need' | 'tag', name }` — an inline tag chip;
 * - `{ type: 'haven-intensity', value: 0..10 }` — the Intensity slider;
 * - `{ type: 'haven-response', value: 'pursued' | 'withdrew' | 'froze' | 'stayed-present' }` — the Response group.
 */
export const TAG_KINDS = ['trigger', 'emotion', 'need', 'tag'] as const;
export type TagKind = (typeof TAG_KINDS)[number];
export const RESPONSES = ['pursued', 'withdrew', 'froze', 'stayed-present'] as const;
export type Response = (typeof RESPONSES)[number];

export interface DerivedTag {
  kind: TagKind;
  name: string;
}

export interface Derived {
  text: string;
  words: number;
  tags: DerivedTag[];
  /** The strongest intensity recorded in the entry, or null when none was. */
  intensity: number | null;
  responses: Response[];
}

interface LexicalNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
  kind?: unknown;
  name?: unknown;
  value?: unknown;
}

/** Elements that sit inside a line; every other element with children is a block and ends its line. */
const INLINE_TYPES = new Set(['link', 'autolink', 'mark', 'hashtag']);
/** Marks a chip's edges until the text is joined; then a chip touching a word gets a space, so "Hurt" and
 * "Anxious" side by side stay two words, while "Hurt," keeps its comma close. */
const CHIP_EDGE = '\u0001';
const WORD_CHAR = /[\p{L}\p{N}]/u;

function settleChipEdges(text: string): string {
  return text.replace(new RegExp(`${CHIP_EDGE}+`, 'g'), (_edge, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + _edge.length] ?? '';
    return WORD_CHAR.test(before) && WORD_CHAR.test(after) ? ' ' : '';
  });
}

const EMPTY: Derived = { text: '', words: 0, tags: [], intensity: null, responses: [] };

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null;
}

const isTagKind = (value: unknown): value is TagKind => TAG_KINDS.includes(value as TagKind);
const isResponse = (value: unknown): value is Response => RESPONSES.includes(value as Response);

interface Collector {
  parts: string[];
  tags: Map<string, DerivedTag>;
  intensity: number | null;
  responses: Set<Response>;
}

function visit(node: LexicalNode, out: Collector): void {
  switch (node.type) {
    case 'linebreak':
      out.parts.push('\n');
      break;
    case 'haven-tag':
      if (isTagKind(node.kind) && typeof node.name === 'string' && node.name.trim()) {
        const name = node.name.trim();
        out.tags.set(`${node.kind}:${name.toLowerCase()}`, { kind: node.kind, name });
        out.parts.push(CHIP_EDGE, name, CHIP_EDGE);
      }
      break;
    case 'haven-intensity':
      if (typeof node.value === 'number' && node.value >= 0 && node.value <= 10) {
        out.intensity = Math.max(out.intensity ?? 0, Math.round(node.value));
      }
      break;
    case 'haven-response':
      if (isResponse(node.value)) out.responses.add(node.value);
      break;
    default:
      if (typeof node.text === 'string') out.parts.push(node.text);
  }
}

/** Walks the tree with an explicit stack: a hostile, deeply nested document can't exhaust the call stack. */
function collect(root: LexicalNode, out: Collector): void {
  const stack: { node: LexicalNode; next: number }[] = [{ node: root, next: 0 }];
  visit(root, out);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = Array.isArray(frame.node.children) ? (frame.node.children as unknown[]) : null;
    const child = children?.[frame.next];
    if (children && frame.next < children.length) {
      frame.next += 1;
      if (isNode(child)) {
        visit(child, out);
        stack.push({ node: child, next: 0 });
      }
      continue;
    }
    stack.pop();
    // Every element that isn't inline is a block, known or not, and ends its line.
    if (children && frame.node.type !== 'root' && !INLINE_TYPES.has(String(frame.node.type))) {
      // A block ends its line once: a list nested in a list item doesn't leave an empty line behind.
      if (out.parts.at(-1) !== '\n') out.parts.push('\n');
    }
  }
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Plain text and structured fields of a serialized Lexical editor state; anything else derives to nothing. */
export function deriveFromDoc(doc: string): Derived {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    return EMPTY;
  }
  const root = isNode(parsed) && 'root' in parsed ? (parsed as { root: unknown }).root : undefined;
  if (!isNode(root)) return EMPTY;
  const out: Collector = { parts: [], tags: new Map(), intensity: null, responses: new Set() };
  collect(root, out);
  const text = settleChipEdges(out.parts.join(''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    text,
    words: countWords(text),
    tags: [...out.tags.values()],
    intensity: out.intensity,
    responses: [...out.responses],
  };
}

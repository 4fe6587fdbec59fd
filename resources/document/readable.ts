/**
 * What Haven's editor can open: the one list of node types it registers (Lexical's own, the rich-text, table
 * and code nodes in renderer/src/editor/nodes.ts, and Haven's section and tag nodes), what each may hold, how deep a document may
 * nest and how long it may be. The contract checks every document a save brings against it, import checks
 * every entry it would write, the renderer checks before it mounts the editor, and exports use it to tell an
 * entry they can write as it is from one they must write as its plain text. A test (tests/unit/editor) keeps
 * this list equal to the node classes the editor registers.
 */

/**
 * What a node may hold. `blocks`: what the root and a table cell take (Lexical refuses text, line breaks and
 * tabs there, and a list item, row or cell belongs in its list or table). `content`: anything but a root, a
 * list item, a table or its parts, or a code block. `items`: list items only. `rows`: table rows only.
 * `cells`: table cells only. `lines`: what a code block holds, text and its line breaks and tabs.
 * `none`: a leaf; Lexical never reads children from it, so neither does this check.
 */
export type ChildRule = 'blocks' | 'content' | 'items' | 'rows' | 'cells' | 'lines' | 'none';

export const EDITOR_NODE_TYPES = {
  root: 'blocks',
  paragraph: 'content',
  text: 'none',
  linebreak: 'none',
  tab: 'none',
  heading: 'content',
  quote: 'content',
  list: 'items',
  listitem: 'content',
  link: 'content',
  table: 'rows',
  tablerow: 'cells',
  tablecell: 'blocks',
  code: 'lines',
  'code-highlight': 'none',
  'haven-tag': 'none',
  'haven-section': 'none',
  'haven-intensity': 'none',
  'haven-response': 'none',
  'haven-picker': 'none',
  'haven-choice': 'none',
  'haven-prompt': 'none',
} as const satisfies Record<string, ChildRule>;
export type EditorNodeType = keyof typeof EDITOR_NODE_TYPES;

const NOT_IN_BLOCKS: ReadonlySet<string> = new Set([
  'text',
  'linebreak',
  'tab',
  'code-highlight',
  'listitem',
  'tablerow',
  'tablecell',
  'root',
]);
const NOT_IN_CONTENT: ReadonlySet<string> = new Set(['root', 'listitem', 'table', 'tablerow', 'tablecell', 'code']);
const IN_LINES: ReadonlySet<string> = new Set(['text', 'linebreak', 'tab', 'code-highlight']);

/**
 * The deepest a document may nest, the root counting as one. The editor nests only lists in lists (a list and
 * its item per level), so this allows 49 levels of indent, far past what anyone writes; the editor's renderer
 * walks the tree recursively and a document thousands deep exhausts its call stack, so the limit is kept well
 * below that.
 */
export const DOCUMENT_MAX_DEPTH = 100;

/**
 * The longest document, in characters of its JSON, that one save may carry. Measured on the 2-core development
 * machine (bench/document-size.ts: an encrypted vault of 10k entries; the contract's check, derive, the row, the
 * full-text index and the commit at synchronous=FULL), a save costs about 65 ms per million characters of
 * prose: 2.5 ms at 2,000 words, 51 ms at 100,000 words (0.83 million characters), 108 ms at 200,000 (1.65
 * million); the check itself is 2–3 ms of that at the ceiling. At one million characters (some 120,000 words)
 * the main process takes about 65 ms on a quiet machine and stayed under 170 ms with the machine busy with
 * other work, leaving the editor's serializing and the trip across the bridge inside a 100–200 ms autosave.
 * The old 20 MB ceiling let through documents that took over a second per save, the window waiting on each.
 */
export const DOCUMENT_MAX_CHARS = 1_000_000;

/** What the person reads when an entry outgrows the ceiling: the save refuses it, and the editor says so at once. */
export const TOO_LONG_MESSAGE =
  'This entry has grown too long to save as one. Move part of it into a new entry, and Haven will save both.';

export type DocumentProblem =
  'too-long' | 'not-json' | 'not-a-document' | 'unknown-node' | 'misplaced-node' | 'bad-node' | 'too-deep';

export type DocumentCheck =
  | { ok: true }
  | {
      ok: false;
      problem: DocumentProblem;
      /** Why, as the end of a sentence ("it nests more than 100 levels deep"), for messages that say where. */
      why: string;
    };

const LIST_TYPES: ReadonlySet<unknown> = new Set(['bullet', 'number', 'check']);
const TAG_KINDS: ReadonlySet<unknown> = new Set(['trigger', 'emotion', 'need', 'tag']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKnown = (type: unknown): type is EditorNodeType =>
  typeof type === 'string' && Object.hasOwn(EDITOR_NODE_TYPES, type);

const describe = (type: string) => `“${type.slice(0, 40)}”`;

/** The fields a node's own class needs to build itself and draw; Haven's section nodes fill in what is missing. */
function fieldProblem(node: Record<string, unknown>, type: EditorNodeType): string | null {
  switch (type) {
    case 'text':
    case 'code-highlight':
      return typeof node.text === 'string' ? null : 'a piece of text without its words';
    case 'heading':
      return typeof node.tag === 'string' && /^h[1-6]$/.test(node.tag)
        ? null
        : 'a heading of no level the editor knows';
    case 'list':
      return LIST_TYPES.has(node.listType) ? null : 'a list of no kind the editor knows';
    case 'link':
      return typeof node.url === 'string' ? null : 'a link without its address';
    case 'haven-tag':
      return TAG_KINDS.has(node.kind) && typeof node.name === 'string' ? null : 'a tag without its kind or name';
    default:
      return null;
  }
}

const refuse = (problem: DocumentProblem, why: string): DocumentCheck => ({ ok: false, problem, why });

/**
 * Whether the editor can open this serialized editor state. Walks the tree with an explicit stack, so a
 * hostile document nested thousands deep is refused rather than exhausting the call stack (JSON.parse itself
 * reads such documents happily).
 */
export function checkDocument(
  doc: string,
  { maxChars = DOCUMENT_MAX_CHARS }: { maxChars?: number } = {},
): DocumentCheck {
  if (doc.length > maxChars) return refuse('too-long', 'it is longer than Haven can save as one entry');
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    return refuse('not-json', 'it isn’t a document Haven can read');
  }
  return checkParsedDocument(parsed);
}

/**
 * Whether the editor can show a document already kept: length aside, since an entry saved before the ceiling
 * came down still opens (only a save of it would be refused, with a message saying so).
 */
export const canOpen = (doc: string): boolean => checkDocument(doc, { maxChars: Infinity }).ok;

/** The same check for a document already parsed (Haven's own export holds documents as JSON values). */
export function checkParsedDocument(parsed: unknown): DocumentCheck {
  if (!isObject(parsed) || !isObject(parsed.root) || parsed.root.type !== 'root') {
    return refuse('not-a-document', 'it isn’t a document Haven can read');
  }
  const stack: { node: Record<string, unknown>; depth: number }[] = [{ node: parsed.root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const type = node.type as EditorNodeType;
    const rule: ChildRule = EDITOR_NODE_TYPES[type];
    if (rule === 'none' || node.children === undefined) continue;
    if (!Array.isArray(node.children))
      return refuse('bad-node', `its ${describe(type)} holds something that isn’t content`);
    if (node.children.length > 0 && depth >= DOCUMENT_MAX_DEPTH) {
      return refuse('too-deep', `it nests more than ${DOCUMENT_MAX_DEPTH} levels deep`);
    }
    for (const child of node.children as unknown[]) {
      if (!isObject(child)) return refuse('bad-node', `its ${describe(type)} holds something that isn’t content`);
      if (!isKnown(child.type)) {
        const named = typeof child.type === 'string' ? ` (${describe(child.type)})` : '';
        return refuse('unknown-node', `it holds a kind of content Haven’s editor doesn’t know${named}`);
      }
      const misplaced =
        rule === 'items'
          ? child.type !== 'listitem'
          : rule === 'rows'
            ? child.type !== 'tablerow'
            : rule === 'cells'
              ? child.type !== 'tablecell'
              : rule === 'lines'
                ? !IN_LINES.has(child.type)
                : rule === 'blocks'
                  ? NOT_IN_BLOCKS.has(child.type)
                  : NOT_IN_CONTENT.has(child.type);
      if (misplaced)
        return refuse('misplaced-node', `it holds a ${describe(child.type)} where the editor can’t place one`);
      const problem = fieldProblem(child, child.type);
      if (problem) return refuse('bad-node', `it holds ${problem}`);
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return { ok: true };
}

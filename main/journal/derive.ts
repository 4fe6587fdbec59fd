import { TAG_KINDS, type TagKind } from '../../preload/contract';
import {
  RESPONSE_VALUES,
  TAG_PICKER_KINDS,
  type ResponseValue,
  type TagPickerKind,
} from '../../resources/templates/schema';
import { foldTagName } from './facets';

/**
 * The one place an entry's Lexical document becomes what search and patterns read. The document is the source
 * of truth; everything here is derived from it on every save, never kept by hand.
 *
 * Structured fields come from Haven's own nodes in the document (resources/templates/section-nodes.ts):
 * - `haven-tag` — an inline tag chip `{ kind, name }`;
 * - `haven-picker` — a tag picker `{ kind, items: [{ name, intensity }] }`, each item a tag of that kind;
 * - `haven-intensity` — the Intensity slider, 0..10 or null;
 * - `haven-response` — the Response group;
 * - `haven-choice` — a small choice `{ label, options, value }`;
 * - `haven-prompt` — a question `{ promptId, text }`, which is not the person's writing;
 * - `haven-section` — a text section's heading `{ label, hint }`, not the person's writing either.
 *
 * The person's text is what they wrote: running text, the words they picked (one line per picker) and the
 * options they chose. Labels, hints and questions come from the template, so they are neither searched as
 * the person's words nor counted as them. Haven's nodes never hold children; any they hold are ignored.
 *
 * The excerpt a card shows is narrower: only the prose the person wrote (inline tags included, since they sit
 * inside a sentence). Picked words and chosen options are a card's chips, so read as prose they would run
 * into the sentences around them ("…from the hallway. Plans changed at the last minute, Hurt That…").
 */
export interface DerivedTag {
  kind: TagKind;
  name: string;
  /** How strong, 0..10, where a picker recorded it; the strongest when the tag appears more than once. */
  intensity: number | null;
}

export interface DerivedChoice {
  /** The template section the choice came from; '' for one added by hand. */
  sectionId: string;
  label: string;
  value: string;
}

export interface Derived {
  text: string;
  words: number;
  /** The start of the person's own prose, on one line, at most EXCERPT_CHARS long ('…' where it was cut). */
  excerpt: string;
  /** Each tag once per kind, in the order it first appears. */
  tags: DerivedTag[];
  /** The strongest value of the entry's Intensity sliders, or null when none was set. */
  intensity: number | null;
  responses: ResponseValue[];
  /** Each section's chosen option, once per section id. */
  choices: DerivedChoice[];
  /** The ids of the prompt library's questions the entry answers, in order. */
  prompts: string[];
}

interface LexicalNode {
  type?: unknown;
  text?: unknown;
  children?: unknown;
  kind?: unknown;
  name?: unknown;
  value?: unknown;
  items?: unknown;
  label?: unknown;
  options?: unknown;
  sectionId?: unknown;
  promptId?: unknown;
}

/** Elements that sit inside a line; every other element with children is a block and ends its line. */
const INLINE_TYPES = new Set(['link', 'autolink', 'mark', 'hashtag']);
/** Haven's own nodes: decorators whose fields this file reads, and whose children (they have none) it skips. */
export const HAVEN_NODE_TYPES: ReadonlySet<string> = new Set([
  'haven-tag',
  'haven-picker',
  'haven-intensity',
  'haven-response',
  'haven-choice',
  'haven-prompt',
  'haven-section',
]);
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

const empty = (): Derived => ({
  text: '',
  words: 0,
  excerpt: '',
  tags: [],
  intensity: null,
  responses: [],
  choices: [],
  prompts: [],
});

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null;
}

const isTagKind = (value: unknown): value is TagKind => TAG_KINDS.includes(value as TagKind);
const isPickerKind = (value: unknown): value is TagPickerKind => TAG_PICKER_KINDS.includes(value as TagPickerKind);
const isResponse = (value: unknown): value is ResponseValue => RESPONSE_VALUES.includes(value as ResponseValue);

/**
 * A tag's name as Haven keeps it: trimmed, inner runs of spaces as one, so "  at   ease " and "at ease" are
 * one tag. Anything that isn't a non-empty string is no name. retag.ts matches names the same way.
 */
export function cleanTagName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return clean ? clean : null;
}

/** How two spellings of one tag compare: "Hurt", "hurt" and " HURT " are the same tag. */
export const tagKey = (kind: string, name: string): string => `${kind}:${foldTagName(name)}`;

/** A 0..10 value rounded to a whole number, or null for anything else. */
function scale(value: unknown): number | null {
  return typeof value === 'number' && value >= 0 && value <= 10 ? Math.round(value) : null;
}

interface Collector {
  parts: string[];
  /** What `parts` holds less the picker and choice lines: the person's prose. */
  prose: string[];
  tags: Map<string, DerivedTag>;
  intensity: number | null;
  responses: Set<ResponseValue>;
  choices: Map<string, DerivedChoice>;
  prompts: Set<string>;
}

function addTag(out: Collector, kind: TagKind, name: string, intensity: number | null): void {
  const key = tagKey(kind, name);
  const seen = out.tags.get(key);
  if (!seen) out.tags.set(key, { kind, name, intensity });
  else if (intensity !== null && (seen.intensity === null || intensity > seen.intensity)) seen.intensity = intensity;
}

/** Text that belongs to the person's prose as well as to the entry's text. */
function emit(out: Collector, text: string): void {
  out.parts.push(text);
  out.prose.push(text);
}

/** Ends the line in both, once: a block nested in a block doesn't leave an empty line behind. */
function endLine(out: Collector): void {
  if (out.parts.at(-1) !== '\n') out.parts.push('\n');
  if (out.prose.length > 0 && out.prose.at(-1) !== '\n') out.prose.push('\n');
}

/** A line of its own in the text (not the prose), for what a picker or choice holds. */
function pushLine(out: Collector, line: string): void {
  if (out.parts.length > 0 && out.parts.at(-1) !== '\n') out.parts.push('\n');
  out.parts.push(line, '\n');
  if (out.prose.length > 0 && out.prose.at(-1) !== '\n') out.prose.push('\n');
}

function visitPicker(node: LexicalNode, out: Collector): void {
  const kind = node.kind;
  if (!isPickerKind(kind) || !Array.isArray(node.items)) return;
  const names: string[] = [];
  for (const item of node.items as unknown[]) {
    if (!isNode(item)) continue;
    const name = cleanTagName(item.name);
    if (name === null) continue;
    addTag(out, kind, name, scale((item as { intensity?: unknown }).intensity));
    names.push(name);
  }
  if (names.length > 0) pushLine(out, names.join(', '));
}

function visitChoice(node: LexicalNode, out: Collector): void {
  const { value, options } = node;
  if (typeof value !== 'string' || !Array.isArray(options) || !options.includes(value)) return;
  const sectionId = typeof node.sectionId === 'string' ? node.sectionId : '';
  // Two choices from one section can't both be the section's answer: the first one stands.
  if (!out.choices.has(sectionId)) {
    out.choices.set(sectionId, { sectionId, label: typeof node.label === 'string' ? node.label : '', value });
  }
  pushLine(out, value);
}

function visit(node: LexicalNode, out: Collector): void {
  switch (node.type) {
    case 'linebreak':
      emit(out, '\n');
      break;
    case 'haven-tag': {
      const name = cleanTagName(node.name);
      if (isTagKind(node.kind) && name !== null) {
        addTag(out, node.kind, name, null);
        emit(out, `${CHIP_EDGE}${name}${CHIP_EDGE}`);
      }
      break;
    }
    case 'haven-picker':
      visitPicker(node, out);
      break;
    case 'haven-intensity': {
      const value = scale(node.value);
      if (value !== null) out.intensity = Math.max(out.intensity ?? 0, value);
      break;
    }
    case 'haven-response':
      if (isResponse(node.value)) out.responses.add(node.value);
      break;
    case 'haven-choice':
      visitChoice(node, out);
      break;
    case 'haven-prompt':
      if (typeof node.promptId === 'string' && node.promptId) out.prompts.add(node.promptId);
      break;
    case 'haven-section':
      break;
    default:
      if (typeof node.text === 'string') emit(out, node.text);
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
        if (!HAVEN_NODE_TYPES.has(String(child.type))) stack.push({ node: child, next: 0 });
      }
      continue;
    }
    stack.pop();
    // Every element that isn't inline is a block, known or not, and ends its line.
    if (children && frame.node.type !== 'root' && !INLINE_TYPES.has(String(frame.node.type))) {
      endLine(out);
    }
  }
}

/** How long a card's excerpt is: two or three lines of a card at any window size. */
export const EXCERPT_CHARS = 160;

/**
 * The first EXCERPT_CHARS characters of some prose, on one line, cut at a word's end with '…' when there was
 * more, never inside a surrogate pair (half an emoji renders as a box).
 */
export function excerptOf(prose: string): string {
  const flat = prose.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= EXCERPT_CHARS) return flat;
  const cut = chars.slice(0, EXCERPT_CHARS).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > EXCERPT_CHARS / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The plain text of one parsed node and what it holds, read as deriveFromDoc reads a document: for callers that
 * turn a document into text block by block (a conversation card's export keeps its headings apart).
 */
export function textOf(node: unknown): string {
  if (!isNode(node)) return '';
  const out: Collector = {
    parts: [],
    prose: [],
    tags: new Map(),
    intensity: null,
    responses: new Set(),
    choices: new Map(),
    prompts: new Set(),
  };
  collect(node, out);
  return settleChipEdges(out.parts.join(''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Plain text and structured fields of a serialized Lexical editor state; anything else derives to nothing. */
export function deriveFromDoc(doc: string): Derived {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    return empty();
  }
  const root = isNode(parsed) && 'root' in parsed ? (parsed as { root: unknown }).root : undefined;
  if (!isNode(root)) return empty();
  const out: Collector = {
    parts: [],
    prose: [],
    tags: new Map(),
    intensity: null,
    responses: new Set(),
    choices: new Map(),
    prompts: new Set(),
  };
  collect(root, out);
  const text = settleChipEdges(out.parts.join(''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    text,
    words: countWords(text),
    excerpt: excerptOf(settleChipEdges(out.prose.join(''))),
    tags: [...out.tags.values()],
    intensity: out.intensity,
    responses: [...out.responses],
    choices: [...out.choices.values()],
    prompts: [...out.prompts],
  };
}

import type { TagKind } from '../../preload/contract';
import { HAVEN_NODE_TYPES, cleanTagName, tagKey } from './derive';
import { stringifyDeep } from './json';

/**
 * Renaming or merging a tag rewrites the documents that hold it: the document is the source of truth, so a
 * tag only changes everywhere once every chip and picker item that names it does. Matching is the same as
 * derive.ts's (kind, and the name folded and with its spaces settled), so the entries whose derived rows
 * name a tag are exactly the documents this rewrites.
 */

interface Node {
  type?: unknown;
  kind?: unknown;
  name?: unknown;
  items?: unknown;
  children?: unknown;
}

interface Item {
  name?: unknown;
  intensity?: unknown;
}

const stronger = (a: unknown, b: unknown): boolean => typeof a === 'number' && (typeof b !== 'number' || a > b);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * A picker's items with `from` renamed to `to`, each tag once: where the picker already held `to` (a merge),
 * the item stays where the first of them was and keeps the stronger intensity.
 */
function retagItems(items: unknown[], kind: TagKind, fromKey: string, to: string): unknown[] {
  const toKey = tagKey(kind, to);
  const result: unknown[] = [];
  const kept = new Map<string, Item>();
  for (const item of items) {
    if (!isObject(item)) {
      result.push(item);
      continue;
    }
    const name = cleanTagName(item.name);
    const key = name === null ? null : tagKey(kind, name);
    const renamed: Item = key === fromKey ? { ...item, name: to } : item;
    const renamedKey = key === fromKey ? toKey : key;
    if (renamedKey !== toKey) {
      result.push(renamed);
      continue;
    }
    const first = kept.get(toKey);
    if (!first) {
      const copy = { ...renamed, name: to };
      kept.set(toKey, copy);
      result.push(copy);
    } else if (stronger(renamed.intensity, first.intensity)) {
      first.intensity = renamed.intensity;
    }
  }
  return result;
}

/**
 * The document with every `from` tag of `kind` named `to` instead (chips and picker items alike), or null when
 * it holds no such tag (or isn't a document). `to` is written exactly as given.
 */
export function retagDoc(doc: string, kind: TagKind, from: string, to: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    return null;
  }
  if (!isObject(parsed) || !isObject(parsed.root)) return null;
  const fromName = cleanTagName(from);
  if (fromName === null) return null;
  const fromKey = tagKey(kind, fromName);
  let changed = false;
  // An explicit stack, as in derive.ts: a deeply nested document can't exhaust the call stack.
  const stack: Node[] = [parsed.root as Node];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'haven-tag' && node.kind === kind) {
      const name = cleanTagName(node.name);
      if (name !== null && tagKey(kind, name) === fromKey) {
        node.name = to;
        changed = true;
      }
    } else if (node.type === 'haven-picker' && node.kind === kind && Array.isArray(node.items)) {
      const items = node.items as unknown[];
      const holds = items.some((item) => {
        const name = isObject(item) ? cleanTagName(item.name) : null;
        return name !== null && tagKey(kind, name) === fromKey;
      });
      if (holds) {
        node.items = retagItems(items, kind, fromKey, to);
        changed = true;
      }
    }
    if (Array.isArray(node.children) && !HAVEN_NODE_TYPES.has(String(node.type))) {
      for (const child of node.children as unknown[]) if (isObject(child)) stack.push(child);
    }
  }
  return changed ? stringifyDeep(parsed) : null;
}

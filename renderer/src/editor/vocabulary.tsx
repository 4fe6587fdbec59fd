import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TagInfo, TagKind } from '../../../preload/contract';
import { haven } from '../haven';
import { useAnswer } from '../useAnswer';

/**
 * The person's words for triggers, emotions, needs and tags, as the tag pickers and the `#` typeahead offer
 * them. Loaded once per editor from the vault; a word added while writing joins at once.
 */
export interface Vocabulary {
  tags: readonly TagInfo[];
  /** The tag of that kind with this name (any case), archived or not. */
  find: (kind: TagKind, name: string) => TagInfo | undefined;
  /** Adds a word to the vault's vocabulary; answers an error message or null. */
  create: (kind: TagKind, name: string) => Promise<string | null>;
}

const fold = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

const VocabularyContext = createContext<Vocabulary>({
  tags: [],
  find: () => undefined,
  create: () => Promise.resolve('Your words are still loading. Try again in a moment.'),
});

export function VocabularyProvider({ children }: { children: ReactNode }) {
  const [tags, setTags] = useState<readonly TagInfo[]>([]);
  useAnswer(() => haven().tags.list(), setTags, null, []);
  const index = useMemo(() => new Map(tags.map((tag) => [`${tag.kind}:${fold(tag.name)}`, tag])), [tags]);
  const find = useCallback((kind: TagKind, name: string) => index.get(`${kind}:${fold(name)}`), [index]);
  const create = useCallback(async (kind: TagKind, name: string) => {
    const result = await haven().tags.create({ kind, name });
    if (!result.ok) return result.error.code === 'tag-exists' ? null : result.error.message;
    setTags((current) => [...current, result.value]);
    return null;
  }, []);
  const value = useMemo(() => ({ tags, find, create }), [tags, find, create]);
  return <VocabularyContext.Provider value={value}>{children}</VocabularyContext.Provider>;
}

export const useVocabulary = (): Vocabulary => useContext(VocabularyContext);

export const KIND_NAMES: Readonly<Record<TagKind, { one: string; many: string }>> = {
  trigger: { one: 'trigger', many: 'triggers' },
  emotion: { one: 'emotion', many: 'emotions' },
  need: { one: 'need', many: 'needs' },
  tag: { one: 'tag', many: 'tags' },
};

/**
 * Suggestions for a query: words that start with it first, then words that hold it, in the vocabulary's own
 * order (built-in words first), skipping archived ones and those already chosen.
 */
export function suggest(
  tags: readonly TagInfo[],
  kinds: readonly TagKind[],
  query: string,
  exclude: ReadonlySet<string> = new Set(),
  limit = 8,
): TagInfo[] {
  const q = fold(query);
  const starts: TagInfo[] = [];
  const holds: TagInfo[] = [];
  for (const tag of tags) {
    if (tag.archived || !kinds.includes(tag.kind) || exclude.has(fold(tag.name))) continue;
    const name = fold(tag.name);
    if (name.startsWith(q)) starts.push(tag);
    else if (q && (name.includes(q) || name.split(' ').some((word) => word.startsWith(q)))) holds.push(tag);
  }
  return [...starts, ...holds].slice(0, limit);
}

export { fold as foldTagName };

import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { ReactNode } from 'react';
import { Chip } from '../../components/Chip';
import { useVocabulary } from '../vocabulary';

export type TagKind = 'trigger' | 'emotion' | 'need' | 'tag';
export type SerializedHavenTagNode = Spread<{ kind: TagKind; name: string }, SerializedLexicalNode>;

const KIND_LABEL: Record<TagKind, string> = { trigger: 'Trigger', emotion: 'Emotion', need: 'Need', tag: 'Tag' };

function TagChip({ kind, name }: { kind: TagKind; name: string }) {
  const info = useVocabulary().find(kind, name);
  const title = info?.meaning ? `${KIND_LABEL[kind]}: ${info.meaning}` : KIND_LABEL[kind];
  return (
    <Chip kind={kind} colour={info?.colour} title={title}>
      <span className="visually-hidden">{KIND_LABEL[kind]}: </span>
      {name}
    </Chip>
  );
}

/**
 * A tag chip inside the text: a trigger, an emotion, a need or a plain tag. Its JSON shape is what
 * main/journal/derive.ts reads for search and patterns.
 */
export class HavenTagNode extends DecoratorNode<ReactNode> {
  __kind: TagKind;
  __name: string;

  static override getType(): string {
    return 'haven-tag';
  }

  static override clone(node: HavenTagNode): HavenTagNode {
    return new HavenTagNode(node.__kind, node.__name, node.__key);
  }

  static override importJSON(serialized: SerializedHavenTagNode): HavenTagNode {
    return $createHavenTagNode(serialized.kind, serialized.name);
  }

  constructor(kind: TagKind, name: string, key?: NodeKey) {
    super(key);
    this.__kind = kind;
    this.__name = name;
  }

  override exportJSON(): SerializedHavenTagNode {
    return { type: 'haven-tag', version: 1, kind: this.__kind, name: this.__name };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'ed-chip-host';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.__name;
  }

  override decorate(): ReactNode {
    return <TagChip kind={this.__kind} name={this.__name} />;
  }
}

export function $createHavenTagNode(kind: TagKind, name: string): HavenTagNode {
  return new HavenTagNode(kind, name);
}

export const $isHavenTagNode = (node: LexicalNode | null | undefined): node is HavenTagNode =>
  node instanceof HavenTagNode;

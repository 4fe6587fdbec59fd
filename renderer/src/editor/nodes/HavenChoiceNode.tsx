import type { LexicalNode, NodeKey, SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import type { SerializedChoice } from '../../../../resources/templates/section-nodes';
import { ChoiceField } from '../fields/ChoiceField';
import { type Incoming, SectionNode, type SectionMeta } from './FieldNode';

type Serialized = SerializedChoice & SerializedLexicalNode;

/** A small choice a template asks for, such as Mine / Ours / Both. */
export class HavenChoiceNode extends SectionNode {
  __options: string[];
  __value: string | null;

  static override getType(): string {
    return 'haven-choice';
  }

  static override clone(node: HavenChoiceNode): HavenChoiceNode {
    return new HavenChoiceNode(node.meta(), node.__options, node.__value, node.__key);
  }

  static override importJSON(serialized: Incoming<SerializedChoice>): HavenChoiceNode {
    const options = Array.isArray(serialized.options) ? serialized.options.map(String) : [];
    const value = typeof serialized.value === 'string' && options.includes(serialized.value) ? serialized.value : null;
    return new HavenChoiceNode(
      {
        sectionId: String(serialized.sectionId ?? ''),
        label: String(serialized.label ?? ''),
        hint: String(serialized.hint ?? ''),
      },
      options,
      value,
    );
  }

  constructor(meta: SectionMeta, options: string[], value: string | null, key?: NodeKey) {
    super(meta, key);
    this.__options = options;
    this.__value = value;
  }

  override exportJSON(): Serialized {
    return { type: 'haven-choice', version: 1, ...this.meta(), options: [...this.__options], value: this.__value };
  }

  /** The option chosen counts as the person's words, as main/journal/derive.ts counts it. */
  override getTextContent(): string {
    return this.__value ?? '';
  }

  setValue(value: string | null): void {
    this.__value = value !== null && this.__options.includes(value) ? value : null;
  }

  override decorate(): ReactNode {
    return <ChoiceField nodeKey={this.__key} meta={this.meta()} options={this.__options} value={this.__value} />;
  }
}

export const $isHavenChoiceNode = (node: LexicalNode | null | undefined): node is HavenChoiceNode =>
  node instanceof HavenChoiceNode;

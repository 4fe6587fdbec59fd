import type { LexicalNode, NodeKey, SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import { RESPONSE_LABELS, RESPONSE_VALUES, type ResponseValue } from '../../../../resources/templates/schema';
import type { SerializedResponse } from '../../../../resources/templates/section-nodes';
import { ResponseField } from '../fields/ResponseField';
import { type Incoming, SectionNode, type SectionMeta } from './FieldNode';

type Serialized = SerializedResponse & SerializedLexicalNode;

const readValue = (value: unknown): ResponseValue | null =>
  RESPONSE_VALUES.includes(value as ResponseValue) ? (value as ResponseValue) : null;

export const RESPONSE_OPTIONS = RESPONSE_VALUES.map((value) => ({ value, label: RESPONSE_LABELS[value] }));

/** What I did when it happened: Pursued, Withdrew, Froze or Stayed present. */
export class HavenResponseNode extends SectionNode {
  __value: ResponseValue | null;

  static override getType(): string {
    return 'haven-response';
  }

  static override clone(node: HavenResponseNode): HavenResponseNode {
    return new HavenResponseNode(node.meta(), node.__value, node.__key);
  }

  static override importJSON(serialized: Incoming<SerializedResponse>): HavenResponseNode {
    return new HavenResponseNode(
      {
        sectionId: String(serialized.sectionId ?? ''),
        label: String(serialized.label ?? 'Response'),
        hint: String(serialized.hint ?? ''),
      },
      readValue(serialized.value),
    );
  }

  constructor(meta: SectionMeta, value: ResponseValue | null, key?: NodeKey) {
    super(meta, key);
    this.__value = value;
  }

  override exportJSON(): Serialized {
    return { type: 'haven-response', version: 1, ...this.meta(), value: this.__value };
  }

  setValue(value: ResponseValue | null): void {
    this.__value = value;
  }

  override decorate(): ReactNode {
    return <ResponseField nodeKey={this.__key} meta={this.meta()} value={this.__value} />;
  }
}

export const $isHavenResponseNode = (node: LexicalNode | null | undefined): node is HavenResponseNode =>
  node instanceof HavenResponseNode;
export { readValue as readResponseValue };

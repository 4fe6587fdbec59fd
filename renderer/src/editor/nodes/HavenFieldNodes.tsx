import { DecoratorNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { ReactNode } from 'react';

/**
 * Structured fields of a trigger log, stored in the document where derive.ts reads them. Shown here as plain,
 * read-only lines; the templates work turns them into labelled controls.
 */
type SerializedValueNode<T> = Spread<{ value: T }, SerializedLexicalNode>;

const RESPONSE_LABEL: Record<string, string> = {
  pursued: 'Pursued',
  withdrew: 'Withdrew',
  froze: 'Froze',
  'stayed-present': 'Stayed present',
};

abstract class FieldNode<T> extends DecoratorNode<ReactNode> {
  __value: T;

  constructor(value: T, key?: NodeKey) {
    super(key);
    this.__value = value;
  }

  override createDOM(): HTMLElement {
    const div = document.createElement('div');
    div.className = 'ed-field-host';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }
}

export class HavenIntensityNode extends FieldNode<number> {
  static override getType(): string {
    return 'haven-intensity';
  }

  static override clone(node: HavenIntensityNode): HavenIntensityNode {
    return new HavenIntensityNode(node.__value, node.__key);
  }

  static override importJSON(serialized: SerializedValueNode<number>): HavenIntensityNode {
    return new HavenIntensityNode(serialized.value);
  }

  override exportJSON(): SerializedValueNode<number> {
    return { type: 'haven-intensity', version: 1, value: this.__value };
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): ReactNode {
    return <p className="ed-field">Intensity: {this.__value} of 10</p>;
  }
}

export class HavenResponseNode extends FieldNode<string> {
  static override getType(): string {
    return 'haven-response';
  }

  static override clone(node: HavenResponseNode): HavenResponseNode {
    return new HavenResponseNode(node.__value, node.__key);
  }

  static override importJSON(serialized: SerializedValueNode<string>): HavenResponseNode {
    return new HavenResponseNode(serialized.value);
  }

  override exportJSON(): SerializedValueNode<string> {
    return { type: 'haven-response', version: 1, value: this.__value };
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): ReactNode {
    return <p className="ed-field">What I did: {RESPONSE_LABEL[this.__value] ?? this.__value}</p>;
  }
}

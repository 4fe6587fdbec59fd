import type { LexicalNode, NodeKey, SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import type { SerializedIntensity } from '../../../../resources/templates/section-nodes';
import { IntensityField } from '../fields/IntensityField';
import { type Incoming, SectionNode, type SectionMeta } from './FieldNode';

type Serialized = SerializedIntensity & SerializedLexicalNode;

const readValue = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(10, Math.max(0, Math.round(value))) : null;

/** How strong it was, 0 to 10: a labelled slider. Unset until the person moves it. */
export class HavenIntensityNode extends SectionNode {
  __value: number | null;

  static override getType(): string {
    return 'haven-intensity';
  }

  static override clone(node: HavenIntensityNode): HavenIntensityNode {
    return new HavenIntensityNode(node.meta(), node.__value, node.__key);
  }

  static override importJSON(serialized: Incoming<SerializedIntensity>): HavenIntensityNode {
    return new HavenIntensityNode(
      {
        sectionId: String(serialized.sectionId ?? ''),
        // Documents from before templates had sections hold only the value.
        label: String(serialized.label ?? 'Intensity'),
        hint: String(serialized.hint ?? ''),
      },
      readValue(serialized.value),
    );
  }

  constructor(meta: SectionMeta, value: number | null, key?: NodeKey) {
    super(meta, key);
    this.__value = value;
  }

  override exportJSON(): Serialized {
    return { type: 'haven-intensity', version: 1, ...this.meta(), value: this.__value };
  }

  setValue(value: number | null): void {
    this.__value = value;
  }

  override decorate(): ReactNode {
    return <IntensityField nodeKey={this.__key} meta={this.meta()} value={this.__value} />;
  }
}

export const $isHavenIntensityNode = (node: LexicalNode | null | undefined): node is HavenIntensityNode =>
  node instanceof HavenIntensityNode;

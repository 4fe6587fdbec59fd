import type { LexicalNode, NodeKey, SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import type { SerializedSectionHeading } from '../../../../resources/templates/section-nodes';
import { type Incoming, SectionNode, type SectionMeta } from './FieldNode';

type Serialized = SerializedSectionHeading & SerializedLexicalNode;

/** The heading of a template's writing space: its name and a quiet hint. What the person writes follows it. */
export class HavenSectionNode extends SectionNode {
  static override getType(): string {
    return 'haven-section';
  }

  static override clone(node: HavenSectionNode): HavenSectionNode {
    return new HavenSectionNode(node.meta(), node.__key);
  }

  static override importJSON(serialized: Incoming<SerializedSectionHeading>): HavenSectionNode {
    return new HavenSectionNode({
      sectionId: String(serialized.sectionId ?? ''),
      label: String(serialized.label ?? ''),
      hint: String(serialized.hint ?? ''),
    });
  }

  constructor(meta: SectionMeta, key?: NodeKey) {
    super(meta, key);
  }

  override exportJSON(): Serialized {
    return { type: 'haven-section', version: 1, ...this.meta() };
  }

  override decorate(): ReactNode {
    return (
      <div className="ed-section">
        <h2 className="ed-section-label">{this.__label}</h2>
        {this.__hint && <p className="ed-section-hint">{this.__hint}</p>}
      </div>
    );
  }
}

export const $isHavenSectionNode = (node: LexicalNode | null | undefined): node is HavenSectionNode =>
  node instanceof HavenSectionNode;

import type { LexicalNode, NodeKey, SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import type { SerializedPrompt } from '../../../../resources/templates/section-nodes';
import { type Incoming, SectionNode } from './FieldNode';

type Serialized = SerializedPrompt & SerializedLexicalNode;

/**
 * A question above the person's answer. It can't be edited (the answer is theirs, the question isn't), and it
 * isn't counted as their words.
 */
export class HavenPromptNode extends SectionNode {
  __promptId: string | null;
  __text: string;

  static override getType(): string {
    return 'haven-prompt';
  }

  static override clone(node: HavenPromptNode): HavenPromptNode {
    return new HavenPromptNode(node.__sectionId, node.__promptId, node.__text, node.__key);
  }

  static override importJSON(serialized: Incoming<SerializedPrompt>): HavenPromptNode {
    return new HavenPromptNode(
      String(serialized.sectionId ?? ''),
      typeof serialized.promptId === 'string' ? serialized.promptId : null,
      String(serialized.text ?? ''),
    );
  }

  constructor(sectionId: string, promptId: string | null, text: string, key?: NodeKey) {
    super({ sectionId, label: '', hint: '' }, key);
    this.__promptId = promptId;
    this.__text = text;
  }

  override exportJSON(): Serialized {
    return {
      type: 'haven-prompt',
      version: 1,
      sectionId: this.__sectionId,
      promptId: this.__promptId,
      text: this.__text,
    };
  }

  override decorate(): ReactNode {
    return (
      <figure className="ed-prompt">
        <figcaption className="visually-hidden">Prompt</figcaption>
        <blockquote className="ed-prompt-text">{this.__text}</blockquote>
      </figure>
    );
  }
}

export function $createHavenPromptNode(promptId: string | null, text: string, sectionId = ''): HavenPromptNode {
  return new HavenPromptNode(sectionId, promptId, text);
}

export const $isHavenPromptNode = (node: LexicalNode | null | undefined): node is HavenPromptNode =>
  node instanceof HavenPromptNode;

import type { ResponseValue, TagPickerKind } from './schema';
import type { SerializedNode } from './lexical-json';

/**
 * The serialized shapes of Haven's section nodes: what an entry's Lexical JSON holds for each template section.
 * The editor's node classes (renderer/src/editor/nodes/) write exactly these, and main/journal/derive.ts reads
 * them. Every node carries its own label, hint and options, so a document never needs its template to render.
 */

interface Base {
  version: 1;
  /** The template section this node came from; '' when it was added by hand. */
  sectionId: string;
}

/** The heading of a text section: a label and a quiet hint. The person's text follows it as paragraphs. */
export interface SerializedSectionHeading extends Base {
  type: 'haven-section';
  label: string;
  hint: string;
}

export interface SerializedIntensity extends Base {
  type: 'haven-intensity';
  label: string;
  hint: string;
  /** 0–10, or null until the person sets it. */
  value: number | null;
}

export interface SerializedResponse extends Base {
  type: 'haven-response';
  label: string;
  hint: string;
  value: ResponseValue | null;
}

export interface PickedTag {
  name: string;
  /** How strong, 0–10; only emotion pickers offer it, and it stays null until set. */
  intensity: number | null;
}

export interface SerializedPicker extends Base {
  type: 'haven-picker';
  kind: TagPickerKind;
  label: string;
  hint: string;
  /** Emotion pickers offer an intensity beside each word. */
  withIntensity: boolean;
  items: PickedTag[];
}

export interface SerializedChoice extends Base {
  type: 'haven-choice';
  label: string;
  hint: string;
  options: string[];
  value: string | null;
}

export interface SerializedPrompt extends Base {
  type: 'haven-prompt';
  /** The prompt library's id, or null for a template's own question. */
  promptId: string | null;
  text: string;
}

export type SerializedSectionNode =
  | SerializedSectionHeading
  | SerializedIntensity
  | SerializedResponse
  | SerializedPicker
  | SerializedChoice
  | SerializedPrompt;

/** Widens a section node to the generic serialized shape the document builders take. */
export const asNode = (node: SerializedSectionNode): SerializedNode => node as unknown as SerializedNode;

import type { LexicalNode, NodeKey, SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';
import { TAG_PICKER_KINDS, type TagPickerKind } from '../../../../resources/templates/schema';
import type { PickedTag, SerializedPicker } from '../../../../resources/templates/section-nodes';
import { PickerField } from '../fields/PickerField';
import { type Incoming, SectionNode, type SectionMeta } from './FieldNode';

type Serialized = SerializedPicker & SerializedLexicalNode;

const fold = (name: string) => name.trim().toLocaleLowerCase();

function readItems(items: unknown): PickedTag[] {
  if (!Array.isArray(items)) return [];
  const seen = new Set<string>();
  const out: PickedTag[] = [];
  for (const item of items as { name?: unknown; intensity?: unknown }[]) {
    const name = typeof item?.name === 'string' ? item.name.trim() : '';
    if (!name || seen.has(fold(name))) continue;
    seen.add(fold(name));
    const intensity =
      typeof item.intensity === 'number' && item.intensity >= 0 && item.intensity <= 10
        ? Math.round(item.intensity)
        : null;
    out.push({ name, intensity });
  }
  return out;
}

/** A tag picker: the triggers, emotions or needs that came up, each emotion with how strong it was. */
export class HavenPickerNode extends SectionNode {
  __kind: TagPickerKind;
  __withIntensity: boolean;
  __items: PickedTag[];

  static override getType(): string {
    return 'haven-picker';
  }

  static override clone(node: HavenPickerNode): HavenPickerNode {
    return new HavenPickerNode(node.meta(), node.__kind, node.__withIntensity, node.__items, node.__key);
  }

  static override importJSON(serialized: Incoming<SerializedPicker>): HavenPickerNode {
    const kind = serialized.kind && TAG_PICKER_KINDS.includes(serialized.kind) ? serialized.kind : 'trigger';
    return new HavenPickerNode(
      {
        sectionId: String(serialized.sectionId ?? ''),
        label: String(serialized.label ?? ''),
        hint: String(serialized.hint ?? ''),
      },
      kind,
      serialized.withIntensity === true,
      readItems(serialized.items),
    );
  }

  constructor(meta: SectionMeta, kind: TagPickerKind, withIntensity: boolean, items: PickedTag[], key?: NodeKey) {
    super(meta, key);
    this.__kind = kind;
    this.__withIntensity = withIntensity;
    this.__items = items;
  }

  override exportJSON(): Serialized {
    return {
      type: 'haven-picker',
      version: 1,
      ...this.meta(),
      kind: this.__kind,
      withIntensity: this.__withIntensity,
      items: this.__items.map((item) => ({ ...item })),
    };
  }

  /** The words chosen count as the person's words, as main/journal/derive.ts counts them. */
  override getTextContent(): string {
    return this.__items.map((item) => item.name).join(', ');
  }

  addItem(name: string): void {
    const trimmed = name.trim();
    if (!trimmed || this.__items.some((item) => fold(item.name) === fold(trimmed))) return;
    this.__items = [...this.__items, { name: trimmed, intensity: null }];
  }

  removeItem(name: string): void {
    this.__items = this.__items.filter((item) => fold(item.name) !== fold(name));
  }

  setIntensity(name: string, intensity: number | null): void {
    this.__items = this.__items.map((item) => (fold(item.name) === fold(name) ? { ...item, intensity } : item));
  }

  override decorate(): ReactNode {
    return (
      <PickerField
        nodeKey={this.__key}
        meta={this.meta()}
        kind={this.__kind}
        withIntensity={this.__withIntensity}
        items={this.__items}
      />
    );
  }
}

export const $isHavenPickerNode = (node: LexicalNode | null | undefined): node is HavenPickerNode =>
  node instanceof HavenPickerNode;

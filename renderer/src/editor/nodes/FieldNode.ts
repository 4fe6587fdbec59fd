import { DecoratorNode, stopLexicalPropagation, type NodeKey, type SerializedLexicalNode } from 'lexical';
import type { ReactNode } from 'react';

/**
 * Events that start inside a field's own controls (a slider, a radio, a combobox) belong to that control. Lexical
 * listens on the editor's root, above them; marking each event as handled keeps Lexical from treating a key
 * pressed in a combobox as typing in the entry, while the event still reaches React's handlers further up.
 */
const OWN_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'paste',
  'cut',
  'copy',
  'click',
  'mousedown',
  'pointerdown',
  'dragstart',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

export function fieldHost(className: string): HTMLElement {
  const host = document.createElement('div');
  host.className = className;
  for (const type of OWN_EVENTS) {
    host.addEventListener(type, (event) => {
      const target = event.target as HTMLElement | null;
      // Only events from a control: a click on a field's empty space may still select the field as a whole.
      if (target?.closest('input, select, textarea, button, [role="option"], [role="listbox"]')) {
        stopLexicalPropagation(event);
      }
    });
  }
  return host;
}

/** The parts every section node keeps with it, so a document renders without its template. */
export interface SectionMeta {
  sectionId: string;
  label: string;
  hint: string;
}

/** A block-level section node rendered by React; its value changes through `editor.update`. */
export abstract class SectionNode extends DecoratorNode<ReactNode> {
  __sectionId: string;
  __label: string;
  __hint: string;

  constructor(meta: SectionMeta, key?: NodeKey) {
    super(key);
    this.__sectionId = meta.sectionId;
    this.__label = meta.label;
    this.__hint = meta.hint;
  }

  meta(): SectionMeta {
    return { sectionId: this.__sectionId, label: this.__label, hint: this.__hint };
  }

  override createDOM(): HTMLElement {
    return fieldHost('ed-field-host');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /** A field's label isn't something the person wrote, so it adds nothing to the text or its word count. */
  override getTextContent(): string {
    return '';
  }
}

/** What importJSON may meet: any saved node of the type, with any field missing (older or hand-made documents). */
export type Incoming<T> = SerializedLexicalNode & Partial<Omit<T, 'type' | 'version'>>;

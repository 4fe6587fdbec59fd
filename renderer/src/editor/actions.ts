import {
  FORMAT_TEXT_COMMAND,
  IS_APPLE,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type TextFormatType,
} from 'lexical';
import { $toggleBlockType, type BlockType } from './blockType';
import { OPEN_LINK_DIALOG_COMMAND, TOGGLE_FOCUS_MODE_COMMAND } from './commands';

/**
 * What the toolbar and the keyboard can do, with the one shortcut table both read: the toolbar shows each
 * shortcut in its tooltip and in aria-keyshortcuts, and the editor answers the same keys.
 *
 * Ctrl/Cmd+K (search) and Ctrl/Cmd+L (lock) belong to the whole window and are deliberately absent, so those
 * keys reach it from inside the editor.
 */
export type ActionId =
  | 'undo'
  | 'redo'
  | 'paragraph'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'bullet'
  | 'number'
  | 'check'
  | 'quote'
  | 'link'
  | 'focus';

/** A key pressed with Ctrl (Cmd on a Mac), and perhaps Shift or Alt (Option). */
interface KeyCombo {
  /** The key as printed on the keycap, lowercase. */
  key: string;
  /** The physical key, for keys that Shift or Alt turn into another character (Shift+8 types "*"). */
  code: string;
  shift?: boolean;
  alt?: boolean;
}

export interface Action {
  id: ActionId;
  label: string;
  combos: KeyCombo[];
}

const letter = (key: string, extra: Omit<KeyCombo, 'key' | 'code'> = {}): KeyCombo => ({
  key,
  code: `Key${key.toUpperCase()}`,
  ...extra,
});
const digit = (key: string, extra: Omit<KeyCombo, 'key' | 'code'>): KeyCombo => ({
  key,
  code: `Digit${key}`,
  ...extra,
});

export const ACTIONS: Record<ActionId, Action> = {
  undo: { id: 'undo', label: 'Undo', combos: [letter('z')] },
  redo: { id: 'redo', label: 'Redo', combos: [letter('z', { shift: true }), letter('y')] },
  paragraph: { id: 'paragraph', label: 'Paragraph', combos: [digit('0', { alt: true })] },
  h1: { id: 'h1', label: 'Heading 1', combos: [digit('1', { alt: true })] },
  h2: { id: 'h2', label: 'Heading 2', combos: [digit('2', { alt: true })] },
  h3: { id: 'h3', label: 'Heading 3', combos: [digit('3', { alt: true })] },
  bold: { id: 'bold', label: 'Bold', combos: [letter('b')] },
  italic: { id: 'italic', label: 'Italic', combos: [letter('i')] },
  underline: { id: 'underline', label: 'Underline', combos: [letter('u')] },
  bullet: { id: 'bullet', label: 'Bulleted list', combos: [digit('8', { shift: true })] },
  number: { id: 'number', label: 'Numbered list', combos: [digit('7', { shift: true })] },
  check: { id: 'check', label: 'Check list', combos: [digit('9', { shift: true })] },
  quote: { id: 'quote', label: 'Quote', combos: [{ key: '.', code: 'Period', shift: true }] },
  link: { id: 'link', label: 'Link', combos: [letter('k', { alt: true })] },
  focus: { id: 'focus', label: 'Distraction-free mode', combos: [letter('f', { shift: true })] },
};

const LATIN_LETTER = /^[a-z]$/;

function matches(event: KeyboardEvent, combo: KeyCombo): boolean {
  const mod = IS_APPLE ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod || event.shiftKey !== Boolean(combo.shift) || event.altKey !== Boolean(combo.alt)) return false;
  if (LATIN_LETTER.test(combo.key)) {
    // Letters follow the layout (Ctrl+B is wherever B is); the physical key only stands in when the layout
    // types no Latin letter there (Cyrillic, or Option on a Mac).
    const key = event.key.toLowerCase();
    return key === combo.key || (!LATIN_LETTER.test(key) && event.code === combo.code);
  }
  return event.code === combo.code || event.key === combo.key;
}

/** The action a key press asks for, if any. */
export function actionForKey(event: KeyboardEvent): ActionId | null {
  for (const action of Object.values(ACTIONS)) {
    if (action.combos.some((combo) => matches(event, combo))) return action.id;
  }
  return null;
}

/** "Ctrl+Shift+8" (or "⇧⌘8" on a Mac): how a tooltip shows a shortcut. */
export function describeShortcut(action: Action): string {
  return action.combos
    .map((combo) => {
      const key = combo.key.toUpperCase();
      if (IS_APPLE) return `${combo.alt ? '⌥' : ''}${combo.shift ? '⇧' : ''}⌘${key}`;
      return ['Ctrl', combo.alt && 'Alt', combo.shift && 'Shift', key].filter(Boolean).join('+');
    })
    .join(' or ');
}

/** The same shortcuts in the form aria-keyshortcuts takes: "Control+Shift+8". */
export function ariaKeyShortcuts(action: Action): string {
  return action.combos
    .map((combo) =>
      [IS_APPLE ? 'Meta' : 'Control', combo.alt && 'Alt', combo.shift && 'Shift', combo.key.toUpperCase()]
        .filter(Boolean)
        .join('+'),
    )
    .join(' ');
}

const TEXT_FORMATS: Partial<Record<ActionId, TextFormatType>> = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
};
const BLOCK_TYPES: Partial<Record<ActionId, BlockType>> = {
  paragraph: 'paragraph',
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  bullet: 'bullet',
  number: 'number',
  check: 'check',
  quote: 'quote',
};

export function runAction(editor: LexicalEditor, id: ActionId): void {
  const format = TEXT_FORMATS[id];
  const block = BLOCK_TYPES[id];
  if (format) editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
  else if (block) editor.update(() => $toggleBlockType(block));
  else if (id === 'undo') editor.dispatchCommand(UNDO_COMMAND, undefined);
  else if (id === 'redo') editor.dispatchCommand(REDO_COMMAND, undefined);
  else if (id === 'link') editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
  else if (id === 'focus') editor.dispatchCommand(TOGGLE_FOCUS_MODE_COMMAND, undefined);
}

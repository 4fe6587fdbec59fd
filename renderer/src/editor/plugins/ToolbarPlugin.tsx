import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  KEY_DOWN_COMMAND,
  COMMAND_PRIORITY_LOW,
  type EditorState,
} from 'lexical';
import { Fragment, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ACTIONS, actionForKey, ariaKeyShortcuts, describeShortcut, runAction, type ActionId } from '../actions';
import { $getBlockType, type BlockType } from '../blockType';
import { ICONS } from '../icons';

interface Formats {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  block: BlockType | null;
  link: boolean;
}

const NO_FORMATS: Formats = { bold: false, italic: false, underline: false, block: null, link: false };

function readFormats(state: EditorState): Formats {
  return state.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return NO_FORMATS;
    return {
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      underline: selection.hasFormat('underline'),
      block: $getBlockType(),
      link: $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null,
    };
  });
}

const sameFormats = (a: Formats, b: Formats) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.block === b.block && a.link === b.link;

const GROUPS: ActionId[][] = [
  ['undo', 'redo'],
  ['paragraph', 'h1', 'h2', 'h3'],
  ['bold', 'italic', 'underline'],
  ['bullet', 'number', 'check', 'quote'],
  ['link'],
  ['focus'],
];
const ORDER = GROUPS.flat();

/**
 * The formatting toolbar (WAI-ARIA toolbar pattern): one Tab stop, arrow keys move between buttons, every button
 * named, its shortcut in its tooltip and aria-keyshortcuts, and toggles reporting their state with aria-pressed.
 * It re-renders only when what it shows changes, not on every keystroke.
 */
export function ToolbarPlugin({ focusMode }: { focusMode: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>(() => readFormats(editor.getEditorState()));
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [active, setActive] = useState(0);
  const buttons = useRef(new Map<ActionId, HTMLButtonElement>());

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = readFormats(editorState);
          setFormats((current) => (sameFormats(current, next) ? current : next));
        }),
        // Alt+F10 reaches the toolbar from anywhere in the entry, where Shift+Tab may walk a template's fields.
        editor.registerCommand<globalThis.KeyboardEvent>(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!event.altKey || event.key !== 'F10') return false;
            const toolbar = editor.getRootElement()?.closest('.ed-root')?.querySelector('[role="toolbar"]');
            const current = toolbar?.querySelector<HTMLElement>('[tabindex="0"]');
            if (!current) return false;
            event.preventDefault();
            current.focus();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const pressed = (id: ActionId): boolean | undefined => {
    switch (id) {
      case 'undo':
      case 'redo':
        return undefined;
      case 'bold':
      case 'italic':
      case 'underline':
      case 'link':
        return formats[id];
      case 'focus':
        return focusMode;
      default:
        return formats.block === id;
    }
  };
  const disabled = (id: ActionId) => (id === 'undo' && !canUndo) || (id === 'redo' && !canRedo);

  const moveTo = (index: number) => {
    const next = (index + ORDER.length) % ORDER.length;
    setActive(next);
    buttons.current.get(ORDER[next] as ActionId)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = actionForKey(event.nativeEvent);
    if (action) {
      event.preventDefault();
      runAction(editor, action);
      return;
    }
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: -1 };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div role="toolbar" aria-label="Formatting" className="ed-toolbar" onKeyDown={onKeyDown}>
      {GROUPS.map((group, g) => (
        <Fragment key={group.join()}>
          {g > 0 && <span className="ed-toolbar-divider" aria-hidden="true" />}
          {group.map((id) => {
            const action = ACTIONS[id];
            const index = ORDER.indexOf(id);
            const off = disabled(id);
            return (
              <button
                key={id}
                ref={(element) => {
                  if (element) buttons.current.set(id, element);
                  else buttons.current.delete(id);
                }}
                type="button"
                className="ed-tool"
                // The tooltip is drawn by CSS from this attribute, so it never competes with the button's name.
                data-tip={`${action.label} (${describeShortcut(action)})`}
                aria-label={action.label}
                aria-keyshortcuts={ariaKeyShortcuts(action)}
                aria-pressed={pressed(id)}
                aria-disabled={off || undefined}
                tabIndex={index === active ? 0 : -1}
                // Mouse clicks leave the caret where it was; keyboard users stay in the toolbar.
                onMouseDown={(event) => event.preventDefault()}
                onFocus={() => setActive(index)}
                onClick={() => {
                  if (!off) runAction(editor, id);
                }}
              >
                {ICONS[id]}
              </button>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}

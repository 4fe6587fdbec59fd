import { Segmented } from '../../components/Segmented';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MenuOption } from '@lexical/react/LexicalMenuOption';
import { LexicalTypeaheadMenuPlugin, useBasicTypeaheadTriggerMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import {
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $setSelection,
  type BaseSelection,
  type TextNode,
} from 'lexical';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { TAG_KINDS, type TagInfo, type TagKind } from '../../../../preload/contract';
import { Dialog } from '../../components/Dialog';
import { $createHavenTagNode } from '../nodes/HavenTagNode';
import { KIND_NAMES, suggest, useVocabulary } from '../vocabulary';
import { Button } from '../../components/Button';

class TagOption extends MenuOption {
  constructor(
    readonly kind: TagKind | null,
    readonly name: string,
    readonly meaning: string,
  ) {
    super(kind ? `${kind}:${name}` : `new:${name}`);
  }
}

const KIND_LABEL: Record<TagKind, string> = { trigger: 'Trigger', emotion: 'Emotion', need: 'Need', tag: 'Tag' };

interface Pending {
  name: string;
  selection: BaseSelection | null;
}

/**
 * `#` opens suggestions over the person's triggers, emotions, needs and tags; picking one puts a chip in the
 * text. A word that isn't there yet can be added, after a confirmation that also asks what kind it is.
 */
export function TagTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const vocabulary = useVocabulary();
  const [query, setQuery] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const triggerFn = useBasicTypeaheadTriggerMatch('#', { minLength: 0, maxLength: 40, allowWhitespace: true });

  const options = useMemo(() => {
    if (query === null) return [];
    const found = suggest(vocabulary.tags, TAG_KINDS, query, new Set(), 7).map(
      (tag: TagInfo) => new TagOption(tag.kind, tag.name, tag.meaning),
    );
    const trimmed = query.trim();
    const exists = trimmed && TAG_KINDS.some((kind) => vocabulary.find(kind, trimmed));
    if (trimmed && !exists) found.push(new TagOption(null, trimmed, ''));
    return found;
  }, [query, vocabulary]);

  const insertChip = (kind: TagKind, name: string) => {
    $insertNodes([$createHavenTagNode(kind, name), $createTextNode(' ')]);
  };

  return (
    <>
      <LexicalTypeaheadMenuPlugin<TagOption>
        triggerFn={triggerFn}
        onQueryChange={setQuery}
        options={options}
        onSelectOption={(option, textNode: TextNode | null, close) => {
          editor.update(() => {
            textNode?.remove();
            if (option.kind) {
              insertChip(option.kind, option.name);
            } else {
              const selection = $getSelection();
              setPending({ name: option.name, selection: selection ? selection.clone() : null });
            }
          });
          close();
        }}
        menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex, options: shown }) =>
          anchor.current && shown.length > 0
            ? createPortal(
                <ul className="combo-list typeahead" role="listbox" aria-label="Tags">
                  {shown.map((option, index) => (
                    <li
                      key={option.key}
                      ref={(element) => option.setRefElement(element)}
                      id={`typeahead-${index}`}
                      role="option"
                      aria-selected={selectedIndex === index}
                      className={selectedIndex === index ? 'combo-option active' : 'combo-option'}
                      title={option.meaning || undefined}
                      onMouseEnter={() => setHighlightedIndex(index)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => selectOptionAndCleanUp(option)}
                    >
                      {option.kind ? (
                        <>
                          <span className="combo-option-name">{option.name}</span>
                          <span className="combo-option-kind">{KIND_LABEL[option.kind]}</span>
                          {selectedIndex === index && option.meaning && (
                            <span className="combo-option-meaning">{option.meaning}</span>
                          )}
                        </>
                      ) : (
                        <span className="combo-option-name">Add “{option.name}” as a new tag…</span>
                      )}
                    </li>
                  ))}
                </ul>,
                anchor.current,
              )
            : null
        }
      />
      {pending && (
        <NewTagDialog
          name={pending.name}
          onCancel={() => {
            // Nothing typed is lost: the words come back as they were.
            editor.update(() => {
              if (pending.selection) $setSelection(pending.selection.clone());
              const selection = $getSelection();
              if ($isRangeSelection(selection)) selection.insertText(`#${pending.name}`);
            });
            setPending(null);
            editor.focus();
          }}
          onConfirm={async (kind) => {
            const problem = await vocabulary.create(kind, pending.name);
            if (problem) return problem;
            editor.update(() => {
              if (pending.selection) $setSelection(pending.selection.clone());
              insertChip(kind, pending.name);
            });
            setPending(null);
            editor.focus();
            return null;
          }}
        />
      )}
    </>
  );
}

function NewTagDialog({
  name,
  onCancel,
  onConfirm,
}: {
  name: string;
  onCancel: () => void;
  onConfirm: (kind: TagKind) => Promise<string | null>;
}) {
  const [kind, setKind] = useState<TagKind>('tag');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const busy = useRef(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setError(await onConfirm(kind));
    busy.current = false;
  };
  return (
    <Dialog title={`Add “${name}”`} onClose={onCancel}>
      <form onSubmit={(event) => void submit(event)}>
        <fieldset className="dialog-fieldset">
          <legend id={`${id}-kind`}>What kind of word is it?</legend>
          <Segmented
            options={TAG_KINDS.map((option) => ({ value: option, label: KIND_LABEL[option] }))}
            value={kind}
            onChange={setKind}
            labelledBy={`${id}-kind`}
            autoFocusOn="tag"
          />
        </fieldset>
        <p className="gentle">It joins your {KIND_NAMES[kind].many}; you can rename or archive it later in Tags.</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            Add {KIND_NAMES[kind].one}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

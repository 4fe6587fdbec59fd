import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  type RangeSelection,
} from 'lexical';
import { useEffect, useState, type FormEvent } from 'react';
import { OPEN_LINK_DIALOG_COMMAND } from '../commands';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { checkLinkUrl } from '../url';
import { Button } from '../../components/Button';

interface LinkRequest {
  /**
   * The selection when the dialog opened. Focus moves into the dialog, and the editor may let go of its selection
   * meanwhile; the link goes where the person asked for it.
   */
  selection: RangeSelection;
  /** The address of the link the selection is in, if it is in one. */
  url: string;
  editing: boolean;
  /** Nothing is selected, so the link needs words of its own. */
  needsText: boolean;
}

function $linkRequest(): LinkRequest | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  const saved = selection.clone();
  if (link) return { selection: saved, url: link.getURL(), editing: true, needsText: false };
  return { selection: saved, url: '', editing: false, needsText: selection.isCollapsed() };
}

/** Puts back the selection the dialog was opened with, if its text is still there. */
function $restoreSelection(saved: RangeSelection): RangeSelection | null {
  const { anchor, focus } = saved;
  if (!$getNodeByKey(anchor.key)?.isAttached() || !$getNodeByKey(focus.key)?.isAttached()) {
    const current = $getSelection();
    return $isRangeSelection(current) ? current : null;
  }
  const selection = saved.clone();
  $setSelection(selection);
  return selection;
}

/** Asks for a link's address (Ctrl/Cmd+Alt+K, or the toolbar), then links the selected words to it. */
export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [request, setRequest] = useState<LinkRequest | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_DIALOG_COMMAND,
        () => {
          const next = $linkRequest();
          if (next) setRequest(next);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  if (!request) return null;
  const finish = (apply?: () => void) => {
    if (apply) editor.update(apply);
    setRequest(null);
  };
  return (
    <LinkDialog
      request={request}
      onCancel={() => finish()}
      onRemove={() =>
        finish(() => {
          if ($restoreSelection(request.selection)) $toggleLink(null);
        })
      }
      onSave={(url, text) =>
        finish(() => {
          const selection = $restoreSelection(request.selection);
          if (!selection) return;
          if (!request.needsText) return $toggleLink(url);
          const link = $createLinkNode(url).append($createTextNode(text || url));
          selection.insertNodes([link]);
          // Carry on writing after the link, not inside it.
          link.selectNext(0, 0);
        })
      }
      returnFocus={() => editor.focus()}
    />
  );
}

function LinkDialog({
  request,
  onSave,
  onRemove,
  onCancel,
  returnFocus,
}: {
  request: LinkRequest;
  onSave: (url: string, text: string) => void;
  onRemove: () => void;
  onCancel: () => void;
  returnFocus: () => void;
}) {
  const [url, setUrl] = useState(request.url);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkLinkUrl(url);
    if (!check.ok) return setError(check.message);
    onSave(check.url, text.trim());
  };

  return (
    <Dialog title={request.editing ? 'Edit link' : 'Add a link'} onClose={onCancel} returnFocus={returnFocus}>
      <form className="dialog-body" onSubmit={submit} noValidate>
        <Field label="Link address" hint="A web page (https://…) or an email address." error={error}>
          {(control) => (
            <input
              {...control}
              data-autofocus
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={url}
              placeholder="https://"
              onChange={(event) => {
                setUrl(event.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        {request.needsText && (
          <Field label="Text to show">
            {(control) => (
              <input {...control} type="text" value={text} onChange={(event) => setText(event.target.value)} />
            )}
          </Field>
        )}
        <div className="dialog-actions">
          {request.editing && (
            <Button variant="danger" className="dialog-remove" onClick={onRemove}>
              Remove link
            </Button>
          )}
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            {request.editing ? 'Save link' : 'Add link'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

import { $isLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getNearestNodeFromDOMNode } from 'lexical';
import { useEffect, useState } from 'react';
import { haven } from '../../haven';
import { Dialog } from '../../components/Dialog';
import { safeLinkUrl } from '../url';
import { Button } from '../../components/Button';

/**
 * A link in an entry never opens by itself: clicking it (with or without Ctrl/Cmd, or with the middle button)
 * asks first, showing the whole address, and only "Open link" hands it to the system browser.
 */
export function LinkOpenPlugin() {
  const [editor] = useLexicalComposerContext();
  const [url, setUrl] = useState<string | null>(null);

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return;
        const onClick = (event: MouseEvent) => {
          const anchor = event.target instanceof Element ? event.target.closest('a') : null;
          if (!anchor || !root.contains(anchor)) return;
          event.preventDefault();
          // Dragging across a link to select words is not a request to open it.
          if (event.type === 'click' && !(window.getSelection()?.isCollapsed ?? true)) return;
          const address = editor.read(() => {
            const node = $getNearestNodeFromDOMNode(anchor);
            const link = node ? $findMatchingParent(node, $isLinkNode) : null;
            return link ? safeLinkUrl(link.getURL()) : null;
          });
          if (address) setUrl(address);
        };
        root.addEventListener('click', onClick);
        root.addEventListener('auxclick', onClick);
        return () => {
          root.removeEventListener('click', onClick);
          root.removeEventListener('auxclick', onClick);
        };
      }),
    [editor],
  );

  if (url === null) return null;
  return <OpenLinkDialog url={url} onClose={() => setUrl(null)} returnFocus={() => editor.focus()} />;
}

function OpenLinkDialog({ url, onClose, returnFocus }: { url: string; onClose: () => void; returnFocus: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);

  const open = async () => {
    if (opening) return;
    setOpening(true);
    const result = await haven().app.openLink({ url });
    setOpening(false);
    if (result.ok) onClose();
    else setError(`Haven couldn't open the link. ${result.error.message}`);
  };

  return (
    <Dialog title="Open this link in your browser?" onClose={onClose} returnFocus={returnFocus}>
      <div className="dialog-body">
        <p className="dialog-url">{url}</p>
        <p className="hint">It opens outside Haven, in your usual browser or mail program.</p>
        {error && (
          <p role="alert" className="hint hint-warn">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" data-autofocus onClick={() => void open()}>
            Open link
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

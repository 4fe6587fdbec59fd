import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './dialog.css';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A small modal dialog: named by its title, focus kept inside while it is open and handed back to where it was
 * when it closes, Escape closes it. Rendered only while open. Built on <dialog>.showModal(), which makes the
 * rest of the page inert; Tab and Shift+Tab wrap around within it.
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
  returnFocus,
}: {
  title: string;
  /** One line under the title that the dialog is described by. */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Where focus goes on close when the element that had it is gone. */
  returnFocus?: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
      else returnFocus?.();
    };
    // Opening and closing follow mounting; returnFocus is read once, at close.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      // Handled here rather than by the browser's cancel, so a second Escape can't close it behind React's back
      // and so nothing else on the page (distraction-free mode) takes the same key.
      event.preventDefault();
      event.stopPropagation();
      close.current();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        close.current();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {description && (
        <p id={descriptionId} className="dialog-text">
          {description}
        </p>
      )}
      {children}
    </dialog>
  );
}

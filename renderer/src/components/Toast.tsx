import { useEffect, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from 'react';
import './toast.css';
import { Button } from './Button';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

interface ToastMessage {
  id: number;
  message: string;
  action?: ToastAction;
}

/** Long enough to read a line and reach its button; short enough not to follow you into the next thing you do. */
export const TOAST_MS = 7_000;
/** After a pause (hover or focus), a little time to read again, never an instant vanish. */
const AFTER_PAUSE_MS = 2_000;

let current: ToastMessage | null = null;
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

/**
 * Says something just happened, for a few seconds, in one place for the whole window: it outlives a change of
 * view (a deletion returns you to the timeline). A newer message replaces the one showing. Errors that need
 * something done stay in their view as a Notice instead.
 */
export function showToast(message: string, action?: ToastAction): void {
  current = { id: nextId++, message, ...(action ? { action } : {}) };
  emit();
}

function dismiss(id: number): void {
  if (current?.id !== id) return;
  current = null;
  emit();
}

export function Toaster() {
  const toast = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  return toast ? <Toast key={toast.id} toast={toast} /> : null;
}

function Toast({ toast }: { toast: ToastMessage }) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const remaining = useRef(TOAST_MS);
  // Where the keyboard came from, so closing the message doesn't drop focus onto the page's body.
  const returnTo = useRef<HTMLElement | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // The clock runs only while the message is neither hovered nor focused, so a keyboard user can reach Undo.
  useEffect(() => {
    if (hovered || focused) return;
    const started = Date.now();
    const timer = setTimeout(() => dismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(AFTER_PAUSE_MS, remaining.current - (Date.now() - started));
    };
  }, [hovered, focused, toast.id]);

  const close = () => {
    if (root.current?.contains(document.activeElement) && returnTo.current?.isConnected) returnTo.current.focus();
    dismiss(toast.id);
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) returnTo.current = from;
    setFocused(true);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  const action = toast.action;
  return (
    <div
      ref={root}
      className="toast"
      role="status"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <p className="toast-message">{toast.message}</p>
      {action && (
        <Button
          variant="secondary"
          onClick={() => {
            close();
            void action.run();
          }}
        >
          {action.label}
        </Button>
      )}
      <Button variant="icon" className="toast-close" aria-label="Dismiss" title="Dismiss (Esc)" onClick={close}>
        <span aria-hidden="true">×</span>
      </Button>
    </div>
  );
}

import { useSyncExternalStore } from 'react';

interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

let current: UndoOffer | null = null;
let expiry: ReturnType<typeof setTimeout> | undefined;
/** Long enough to notice and reach the button, short enough not to linger over the next thing you do. */
const OFFER_MS = 12_000;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

/** Offers "Undo" for something just done, across a change of view (a deletion returns you to the timeline). */
export function showUndo(message: string, undo: () => Promise<void>): void {
  current = { message, undo };
  clearTimeout(expiry);
  expiry = setTimeout(dismiss, OFFER_MS);
  emit();
}

function dismiss(): void {
  clearTimeout(expiry);
  current = null;
  emit();
}

export function UndoBar() {
  const offer = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  if (!offer) return null;
  return (
    <div className="undo-bar" role="status">
      <span>{offer.message}</span>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          dismiss();
          void offer.undo();
        }}
      >
        Undo
      </button>
      <button type="button" className="button-link" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}

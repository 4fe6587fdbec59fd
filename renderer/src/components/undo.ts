import { showToast } from './Toast';

/** Offers "Undo" for something just done, in the window's one transient message. */
export function showUndo(message: string, undo: () => Promise<void>): void {
  showToast(message, { label: 'Undo', run: undo });
}

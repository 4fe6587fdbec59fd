/** How far long work in the main process has come (an import, a rename across the journal), in entries. */
export interface Progress {
  done: number;
  total: number;
}

/** The app events that report progress, as preload/contract.ts's AppEvent names them. */
export type ProgressKind = 'import-progress' | 'retag-progress';

const listeners = new Map<ProgressKind, Set<(progress: Progress) => void>>();

/** App's event loop hands each progress event here; a dialog listens while its work runs. */
export function reportProgress(kind: ProgressKind, progress: Progress): void {
  for (const listener of listeners.get(kind) ?? []) listener(progress);
}

export function onProgress(kind: ProgressKind, listener: (progress: Progress) => void): () => void {
  let set = listeners.get(kind);
  if (!set) listeners.set(kind, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

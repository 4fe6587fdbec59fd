/** How far a running import has come, in entries, as the main process reports it through app:nextEvent. */
export interface ImportProgress {
  done: number;
  total: number;
}

const listeners = new Set<(progress: ImportProgress) => void>();

/** App's event loop hands each 'import-progress' event here; the Import dialog listens while it runs. */
export function reportImportProgress(progress: ImportProgress): void {
  for (const listener of listeners) listener(progress);
}

export function onImportProgress(listener: (progress: ImportProgress) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

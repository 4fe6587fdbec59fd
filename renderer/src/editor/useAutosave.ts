import { useEffect, useState } from 'react';
import { haven } from '../haven';
import { Autosaver, type SaveState } from './autosaver';
import { registerFlush } from './pending';

export type { SaveState };

/** Autosave for one entry: within a second of the last keystroke, on blur, before a lock, and on leaving. */
export function useAutosave(entry: { id: string | null; date: string; title: string }) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [saver] = useState(
    () =>
      new Autosaver(entry.id, {
        save: (request) => haven().entries.save(request),
        meta: () => ({ date: entry.date, title: entry.title }),
        onState: setState,
      }),
  );

  useEffect(() => {
    const unregister = registerFlush(() => saver.flush());
    return () => {
      unregister();
      void saver.flush().then(() => saver.dispose());
    };
  }, [saver]);

  return { state, change: (doc: string) => saver.change(doc), flush: () => saver.flush() };
}

import { useEffect, useState } from 'react';
import type { Entry } from '../../../preload/contract';
import { haven } from '../haven';
import { Autosaver, type SaveState } from './autosaver';
import { registerFlush } from './pending';

export type { SaveState };

export interface AutosaveTarget {
  id: string | null;
  initialDoc: string | null;
  /** Read at save time, so the newest title and date go with the newest document. */
  meta: () => { date: string; title: string; template: string; templateVersion?: number };
  onSaved?: (entry: Entry) => void;
}

/** Autosave for one entry: within a second of the last keystroke, on blur, before a lock, and on leaving. */
export function useAutosave(target: AutosaveTarget) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [saver] = useState(
    () =>
      new Autosaver(target.id, target.initialDoc, {
        save: (request) => haven().entries.save(request),
        meta: target.meta,
        onState: setState,
        ...(target.onSaved ? { onSaved: target.onSaved } : {}),
      }),
  );

  useEffect(() => {
    const unregister = registerFlush(() => saver.flush());
    return () => {
      unregister();
      // Leaving an entry that holds nothing (a page opened from "New entry" and left) removes it. Asked at
      // once when nothing is waiting to be saved, so the view opened next already counts without it.
      const discard = () => {
        if (saver.entryId) void haven().entries.discardIfEmpty({ id: saver.entryId });
      };
      if (!saver.busy) {
        discard();
        saver.dispose();
        return;
      }
      void saver.flush().then(() => {
        saver.dispose();
        discard();
      });
    };
  }, [saver]);

  return {
    state,
    change: (doc: string) => saver.change(doc),
    touch: () => saver.touch(),
    flush: () => saver.flush(),
  };
}

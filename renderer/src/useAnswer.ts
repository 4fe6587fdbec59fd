import { useEffect, type DependencyList } from 'react';
import type { Result } from './haven';

/**
 * Asks the main process when the component mounts and again whenever `deps` change, and hands the answer to
 * `onValue`, or its message to `onError`. An answer that comes after the component has gone, or after it has
 * asked again, is dropped, so a slow answer never overwrites a newer one. `ask` may return null: nothing to
 * ask yet (a period not chosen, a template not saved).
 */
export function useAnswer<T>(
  ask: () => Promise<Result<T>> | null,
  onValue: (value: T) => void,
  onError: ((message: string) => void) | null,
  deps: DependencyList,
): void {
  useEffect(() => {
    const asked = ask();
    if (!asked) return;
    let live = true;
    void asked.then((result) => {
      if (!live) return;
      if (result.ok) onValue(result.value);
      else onError?.(result.error.message);
    });
    return () => {
      live = false;
    };
    // The caller names what the question depends on; `ask` and the handlers are new functions each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
}

import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_APPEARANCE, type Appearance } from '../../../preload/contract';
import { haven } from '../haven';

/**
 * Puts the Appearance choices on <html> as data attributes; styles.css turns each into its token (colour scheme,
 * writing size, writing typeface, column width). System leaves the theme to the OS's prefers-color-scheme.
 */
export function applyAppearance(appearance: Appearance, root: HTMLElement = document.documentElement): void {
  if (appearance.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = appearance.theme;
  root.dataset.textSize = appearance.textSize;
  root.dataset.writingFont = appearance.writingFont;
  root.dataset.lineWidth = appearance.lineWidth;
}

/**
 * Read once at start, before the session is asked for, so the lock screen already wears the chosen theme. A
 * failure leaves the defaults: how Haven looks is never a reason for it not to open.
 */
export async function loadAppearance(): Promise<void> {
  const result = await haven()
    .appearance.get()
    .catch(() => null);
  applyAppearance(result?.ok ? result.value : DEFAULT_APPEARANCE);
}

type Saved = { ok: true } | { ok: false; message: string };

/** The current choices for Settings › Appearance; a change shows at once and goes back if it couldn't be saved. */
export function useAppearance(): {
  appearance: Appearance | null;
  change: (next: Appearance) => Promise<Saved>;
} {
  const [appearance, setAppearance] = useState<Appearance | null>(null);
  useEffect(() => {
    let live = true;
    void haven()
      .appearance.get()
      .then((result) => live && setAppearance(result.ok ? result.value : DEFAULT_APPEARANCE));
    return () => {
      live = false;
    };
  }, []);
  const change = useCallback(
    async (next: Appearance): Promise<Saved> => {
      const previous = appearance;
      setAppearance(next);
      applyAppearance(next);
      const result = await haven().appearance.set(next);
      if (result.ok) return { ok: true };
      if (previous) {
        setAppearance(previous);
        applyAppearance(previous);
      }
      return { ok: false, message: result.error.message };
    },
    [appearance],
  );
  return { appearance, change };
}

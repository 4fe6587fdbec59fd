import { useEffect } from 'react';
import { haven } from '../haven';

const REPORT_EVERY_MS = 5_000;

/** Tells the main process the person is still here (throttled), and when the window loses or gains focus. */
export function useActivityReporter(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let last = 0;
    const report = (focused: boolean, force = false) => {
      const now = Date.now();
      if (!force && now - last < REPORT_EVERY_MS) return;
      last = now;
      void haven().app.activity({ focused });
    };
    const onInput = () => report(document.hasFocus());
    const onFocus = () => report(true, true);
    const onBlur = () => report(false, true);
    const onVisibility = () => report(document.visibilityState === 'visible' && document.hasFocus(), true);
    const events = ['keydown', 'pointerdown', 'wheel', 'pointermove'] as const;
    events.forEach((name) => window.addEventListener(name, onInput, { passive: true }));
    window.addEventListener('focus', onFocus);
    window.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      events.forEach((name) => window.removeEventListener(name, onInput));
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [active]);
}

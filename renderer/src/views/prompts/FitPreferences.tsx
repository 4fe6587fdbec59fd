import { useId, useRef, useState, type RefObject } from 'react';
import type { PromptPreferences } from '../../../../preload/contract';
import { PROMPT_THEMES, TENDENCIES, TENDENCIES_NOTE, THEMES, type PromptTheme } from '../../../../resources/prompts';
import { haven } from '../../haven';
import { useAnswer } from '../../useAnswer';

/**
 * What the person tells Haven about themselves for choosing prompts: habits they recognise and what they want to
 * reflect on. All optional, kept in the vault, saved as each box changes.
 */
export function FitPreferences({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const [prefs, setPrefs] = useState<PromptPreferences | null>(null);
  const [saved, setSaved] = useState(0);
  const [error, setError] = useState<string | null>(null);
  /** Only the answer to the newest change counts, when boxes are ticked faster than the vault replies. */
  const latest = useRef(0);
  const id = useId();

  useAnswer(() => haven().prompts.preferences(), setPrefs, setError, []);

  const update = async (next: PromptPreferences) => {
    // The box ticks at once; if saving fails it goes back and says why.
    const previous = prefs;
    const request = ++latest.current;
    setPrefs(next);
    const result = await haven().prompts.setPreferences(next);
    if (request !== latest.current) return;
    if (result.ok) {
      setPrefs(result.value);
      setError(null);
      setSaved((count) => count + 1);
    } else {
      setPrefs(previous);
      setSaved(0);
      setError(result.error.message);
    }
  };

  const toggleTendency = (tendency: string, on: boolean) => {
    if (!prefs) return;
    const tendencies = on
      ? TENDENCIES.map((t) => t.id).filter((t) => t === tendency || prefs.tendencies.includes(t))
      : prefs.tendencies.filter((t) => t !== tendency);
    void update({ ...prefs, tendencies });
  };

  const toggleFocus = (theme: PromptTheme, on: boolean) => {
    if (!prefs) return;
    const focus = on
      ? PROMPT_THEMES.filter((t) => t === theme || prefs.focus.includes(t))
      : prefs.focus.filter((t) => t !== theme);
    void update({ ...prefs, focus });
  };

  return (
    <section className="prompts-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        What fits you
      </h2>
      <p className="hint">
        Optional, and kept only in your journal. This is never a diagnosis: it only shapes which prompts Haven offers
        you in the evening. Change it whenever you like.
      </p>
      {prefs === null && !error && <p className="gentle">Loading…</p>}
      {prefs && (
        <>
          <fieldset className="prompts-fieldset" aria-describedby={`${id}-note`}>
            <legend>Habits you recognise in yourself</legend>
            <p id={`${id}-note`} className="hint">
              {TENDENCIES_NOTE}
            </p>
            <div className="prompts-check-list">
              {TENDENCIES.map((tendency) => (
                <div key={tendency.id} className="check-row prompts-check-long">
                  <input
                    id={`${id}-tendency-${tendency.id}`}
                    type="checkbox"
                    checked={prefs.tendencies.includes(tendency.id)}
                    onChange={(event) => toggleTendency(tendency.id, event.target.checked)}
                  />
                  <label htmlFor={`${id}-tendency-${tendency.id}`}>{tendency.text}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="prompts-fieldset" aria-describedby={`${id}-focus-hint`}>
            <legend>What you would like to reflect on</legend>
            <p id={`${id}-focus-hint`} className="hint">
              Prompts on these come up a little more often. Leave them all clear for a mix.
            </p>
            <div className="prompts-check-grid prompts-focus-grid">
              {PROMPT_THEMES.map((theme) => (
                <div key={theme} className="check-row prompts-check-long">
                  <input
                    id={`${id}-focus-${theme}`}
                    type="checkbox"
                    checked={prefs.focus.includes(theme)}
                    aria-describedby={`${id}-focus-${theme}-hint`}
                    onChange={(event) => toggleFocus(theme, event.target.checked)}
                  />
                  <span className="prompts-check-text">
                    <label htmlFor={`${id}-focus-${theme}`}>{THEMES[theme].name}</label>
                    <span id={`${id}-focus-${theme}-hint`} className="hint">
                      {THEMES[theme].description}
                    </span>
                  </span>
                </div>
              ))}
            </div>
          </fieldset>
        </>
      )}
      <div role="status" className="prompts-inline-status">
        {saved > 0 && (
          // A new node each time, so a second "Saved" is announced too.
          <p key={saved} className="notice notice-info">
            Saved
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </section>
  );
}

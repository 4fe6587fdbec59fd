import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { NewPrompt, type PromptView } from '../../../../preload/contract';
import {
  PROMPT_DEPTHS,
  PROMPT_THEMES,
  THEMES,
  type PromptDepth,
  type PromptFit,
  type PromptTheme,
} from '../../../../resources/prompts';
import { haven } from '../../haven';
import { DEPTH_HINTS, DEPTH_NAMES, FIT_NAMES } from './promptWords';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';

const MAX_LENGTH = 240;
/** Anyone first: most prompts suit everyone, and it is the default. */
const FIT_ORDER: readonly PromptFit[] = ['anyone', 'leans-anxious', 'leans-avoidant'];

type Field = 'text' | 'themes' | 'other';

/**
 * The person's own prompt: its words, what it is about, how deep it goes and who it suits. It joins the library
 * the evening prompt is chosen from, so Haven may offer it on a night like any of its own.
 */
export function WritePrompt({
  headingRef,
  onCreated,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCreated: (prompt: PromptView) => void;
}) {
  const [text, setText] = useState('');
  const [themes, setThemes] = useState<readonly PromptTheme[]>([]);
  const [depth, setDepth] = useState<PromptDepth>('light');
  const [fit, setFit] = useState<PromptFit>('anyone');
  const [problem, setProblem] = useState<{ field: Field; message: string } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const themesRef = useRef<HTMLFieldSetElement>(null);
  const id = useId();

  const focusField = (field: Field) => {
    if (field === 'text') textRef.current?.focus();
    if (field === 'themes') themesRef.current?.querySelector('input')?.focus();
  };

  const fail = (field: Field, message: string) => {
    setStatus('');
    setProblem({ field, message });
    focusField(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    // Checked here first so the message names the field in plain words, not the shape of a request.
    const parsed = NewPrompt.safeParse({ text, themes, depth, fit });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0] === 'text' ? 'text' : issue?.path[0] === 'themes' ? 'themes' : 'other';
      return fail(field, issue?.message ?? 'Check the prompt and try again.');
    }
    setBusy(true);
    const result = await haven().prompts.create(parsed.data);
    setBusy(false);
    if (!result.ok) return fail('other', result.error.message);
    setProblem(null);
    setText('');
    setThemes([]);
    setDepth('light');
    setFit('anyone');
    onCreated(result.value);
    setStatus(`Added “${result.value.text}”. It joins tonight’s choices, and is under Your own.`);
  };

  const toggleTheme = (theme: PromptTheme, on: boolean) => {
    setThemes((current) =>
      on ? PROMPT_THEMES.filter((t) => t === theme || current.includes(t)) : current.filter((t) => t !== theme),
    );
    if (problem?.field === 'themes') setProblem(null);
  };

  const length = text.trim().length;
  const problemId = `${id}-problem`;
  return (
    <section className="prompts-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Write your own prompt
      </h2>
      <p id={`${id}-about`} className="hint">
        Your prompts join tonight’s choices: Haven may offer one on an evening, just like its own. Only you see them.
      </p>
      <form
        className="prompts-form"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-about`}
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <div className="manage-field">
          <label htmlFor={`${id}-text`}>Your prompt</label>
          <textarea
            id={`${id}-text`}
            ref={textRef}
            rows={2}
            value={text}
            placeholder="What would you like to be asked on an evening?"
            aria-invalid={problem?.field === 'text' || undefined}
            aria-describedby={`${id}-count${problem?.field === 'text' ? ` ${problemId}` : ''}`}
            onChange={(event) => {
              setText(event.target.value);
              if (problem?.field === 'text') setProblem(null);
            }}
          />
          <p id={`${id}-count`} className={length > MAX_LENGTH ? 'hint hint-warn' : 'hint'}>
            {length} of {MAX_LENGTH} characters
          </p>
        </div>

        <fieldset
          ref={themesRef}
          className="prompts-fieldset"
          aria-describedby={`${id}-themes-hint${problem?.field === 'themes' ? ` ${problemId}` : ''}`}
        >
          <legend>Themes</legend>
          <p id={`${id}-themes-hint`} className="hint">
            What it helps you reflect on. Pick at least one.
          </p>
          <div className="prompts-check-grid">
            {PROMPT_THEMES.map((theme) => (
              <div key={theme} className="check-row prompts-check-long">
                <input
                  id={`${id}-theme-${theme}`}
                  type="checkbox"
                  checked={themes.includes(theme)}
                  onChange={(event) => toggleTheme(theme, event.target.checked)}
                />
                <label htmlFor={`${id}-theme-${theme}`}>{THEMES[theme].name}</label>
              </div>
            ))}
          </div>
        </fieldset>

        <div className="prompts-form-row">
          <fieldset className="prompts-fieldset">
            <legend>Depth</legend>
            <div className="prompts-radios">
              {PROMPT_DEPTHS.map((d) => (
                <div key={d} className="check-row">
                  <input
                    id={`${id}-depth-${d}`}
                    type="radio"
                    name={`${id}-depth`}
                    value={d}
                    checked={depth === d}
                    aria-describedby={`${id}-depth-${d}-hint`}
                    onChange={() => setDepth(d)}
                  />
                  <label htmlFor={`${id}-depth-${d}`}>{DEPTH_NAMES[d]}</label>
                  <span id={`${id}-depth-${d}-hint`} className="hint">
                    {DEPTH_HINTS[d]}
                  </span>
                </div>
              ))}
            </div>
          </fieldset>

          <div className="manage-field prompts-fit-field">
            <label htmlFor={`${id}-fit`}>Who it suits</label>
            <Select
              id={`${id}-fit`}
              value={fit}
              onChange={(event) => setFit(event.target.value as PromptFit)}
              aria-describedby={`${id}-fit-hint`}
            >
              {FIT_ORDER.map((f) => (
                <option key={f} value={f}>
                  {FIT_NAMES[f]}
                </option>
              ))}
            </Select>
            <p id={`${id}-fit-hint`} className="hint">
              Haven offers it more often when it matches a habit you tick under What fits you.
            </p>
          </div>
        </div>

        {problem && (
          <p id={problemId} role="alert" className="notice notice-error">
            {problem.message}
          </p>
        )}
        <div className="button-row prompts-form-actions">
          <Button type="submit" variant="primary" disabled={busy}>
            Add prompt
          </Button>
          <div role="status" className="prompts-inline-status">
            {status && <p className="notice notice-info">{status}</p>}
          </div>
        </div>
      </form>
    </section>
  );
}

import type { LexicalEditor } from 'lexical';
import { useEffect, useState, type RefObject } from 'react';
import type { TonightPrompt as Tonight } from '../../../preload/contract';
import { insertPrompt } from '../editor/insertPrompt';
import { haven } from '../haven';
import { useAnswer } from '../useAnswer';
import { peekHandedPrompt, takeHandedPrompt } from './prompts/promptHandoff';
import { Button } from '../components/Button';

/** How long a prompt handed over from the library waits for tonight's editor before it is given up. */
const HANDOFF_WAIT_MS = 5_000;

/**
 * Tonight's prompt, above the entry: the question, one line on why it was chosen, and what the person can do
 * with it. Nothing is written into the entry until they ask.
 */
export function TonightPrompt({ editorRef }: { editorRef: RefObject<LexicalEditor | null> }) {
  const [tonight, setTonight] = useState<Tonight | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useAnswer(() => haven().prompts.tonight(), setTonight, setError, []);

  // "Write about this" in the Prompts library lands here: the check-in's editor appears a moment after this
  // section does, so the prompt waits for it, frame by frame, and goes in once.
  useEffect(() => {
    if (!peekHandedPrompt()) return;
    const until = performance.now() + HANDOFF_WAIT_MS;
    let frame = 0;
    const tryInsert = () => {
      const editor = editorRef.current;
      if (editor) {
        const handed = takeHandedPrompt();
        if (!handed) return;
        insertPrompt(editor, handed);
        setStatus('Added to tonight’s entry. Your answer goes just below it.');
        return;
      }
      if (performance.now() < until) frame = requestAnimationFrame(tryInsert);
      else takeHandedPrompt();
    };
    frame = requestAnimationFrame(tryInsert);
    return () => cancelAnimationFrame(frame);
  }, [editorRef]);

  const prompt = tonight?.prompt ?? null;
  if (!tonight || !prompt) return error ? <p className="field-error">{error}</p> : null;

  const change = async (
    ask: (id: string) => ReturnType<ReturnType<typeof haven>['prompts']['another']>,
    said: string,
  ) => {
    setBusy(true);
    const result = await ask(prompt.id);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setTonight(result.value);
    setStatus(result.value.prompt ? said : 'That was the last prompt Haven can offer tonight.');
  };

  const toggleFavourite = async () => {
    const result = await haven().prompts.mark({ id: prompt.id, favourite: !prompt.favourite });
    if (!result.ok) return setError(result.error.message);
    setTonight({ ...tonight, prompt: result.value });
    setStatus(result.value.favourite ? 'Saved to your favourites.' : 'Taken out of your favourites.');
  };

  const write = () => {
    const editor = editorRef.current;
    if (!editor) return;
    insertPrompt(editor, { id: prompt.id, text: prompt.text });
    setStatus('Added to tonight’s entry. Your answer goes just below it.');
  };

  return (
    <section className="tonight-prompt" aria-labelledby="tonight-prompt-title">
      <h2 id="tonight-prompt-title" className="tonight-prompt-title">
        Tonight’s prompt
      </h2>
      <p className="tonight-prompt-text">{prompt.text}</p>
      <p className="tonight-prompt-reason">{tonight.reason}</p>
      <div className="tonight-prompt-actions">
        <Button variant="primary" onClick={write}>
          Write about this
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => void change((id) => haven().prompts.another({ id }), 'Here’s another one.')}
        >
          Another prompt
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() =>
            void change((id) => haven().prompts.notForMe({ id }), 'Noted. Haven will offer that one less often.')
          }
        >
          Not for me
        </Button>
        <Button variant="link" aria-pressed={prompt.favourite} onClick={() => void toggleFavourite()}>
          <span aria-hidden="true">{prompt.favourite ? '★' : '☆'} </span>
          Favourite
        </Button>
      </div>
      <p role="status" className="tonight-prompt-status">
        {status}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

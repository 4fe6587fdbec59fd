import { useEffect, useId, useMemo, useState } from 'react';
import {
  loadPassphraseRule,
  passphraseAdvice,
  relatedWords,
  type PassphraseRule,
} from '../../../resources/passphrase/rule';
import { PassphraseInput } from './PassphraseInput';

/** A new passphrase the form may send, or what is missing, in words the form can show when it can't. */
export type PassphraseChoice = { passphrase: string; problem: null } | { passphrase: null; problem: string };

/**
 * A new passphrase typed twice, with a strength estimate as it is typed. The main process refuses a guessable
 * passphrase whatever the form does; the same rule here says why (and offers an example) before anyone submits.
 */
export function PassphraseFields({
  label = 'Passphrase',
  confirmLabel = 'Confirm passphrase',
  journalName,
  onChange,
}: {
  label?: string;
  confirmLabel?: string;
  /** Its words make a passphrase easy to guess for anyone who sees the lock screen. */
  journalName: string;
  onChange: (choice: PassphraseChoice) => void;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const id = useId();
  const [rule, setRule] = useState<{ rule: PassphraseRule; example: string } | null>(null);
  useEffect(() => {
    let live = true;
    void loadPassphraseRule().then((loaded) => live && setRule({ rule: loaded, example: loaded.example() }));
    return () => {
      live = false;
    };
  }, []);
  const related = useMemo(() => relatedWords(journalName), [journalName]);
  const verdict = useMemo(() => (first && rule ? rule.rule.judge(first, related) : null), [first, related, rule]);
  const mismatch = second.length > 0 && first !== second;

  useEffect(() => {
    // Until the rule has loaded the form may send what was typed: the main process checks it either way.
    if (!first) onChange({ passphrase: null, problem: 'Choose a passphrase to protect your journal.' });
    else if (verdict && !verdict.strongEnough)
      onChange({
        passphrase: null,
        problem: 'That passphrase would be easy to guess. The note under it says why, with an example.',
      });
    else if (first !== second) onChange({ passphrase: null, problem: 'Type the same passphrase in both boxes.' });
    else onChange({ passphrase: first, problem: null });
  }, [first, second, verdict, rule, onChange]);

  return (
    <>
      <label htmlFor={`${id}-new`}>{label}</label>
      <PassphraseInput
        id={`${id}-new`}
        autoComplete="new-password"
        value={first}
        onChange={setFirst}
        describedBy={`${id}-strength`}
      />
      <div id={`${id}-strength`} className="strength" aria-live="polite">
        {verdict && rule && (
          <>
            <meter
              min={0}
              max={4}
              low={2}
              high={3}
              optimum={4}
              value={verdict.score}
              aria-label="Passphrase strength"
            />
            <span className={`strength-label strength-${verdict.score}`}>{verdict.label}</span>
            {!verdict.strongEnough && <p className="hint">{passphraseAdvice(verdict, rule.example)}</p>}
          </>
        )}
      </div>
      <label htmlFor={`${id}-confirm`}>{confirmLabel}</label>
      <PassphraseInput
        id={`${id}-confirm`}
        autoComplete="new-password"
        value={second}
        onChange={setSecond}
        invalid={mismatch}
        describedBy={mismatch ? `${id}-mismatch` : undefined}
      />
      {mismatch && (
        <p id={`${id}-mismatch`} className="hint hint-warn">
          The two passphrases don’t match yet.
        </p>
      )}
    </>
  );
}

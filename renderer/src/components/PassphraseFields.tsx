import { useEffect, useId, useMemo, useState } from 'react';
import { loadEstimator, type Estimator } from '../lock/strength';

/**
 * A new passphrase typed twice, with a strength estimate. Reports the passphrase once both match, else null.
 * A weak passphrase gets a plain warning but is allowed: it is the person's choice to make.
 */
export function PassphraseFields({
  label = 'Passphrase',
  confirmLabel = 'Confirm passphrase',
  related = [],
  onChange,
}: {
  label?: string;
  confirmLabel?: string;
  related?: string[];
  onChange: (passphrase: string | null) => void;
}) {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const id = useId();
  const [estimate, setEstimate] = useState<Estimator | null>(null);
  useEffect(() => {
    let live = true;
    void loadEstimator().then((estimator) => live && setEstimate(() => estimator));
    return () => {
      live = false;
    };
  }, []);
  const strength = useMemo(() => (first && estimate ? estimate(first, related) : null), [first, related, estimate]);
  const mismatch = second.length > 0 && first !== second;

  useEffect(() => onChange(first && first === second ? first : null), [first, second, onChange]);

  return (
    <>
      <label htmlFor={`${id}-new`}>{label}</label>
      <input
        id={`${id}-new`}
        type="password"
        autoComplete="new-password"
        value={first}
        onChange={(e) => setFirst(e.target.value)}
        aria-describedby={`${id}-strength`}
      />
      <div id={`${id}-strength`} className="strength" aria-live="polite">
        {strength && (
          <>
            <meter
              min={0}
              max={4}
              low={2}
              high={3}
              optimum={4}
              value={strength.score}
              aria-label="Passphrase strength"
            />
            <span className={`strength-label strength-${strength.score}`}>{strength.label}</span>
            {strength.advice && <p className="hint">{strength.advice}</p>}
          </>
        )}
      </div>
      <label htmlFor={`${id}-confirm`}>{confirmLabel}</label>
      <input
        id={`${id}-confirm`}
        type="password"
        autoComplete="new-password"
        value={second}
        onChange={(e) => setSecond(e.target.value)}
        aria-invalid={mismatch || undefined}
        aria-describedby={mismatch ? `${id}-mismatch` : undefined}
      />
      {mismatch && (
        <p id={`${id}-mismatch`} className="hint hint-warn">
          The two passphrases don’t match yet.
        </p>
      )}
    </>
  );
}

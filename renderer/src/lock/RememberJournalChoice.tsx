import { useEffect, useId, useState } from 'react';
import { Notice } from '../components/Notice';
import { haven } from '../haven';

/**
 * Whether the lock screen selects the journal used last when Haven starts. A device-wide choice, shown in
 * Settings because it changes what the lock screen tells anyone who sits down at this computer.
 */
export function RememberJournalChoice() {
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    void haven()
      .prefs.lockScreen()
      .then((result) => setOn(result.ok ? result.value.rememberLastJournal : false));
  }, []);
  if (on === null) return null;
  const change = async (next: boolean) => {
    // The box ticks at once; if saving fails it goes back and says why.
    setOn(next);
    setError(null);
    const result = await haven().prefs.setLockScreen({ rememberLastJournal: next });
    if (!result.ok) {
      setOn(!next);
      setError(result.error.message);
    }
  };
  return (
    <>
      <div className="check-row">
        <input
          id={`${id}-remember`}
          type="checkbox"
          checked={on}
          aria-describedby={`${id}-remember-hint`}
          onChange={(e) => void change(e.target.checked)}
        />
        <label htmlFor={`${id}-remember`}>When Haven opens, select the journal used last</label>
      </div>
      <p id={`${id}-remember-hint`} className="hint">
        Handy if you’re the only one who uses this computer. On a shared computer, it shows whoever opens Haven whose
        journal was used last. While Haven stays open, the lock screen always returns to the journal you just locked.
      </p>
      {error && <Notice kind="error">{error}</Notice>}
    </>
  );
}

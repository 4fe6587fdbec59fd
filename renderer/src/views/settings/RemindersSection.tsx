import { useEffect, useId, useState } from 'react';
import type { Preferences } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { haven } from '../../haven';
import { SettingsSection, type Message } from './Section';

/** Device-wide choices kept outside the journal: a reminder has to fire while every journal is locked. */
export function RemindersSection() {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [time, setTime] = useState('21:30');
  const [message, setMessage] = useState<Message>(null);
  const id = useId();
  useEffect(() => {
    void haven()
      .prefs.get()
      .then((result) => {
        if (!result.ok) return;
        setPrefs(result.value);
        if (result.value.reminderTime) setTime(result.value.reminderTime);
      });
  }, []);
  const update = async (next: Preferences) => {
    // The box ticks at once; if saving fails it goes back and says why.
    const previous = prefs;
    setPrefs(next);
    const result = await haven().prefs.set(next);
    if (result.ok) setMessage({ kind: 'info', text: 'Saved.' });
    else {
      setPrefs(previous);
      setMessage({ kind: 'error', text: result.error.message });
    }
  };
  return (
    <SettingsSection section="reminders">
      {prefs && (
        <>
          <div className="check-row">
            <input
              id={`${id}-remind`}
              type="checkbox"
              checked={prefs.reminderTime !== null}
              onChange={(e) => void update({ ...prefs, reminderTime: e.target.checked ? time : null })}
            />
            <label htmlFor={`${id}-remind`}>Remind me to write each night</label>
          </div>
          <label htmlFor={`${id}-time`}>At</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            className="input-short"
            onChange={(e) => {
              setTime(e.target.value);
              if (prefs.reminderTime !== null && e.target.value)
                void update({ ...prefs, reminderTime: e.target.value });
            }}
          />
          <p className="hint">
            The reminder says only that it’s time to write; it never shows anything from your journal.
          </p>
          <div className="check-row">
            <input
              id={`${id}-login`}
              type="checkbox"
              checked={prefs.openAtLogin}
              onChange={(e) => void update({ ...prefs, openAtLogin: e.target.checked })}
            />
            <label htmlFor={`${id}-login`}>Open Haven when I log in to this computer</label>
          </div>
        </>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </SettingsSection>
  );
}

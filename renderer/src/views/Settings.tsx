import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { JournalSettings, LockSettings, Preferences, Session } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { PassphraseFields, type PassphraseChoice } from '../components/PassphraseFields';
import { PassphraseInput } from '../components/PassphraseInput';
import { haven } from '../haven';
import { RecoveryKeyStep } from '../lock/RecoveryKeyStep';
import { RememberJournalChoice } from '../lock/RememberJournalChoice';
import { useAppInfo } from '../shell/useAppInfo';
import { href } from '../shell/useRoute';
import { DataSection } from './settings/DataSection';

type Message = { kind: 'info' | 'error'; text: string } | null;

const IDLE_CHOICES: { label: string; value: number | null }[] = [
  { label: 'After 1 minute', value: 60 },
  { label: 'After 5 minutes', value: 300 },
  { label: 'After 10 minutes', value: 600 },
  { label: 'After 30 minutes', value: 1800 },
  { label: 'After 1 hour', value: 3600 },
  { label: 'Never', value: null },
];

const BLUR_CHOICES: { label: string; value: number | null }[] = [
  { label: 'No', value: null },
  { label: 'Immediately', value: 0 },
  { label: 'After 1 minute', value: 60 },
  { label: 'After 5 minutes', value: 300 },
  { label: 'After 10 minutes', value: 600 },
  { label: 'After 1 hour', value: 3600 },
];

const choiceValue = (value: number | null) => (value === null ? 'never' : String(value));
const parseChoice = (value: string) => (value === 'never' ? null : Number(value));

export function Settings({
  session,
  onSessionChange,
}: {
  session: Session;
  onSessionChange: (session: Session | null) => void;
}) {
  return (
    <article className="view settings">
      <header className="view-header">
        <h1 tabIndex={-1}>Settings</h1>
      </header>
      <WritingSection />
      <WordsSection />
      <DataSection />
      <RemindersSection />
      <LockSection session={session} onSessionChange={onSessionChange} />
      <PassphraseSection journalName={session.vault.name} />
      <RecoveryKeySection />
      <DeleteSection session={session} onDeleted={() => onSessionChange(null)} />
      <AboutSection />
    </article>
  );
}

function WritingSection() {
  const [settings, setSettings] = useState<JournalSettings | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const id = useId();
  useEffect(() => {
    void haven()
      .journal.settings()
      .then((result) => result.ok && setSettings(result.value));
  }, []);
  const update = async (next: JournalSettings) => {
    const result = await haven().journal.setSettings(next);
    if (result.ok) {
      setSettings(result.value);
      setMessage({ kind: 'info', text: 'Saved.' });
    } else setMessage({ kind: 'error', text: result.error.message });
  };
  const hour = (h: number) => (h === 0 ? 'Midnight' : `${h} am`);
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Writing</h2>
      {settings && (
        <>
          <label htmlFor={`${id}-day`}>A new day starts at</label>
          <select
            id={`${id}-day`}
            value={settings.dayStartsAtHour}
            onChange={(e) => void update({ dayStartsAtHour: Number(e.target.value) })}
            aria-describedby={`${id}-day-hint`}
          >
            {[0, 1, 2, 3, 4, 5, 6].map((h) => (
              <option key={h} value={h}>
                {hour(h)}
              </option>
            ))}
          </select>
          <p id={`${id}-day-hint`} className="hint">
            Writing after midnight counts for the evening before, until this hour.
          </p>
        </>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  );
}

function WordsSection() {
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your words and templates</h2>
      <p className="hint">
        Rename, merge, colour or archive your triggers, emotions, needs and tags, and shape the templates New entry
        offers.
      </p>
      <div className="button-row">
        <a className="button-secondary" href={href({ name: 'tags' })}>
          Manage tags
        </a>
        <a className="button-secondary" href={href({ name: 'templates' })}>
          Manage templates
        </a>
      </div>
    </section>
  );
}

function RemindersSection() {
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
  if (!prefs) return null;
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reminders</h2>
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
          if (prefs.reminderTime !== null && e.target.value) void update({ ...prefs, reminderTime: e.target.value });
        }}
      />
      <p className="hint">The reminder says only that it’s time to write; it never shows anything from your journal.</p>
      <div className="check-row">
        <input
          id={`${id}-login`}
          type="checkbox"
          checked={prefs.openAtLogin}
          onChange={(e) => void update({ ...prefs, openAtLogin: e.target.checked })}
        />
        <label htmlFor={`${id}-login`}>Open Haven when I log in to this computer</label>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  );
}

function LockSection({ session, onSessionChange }: { session: Session; onSessionChange: (s: Session) => void }) {
  const [message, setMessage] = useState<Message>(null);
  const id = useId();
  const update = async (next: LockSettings) => {
    const result = await haven().session.setLock(next);
    if (result.ok) {
      onSessionChange({ ...session, lock: result.value });
      setMessage({ kind: 'info', text: 'Saved.' });
    } else setMessage({ kind: 'error', text: result.error.message });
  };
  const { idleSeconds, blurSeconds } = session.lock;
  const idleKnown = IDLE_CHOICES.some((choice) => choice.value === idleSeconds);
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Locking</h2>
      <p className="hint">
        Haven also locks when your computer sleeps or your screen locks, and when you press Ctrl+L.
      </p>
      <label htmlFor={`${id}-idle`}>Lock when I haven’t used Haven</label>
      <select
        id={`${id}-idle`}
        value={choiceValue(idleSeconds)}
        onChange={(e) => void update({ idleSeconds: parseChoice(e.target.value), blurSeconds })}
      >
        {!idleKnown && idleSeconds !== null && <option value={String(idleSeconds)}>After {idleSeconds} seconds</option>}
        {IDLE_CHOICES.map((choice) => (
          <option key={choice.label} value={choiceValue(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
      {idleSeconds === null && (
        <p className="hint hint-warn">
          Haven will stay open until you lock it. Anyone who sits down at this computer while it’s open can read your
          journal.
        </p>
      )}
      <label htmlFor={`${id}-blur`}>Lock when I switch to another window or minimize Haven</label>
      <select
        id={`${id}-blur`}
        value={choiceValue(blurSeconds)}
        onChange={(e) => void update({ idleSeconds, blurSeconds: parseChoice(e.target.value) })}
      >
        {BLUR_CHOICES.map((choice) => (
          <option key={choice.label} value={choiceValue(choice.value)}>
            {choice.label}
          </option>
        ))}
      </select>
      <RememberJournalChoice />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </section>
  );
}

function PassphraseSection({ journalName }: { journalName: string }) {
  const [old, setOld] = useState('');
  const [choice, setChoice] = useState<PassphraseChoice | null>(null);
  const next = choice?.passphrase ?? null;
  const [formKey, setFormKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const id = useId();
  const onNext = useCallback((value: PassphraseChoice) => setChoice(value), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!old || !next || busy) return;
    setBusy(true);
    const result = await haven().session.changePassphrase({ oldPassphrase: old, newPassphrase: next });
    setBusy(false);
    if (result.ok) {
      setOld('');
      setFormKey((k) => k + 1);
      setMessage({ kind: 'info', text: 'Your passphrase is changed. Use the new one next time you unlock.' });
    } else setMessage({ kind: 'error', text: result.error.message });
  };
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Passphrase</h2>
      <form className="stack" onSubmit={submit} key={formKey}>
        <label htmlFor={`${id}-old`}>Current passphrase</label>
        <PassphraseInput id={`${id}-old`} autoComplete="current-password" value={old} onChange={setOld} />
        <PassphraseFields
          label="New passphrase"
          confirmLabel="Confirm new passphrase"
          journalName={journalName}
          onChange={onNext}
        />
        {message && <Notice kind={message.kind}>{message.text}</Notice>}
        <button type="submit" className="button-secondary" disabled={busy || !old || !next}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </button>
      </form>
    </section>
  );
}

function RecoveryKeySection() {
  const [passphrase, setPassphrase] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!passphrase || busy) return;
    setBusy(true);
    const result = await haven().session.newRecoveryKey({ passphrase });
    setBusy(false);
    setPassphrase('');
    if (result.ok) setKey(result.value.recoveryKey);
    else setMessage({ kind: 'error', text: result.error.message });
  };
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Recovery key</h2>
      {key ? (
        <RecoveryKeyStep
          recoveryKey={key}
          onDone={() => {
            setKey(null);
            setMessage({
              kind: 'info',
              text: 'Your new recovery key is in use. The old one no longer opens your journal.',
            });
          }}
        />
      ) : (
        <form className="stack" onSubmit={submit}>
          <p className="hint">
            Lost your recovery key, or worried someone saw it? Make a new one; the old one stops working.
          </p>
          <label htmlFor={`${id}-pass`}>Your passphrase</label>
          <PassphraseInput
            id={`${id}-pass`}
            autoComplete="current-password"
            value={passphrase}
            onChange={setPassphrase}
          />
          {message && <Notice kind={message.kind}>{message.text}</Notice>}
          <button type="submit" className="button-secondary" disabled={busy || !passphrase}>
            {busy ? 'Making a new key…' : 'Make a new recovery key'}
          </button>
        </form>
      )}
    </section>
  );
}

function DeleteSection({ session, onDeleted }: { session: Session; onDeleted: () => void }) {
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await haven().vaults.delete({ vaultId: session.vault.id, passphrase, confirmName: name });
    if (result.ok) onDeleted();
    else setMessage({ kind: 'error', text: result.error.message });
  };
  return (
    <section className="settings-section danger" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Delete this journal</h2>
      {!open ? (
        <button type="button" className="button-danger" onClick={() => setOpen(true)}>
          Delete journal…
        </button>
      ) : (
        <form className="stack" onSubmit={submit}>
          <p>
            This removes “{session.vault.name}” and its backups from this computer for good. Nobody, including you, can
            bring it back.
          </p>
          <label htmlFor={`${id}-pass`}>Your passphrase</label>
          <PassphraseInput
            id={`${id}-pass`}
            autoComplete="current-password"
            value={passphrase}
            onChange={setPassphrase}
          />
          <label htmlFor={`${id}-name`}>Type the journal’s name, “{session.vault.name}”, to confirm</label>
          <input id={`${id}-name`} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          {message && <Notice kind={message.kind}>{message.text}</Notice>}
          <div className="button-row">
            <button type="submit" className="button-danger" disabled={!passphrase || name !== session.vault.name}>
              Delete forever
            </button>
            <button type="button" className="button-secondary" onClick={() => setOpen(false)}>
              Keep my journal
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function AboutSection() {
  const info = useAppInfo();
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>About Haven</h2>
      <p>
        Haven is a private place for your own reflection. It is not therapy and can’t replace a person trained to help.
        If things feel too heavy to carry alone, please reach out to a counsellor, a doctor, or someone you trust.
      </p>
      {info && (
        <dl className="about">
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Your journals are kept in</dt>
          <dd className="mono">{info.dataDir}</dd>
          <dt>System</dt>
          <dd>{info.platform}</dd>
        </dl>
      )}
    </section>
  );
}

import { useCallback, useId, useState, type FormEvent } from 'react';
import type { LockSettings, Session } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { PassphraseFields, type PassphraseChoice } from '../../components/PassphraseFields';
import { PassphraseInput } from '../../components/PassphraseInput';
import { haven } from '../../haven';
import { RecoveryKeyStep } from '../../lock/RecoveryKeyStep';
import { RememberJournalChoice } from '../../lock/RememberJournalChoice';
import { SettingsPart, SettingsSection, type Message } from './Section';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';

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

/** Everything that keeps this journal closed to others: when it locks, its passphrase, its recovery key, and its end. */
export function SecuritySection({
  session,
  onSessionChange,
}: {
  session: Session;
  onSessionChange: (session: Session | null) => void;
}) {
  return (
    <SettingsSection section="security">
      <LockSection session={session} onSessionChange={onSessionChange} />
      <PassphraseSection journalName={session.vault.name} />
      <RecoveryKeySection />
      <DeleteSection session={session} onDeleted={() => onSessionChange(null)} />
    </SettingsSection>
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
    <SettingsPart title="Locking" titleId={`${id}-title`}>
      <p className="hint">
        Haven also locks when your computer sleeps or your screen locks, and when you press Ctrl+L.
      </p>
      <label htmlFor={`${id}-idle`}>Lock when I haven’t used Haven</label>
      <Select
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
      </Select>
      {idleSeconds === null && (
        <p className="hint hint-warn">
          Haven will stay open until you lock it. Anyone who sits down at this computer while it’s open can read your
          journal.
        </p>
      )}
      <label htmlFor={`${id}-blur`}>Lock when I switch to another window or minimize Haven</label>
      <Select
        id={`${id}-blur`}
        value={choiceValue(blurSeconds)}
        onChange={(e) => void update({ idleSeconds, blurSeconds: parseChoice(e.target.value) })}
      >
        {BLUR_CHOICES.map((choice) => (
          <option key={choice.label} value={choiceValue(choice.value)}>
            {choice.label}
          </option>
        ))}
      </Select>
      <RememberJournalChoice />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
    </SettingsPart>
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
    <SettingsPart title="Passphrase" titleId={`${id}-title`}>
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
        <Button type="submit" variant="secondary" disabled={busy || !old || !next}>
          {busy ? 'Changing…' : 'Change passphrase'}
        </Button>
      </form>
    </SettingsPart>
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
    <SettingsPart title="Recovery key" titleId={`${id}-title`}>
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
          <Button type="submit" variant="secondary" disabled={busy || !passphrase}>
            {busy ? 'Making a new key…' : 'Make a new recovery key'}
          </Button>
        </form>
      )}
    </SettingsPart>
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
    <SettingsPart title="Delete this journal" titleId={`${id}-title`} className="danger">
      {!open ? (
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete journal…
        </Button>
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
            <Button type="submit" variant="danger" disabled={!passphrase || name !== session.vault.name}>
              Delete forever
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep my journal
            </Button>
          </div>
        </form>
      )}
    </SettingsPart>
  );
}

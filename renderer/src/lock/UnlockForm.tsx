import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Session, VaultSummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { PassphraseFields, type PassphraseChoice } from '../components/PassphraseFields';
import { PassphraseInput } from '../components/PassphraseInput';
import { haven } from '../haven';
import { Button } from '../components/Button';

function useCountdown(initial: number): [number, (seconds: number) => void] {
  const [seconds, setSeconds] = useState(initial);
  useEffect(() => {
    if (seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  return [seconds, setSeconds];
}

/** Seconds under a minute, then whole minutes: the line then changes once a minute, not every second. */
function waitInWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * Shown while unlocking, after three seconds: the first opening after an update brings the journal up to date
 * (about 26 s at 100k entries), and a word on why is kinder than a still button. The daily check no longer
 * holds the door: it runs beside the open journal.
 */
function StillOpening() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 3000);
    return () => clearTimeout(timer);
  }, []);
  return slow ? (
    <p role="status" className="hint">
      Still opening. After an update Haven brings your journal up to date before it opens; on a large journal this can
      take up to a minute.
    </p>
  ) : null;
}

export function UnlockForm({ vault, onUnlocked }: { vault: VaultSummary; onUnlocked: (session: Session) => void }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wait, setWait] = useCountdown(vault.waitSeconds);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => inputRef.current?.focus(), [useRecovery]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || wait > 0 || !passphrase) return;
    setBusy(true);
    setError(null);
    const result = await haven().vaults.unlock({ vaultId: vault.id, passphrase });
    setBusy(false);
    if (result.ok) {
      setPassphrase('');
      onUnlocked(result.value);
      return;
    }
    setError(result.error.message);
    const waitSeconds = result.error.details?.waitSeconds;
    if (typeof waitSeconds === 'number') setWait(Math.ceil(waitSeconds));
    inputRef.current?.select();
  };

  if (useRecovery) return <RecoveryForm vault={vault} onUnlocked={onUnlocked} onBack={() => setUseRecovery(false)} />;

  return (
    <form className="stack" onSubmit={submit} aria-label={`Unlock ${vault.name}`}>
      <label htmlFor={`${id}-pass`}>Passphrase</label>
      <PassphraseInput
        id={`${id}-pass`}
        inputRef={inputRef}
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
        describedBy={error ? `${id}-error` : undefined}
        invalid={Boolean(error)}
      />
      {error && (
        <p role="alert" id={`${id}-error`} className="notice notice-error">
          {error}
        </p>
      )}
      {wait > 0 && (
        <p role="status" className="hint">
          You can try again in {waitInWords(wait)}.
        </p>
      )}
      <Button type="submit" variant="primary" disabled={busy || wait > 0}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </Button>
      {busy && <StillOpening />}
      <Button variant="link" onClick={() => setUseRecovery(true)}>
        Forgot your passphrase? Use your recovery key
      </Button>
    </form>
  );
}

function RecoveryForm({
  vault,
  onUnlocked,
  onBack,
}: {
  vault: VaultSummary;
  onUnlocked: (session: Session) => void;
  onBack: () => void;
}) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [choice, setChoice] = useState<PassphraseChoice | null>(null);
  const newPassphrase = choice?.passphrase ?? null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !newPassphrase || !recoveryKey.trim()) return;
    setBusy(true);
    setError(null);
    const result = await haven().vaults.recover({ vaultId: vault.id, recoveryKey, newPassphrase });
    setBusy(false);
    if (result.ok) onUnlocked(result.value);
    else setError(result.error.message);
  };

  return (
    <form className="stack" onSubmit={submit} aria-label={`Recover ${vault.name}`}>
      <p className="hint">Type the recovery key you saved when you made this journal, then choose a new passphrase.</p>
      <label htmlFor={`${id}-key`}>Recovery key</label>
      <input
        id={`${id}-key`}
        autoFocus
        spellCheck={false}
        autoComplete="off"
        className="mono"
        value={recoveryKey}
        onChange={(e) => setRecoveryKey(e.target.value)}
      />
      <PassphraseFields
        label="New passphrase"
        confirmLabel="Confirm new passphrase"
        journalName={vault.name}
        onChange={setChoice}
      />
      {error && <Notice kind="error">{error}</Notice>}
      <Button type="submit" variant="primary" disabled={busy || !newPassphrase}>
        {busy ? 'Unlocking…' : 'Unlock with recovery key'}
      </Button>
      {busy && <StillOpening />}
      <Button variant="link" onClick={onBack}>
        Back to passphrase
      </Button>
    </form>
  );
}

import { useCallback, useId, useState, type FormEvent } from 'react';
import type { CreatedVault } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { PassphraseFields, type PassphraseChoice } from '../components/PassphraseFields';
import { haven } from '../haven';
import { Button } from '../components/Button';

export function CreateJournal({
  existingNames,
  onCreated,
  onCancel,
}: {
  existingNames: string[];
  onCreated: (created: CreatedVault, passphrase: string) => void;
  onCancel: (() => void) | null;
}) {
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<PassphraseChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const onPassphrase = useCallback((value: PassphraseChoice) => setChoice(value), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) return setError('Give your journal a name, such as your first name.');
    if (!choice?.passphrase) return setError(choice?.problem ?? 'Choose a passphrase to protect your journal.');
    const { passphrase } = choice;
    setBusy(true);
    setError(null);
    const result = await haven().vaults.create({ name: name.trim(), passphrase });
    setBusy(false);
    if (result.ok) onCreated(result.value, passphrase);
    else setError(result.error.message);
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New journal</h2>
      <p className="hint">
        Each person keeps their own journal with their own passphrase. Nobody else can read it, not even on this
        computer.
      </p>
      <label htmlFor={`${id}-name`}>Journal name</label>
      <input
        id={`${id}-name`}
        autoFocus
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        aria-describedby={`${id}-name-hint`}
      />
      <p id={`${id}-name-hint`} className="hint">
        Shown on this screen so you can find your journal. It is the only thing not encrypted.
      </p>
      {existingNames.includes(name.trim()) && (
        <p className="hint hint-warn">A journal with this name is already here.</p>
      )}
      <PassphraseFields journalName={name} onChange={onPassphrase} />
      {error && <Notice kind="error">{error}</Notice>}
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create journal'}
      </Button>
      {onCancel && (
        <Button variant="link" onClick={onCancel}>
          Back to journals
        </Button>
      )}
    </form>
  );
}

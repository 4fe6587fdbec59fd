import { useState } from 'react';
import { Notice } from '../components/Notice';
import { haven } from '../haven';
import { Button } from '../components/Button';

/** The recovery key, shown once: the only way back in if the passphrase is forgotten. */
export function RecoveryKeyStep({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void | Promise<void> }) {
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const groups = recoveryKey.split('-');

  const copy = async () => {
    const result = await haven().app.copy({ text: recoveryKey });
    setMessage(
      result.ok
        ? { kind: 'info', text: 'Copied. Paste it into your password manager, then clear your clipboard.' }
        : { kind: 'error', text: result.error.message },
    );
  };
  const save = async () => {
    const result = await haven().vaults.saveRecoveryKey({ recoveryKey });
    if (result.ok) setMessage({ kind: 'info', text: `Saved to ${result.value.path}.` });
    else if (result.error.code !== 'cancelled') setMessage({ kind: 'error', text: result.error.message });
  };

  return (
    <div className="stack recovery-step">
      <h2>Your recovery key</h2>
      <p>
        If you ever forget your passphrase, this key is the only way back into your journal. Haven shows it just this
        once. Keep it somewhere only you can reach.
      </p>
      <p className="recovery-key mono" aria-label={`Recovery key: ${groups.join(' ')}`}>
        {groups.map((group, index) => (
          <span key={index}>{group}</span>
        ))}
      </p>
      <div className="button-row no-print">
        <Button variant="secondary" onClick={copy}>
          Copy
        </Button>
        <Button variant="secondary" onClick={save}>
          Save to a file…
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
      </div>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <Button
        variant="primary"
        className="no-print"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onDone();
          setBusy(false);
        }}
      >
        {busy ? 'Opening your journal…' : 'I have saved my recovery key'}
      </Button>
    </div>
  );
}

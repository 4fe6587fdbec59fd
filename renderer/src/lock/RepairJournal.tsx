import { useState } from 'react';
import type { VaultSummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { haven } from '../haven';
import { Button } from '../components/Button';

/**
 * A journal whose key file (header.json) can't be read. The writing itself is untouched; Haven keeps a copy of
 * the key file beside it and with every backup, so putting one back is usually all it takes.
 */
export function RepairJournal({
  vault,
  onRepaired,
  onRestore,
}: {
  vault: VaultSummary;
  onRepaired: () => void;
  onRestore: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const repair = async () => {
    setBusy(true);
    setError(null);
    const result = await haven().vaults.repair({ vaultId: vault.id });
    setBusy(false);
    if (result.ok) onRepaired();
    else setError(result.error.message);
  };
  return (
    <section className="stack" aria-labelledby="repair-title">
      <h2 id="repair-title">{vault.name} needs a small repair</h2>
      <p>
        Haven can’t read this journal’s key file, so it can’t open it yet. Your writing is still there. Haven keeps a
        spare copy of the key file, and putting it back usually fixes this.
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="button-row">
        <Button variant="primary" disabled={busy} onClick={() => void repair()}>
          {busy ? 'Repairing…' : 'Repair journal'}
        </Button>
        <Button variant="secondary" onClick={onRestore}>
          Restore from backup
        </Button>
      </div>
    </section>
  );
}

/** A journal where damage was found: Haven won't write to it; a backup brings back a recent copy. */
export function DamagedJournal({ vault, onRestore }: { vault: VaultSummary; onRestore: () => void }) {
  return (
    <section className="stack" aria-labelledby="damaged-title">
      <h2 id="damaged-title">Part of {vault.name} is damaged</h2>
      <p>
        Haven found damage in this journal and has stopped writing to it, so nothing more is lost. Restoring a backup
        brings back a recent copy; the damaged journal is kept as a backup too, in case it is needed later.
      </p>
      <Button variant="primary" className="align-start" onClick={onRestore}>
        Restore from backup
      </Button>
    </section>
  );
}

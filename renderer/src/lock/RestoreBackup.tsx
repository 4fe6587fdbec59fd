import { useEffect, useState } from 'react';
import type { BackupInfo, VaultSummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { formatDate, haven } from '../haven';

const KIND_LABEL: Record<BackupInfo['kind'], string> = {
  daily: 'Daily backup',
  weekly: 'Weekly backup',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

function describe(backup: BackupInfo): string {
  const date = formatDate(backup.date.slice(0, 10), { dateStyle: 'long' });
  return `${KIND_LABEL[backup.kind]}, ${date}`;
}

export function RestoreBackup({ vault, onDone }: { vault: VaultSummary; onDone: () => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  useEffect(() => {
    void haven()
      .vaults.backups({ vaultId: vault.id })
      .then((result) => {
        if (result.ok) setBackups(result.value);
        else setMessage({ kind: 'error', text: result.error.message });
      });
  }, [vault.id]);

  const restore = async (backup: BackupInfo) => {
    const result = await haven().vaults.restore({ vaultId: vault.id, backupId: backup.id });
    setConfirming(null);
    if (result.ok) {
      setMessage({
        kind: 'info',
        text: `Restored ${describe(backup).toLowerCase()}. Your journal as it was just before is kept as a backup too. Unlock to go on.`,
      });
      setBackups(null);
    } else setMessage({ kind: 'error', text: result.error.message });
  };

  return (
    <section className="stack" aria-labelledby="restore-title">
      <h2 id="restore-title">Restore {vault.name} from a backup</h2>
      <p className="hint">
        Haven keeps encrypted copies of your journal: one a day for a week, and one a week for a month. They open with
        your usual passphrase.
      </p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {backups && backups.length === 0 && <p>There are no backups of this journal yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-list" aria-label="Backups">
          {backups.map((backup) => (
            <li key={backup.id}>
              <span>{describe(backup)}</span>
              {confirming?.id === backup.id ? (
                <span className="button-row">
                  <button type="button" className="button-primary" onClick={() => restore(backup)}>
                    Yes, restore this one
                  </button>
                  <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
                    Cancel
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`Restore ${describe(backup)}`}
                  onClick={() => setConfirming(backup)}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button-link" onClick={onDone}>
        Back to unlock
      </button>
    </section>
  );
}

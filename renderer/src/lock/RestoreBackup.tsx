import { useEffect, useState } from 'react';
import type { BackupInfo, VaultSummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { formatDate, haven } from '../haven';
import { Button } from '../components/Button';

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

export function RestoreBackup({
  vault,
  onDone,
  onRestored,
  onRestoredFile,
}: {
  vault: VaultSummary;
  onDone: () => void;
  /** A backup took the journal's place: its listing (a damaged or needs-repair mark) should be read again. */
  onRestored?: () => void;
  /** A backup file became a new journal: the list of journals should show it. */
  onRestoredFile: (restored: VaultSummary) => void;
}) {
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
      onRestored?.();
    } else setMessage({ kind: 'error', text: result.error.message });
  };

  // A backup file may come from another computer or another journal, so it never replaces this one.
  const restoreFile = async () => {
    setConfirming(null);
    const result = await haven().vaults.restoreFile();
    if (result.ok) {
      setMessage({
        kind: 'info',
        text: `Restored the backup file as a new journal, “${result.value.name}”. Choose it under Journals and unlock it with the passphrase or recovery key it had.`,
      });
      onRestoredFile(result.value);
    } else if (result.error.code !== 'cancelled') setMessage({ kind: 'error', text: result.error.message });
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
                  <Button variant="primary" onClick={() => restore(backup)}>
                    Yes, restore this one
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(null)}>
                    Cancel
                  </Button>
                </span>
              ) : (
                <Button
                  variant="secondary"
                  aria-label={`Restore ${describe(backup)}`}
                  onClick={() => setConfirming(backup)}
                >
                  Restore
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        Saved a backup file yourself, or brought one from another computer? It becomes a new journal beside this one.
      </p>
      <Button variant="secondary" className="align-start" onClick={() => void restoreFile()}>
        Choose a backup file…
      </Button>
      <Button variant="link" onClick={onDone}>
        Back to unlock
      </Button>
    </section>
  );
}

/** On a computer with no journal yet, a backup file brought from elsewhere becomes the first one. */
export function RestoreFirstJournal({ onRestored }: { onRestored: (restored: VaultSummary) => void }) {
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    setError(null);
    const result = await haven().vaults.restoreFile();
    if (result.ok) onRestored(result.value);
    else if (result.error.code !== 'cancelled') setError(result.error.message);
  };
  return (
    <div className="stack">
      {error && <Notice kind="error">{error}</Notice>}
      <Button variant="link" onClick={() => void choose()}>
        Restore a journal from a backup file…
      </Button>
    </div>
  );
}

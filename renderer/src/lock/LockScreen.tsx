import { useCallback, useEffect, useState } from 'react';
import type { Session, VaultSummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { haven, type Result } from '../haven';
import { useAppInfo } from '../shell/useAppInfo';
import { CreateJournal } from './CreateJournal';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { DamagedJournal, RepairJournal } from './RepairJournal';
import { RestoreBackup, RestoreFirstJournal } from './RestoreBackup';
import { UnlockForm } from './UnlockForm';
import { Button } from '../components/Button';

const STATUS_WORDS: Record<NonNullable<VaultSummary['status']>, string> = {
  'needs-repair': 'needs repair',
  damaged: 'damaged',
};

/**
 * With one journal on the computer, choosing it tells nobody anything; with several, the lock screen waits
 * for a choice rather than guessing, so no one's passphrase is typed into someone else's journal.
 */
function onlyJournal(vaults: VaultSummary[]): string | null {
  return vaults.length === 1 ? (vaults[0]?.id ?? null) : null;
}

type Mode =
  | { kind: 'unlock' }
  | { kind: 'create' }
  | { kind: 'recovery-key'; recoveryKey: string; vault: VaultSummary; passphrase: string }
  | { kind: 'restore' };

export function LockScreen({
  notice,
  damage = null,
  onUnlocked,
}: {
  notice: string | null;
  /** Damage turned up in the journal that was open: said at once, with that journal chosen. */
  damage?: { vaultId: string; message: string } | null;
  onUnlocked: (session: Session) => void;
}) {
  const [vaults, setVaults] = useState<VaultSummary[] | null>(null);
  const [selected, setSelected] = useState<string | null>(damage?.vaultId ?? null);
  const [mode, setMode] = useState<Mode>({ kind: 'unlock' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const info = useAppInfo();

  const apply = useCallback((result: Result<VaultSummary[]>, select?: string | null) => {
    if (!result.ok) {
      setLoadError(result.error.message);
      return;
    }
    setVaults(result.value);
    setSelected((current) => select ?? current ?? onlyJournal(result.value));
    if (result.value.length === 0) setMode({ kind: 'create' });
  }, []);
  const refresh = useCallback(
    (select?: string) =>
      haven()
        .vaults.list()
        .then((result) => apply(result, select)),
    [apply],
  );

  useEffect(() => {
    void Promise.all([haven().vaults.list(), haven().session.lastUsed()]).then(([list, lastUsed]) => {
      const id = lastUsed.ok ? lastUsed.value.vaultId : null;
      apply(list, list.ok && list.value.some((v) => v.id === id) ? id : null);
    });
  }, [apply]);

  // Damage can be found while this screen is already showing (during an unlock): list the journal afresh, marked.
  useEffect(() => {
    if (damage) void refresh(damage.vaultId);
  }, [damage, refresh]);

  const vault = vaults?.find((v) => v.id === selected) ?? null;

  return (
    <main className="lock-screen">
      <section className="lock-card" aria-labelledby="lock-title">
        <header className="lock-header">
          <img src="./haven-mark.svg" alt="" className="lock-mark" width={48} height={48} />
          <h1 id="lock-title">Haven</h1>
          <p className="lock-tagline">Your private journal. Only your passphrase opens it.</p>
        </header>
        {notice && <Notice kind="info">{notice}</Notice>}
        {damage && vaults?.find((v) => v.id === damage.vaultId)?.status && (
          <Notice kind="error">{damage.message}</Notice>
        )}
        {loadError && <Notice kind="error">{loadError}</Notice>}

        {vaults === null && !loadError ? (
          <p className="hint" aria-busy="true">
            Finding your journals…
          </p>
        ) : mode.kind === 'recovery-key' ? (
          <RecoveryKeyStep
            recoveryKey={mode.recoveryKey}
            onDone={async () => {
              const result = await haven().vaults.unlock({ vaultId: mode.vault.id, passphrase: mode.passphrase });
              if (result.ok) onUnlocked(result.value);
              else {
                setLoadError(result.error.message);
                setMode({ kind: 'unlock' });
              }
            }}
          />
        ) : mode.kind === 'create' ? (
          <>
            <CreateJournal
              existingNames={vaults?.map((v) => v.name) ?? []}
              onCancel={vaults && vaults.length > 0 ? () => setMode({ kind: 'unlock' }) : null}
              onCreated={(created, passphrase) => {
                void refresh(created.vault.id);
                setMode({ kind: 'recovery-key', recoveryKey: created.recoveryKey, vault: created.vault, passphrase });
              }}
            />
            {vaults?.length === 0 && (
              <RestoreFirstJournal
                onRestored={(restored) => {
                  void refresh(restored.id);
                  setMode({ kind: 'unlock' });
                }}
              />
            )}
          </>
        ) : (
          <>
            {vaults && vaults.length > 0 && (
              <div className="journal-picker">
                <h2 id="journals-label" className="section-label">
                  Journals
                </h2>
                <ul aria-labelledby="journals-label" className="journal-list">
                  {vaults.map((v) => (
                    <li key={v.id}>
                      <button
                        type="button"
                        className="journal-choice"
                        aria-pressed={v.id === selected}
                        onClick={() => {
                          setSelected(v.id);
                          setMode({ kind: 'unlock' });
                        }}
                      >
                        <span className="journal-initial" aria-hidden="true">
                          {v.name.slice(0, 1).toUpperCase()}
                        </span>
                        <span>
                          {v.name}
                          {v.status && <span className="journal-status">, {STATUS_WORDS[v.status]}</span>}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {!vault && mode.kind === 'unlock' && vaults && vaults.length > 1 && (
              <p className="hint">Choose your journal to unlock it.</p>
            )}
            {vault && mode.kind === 'unlock' && vault.status === 'needs-repair' && (
              <RepairJournal
                key={vault.id}
                vault={vault}
                onRepaired={() => void refresh(vault.id)}
                onRestore={() => setMode({ kind: 'restore' })}
              />
            )}
            {vault && mode.kind === 'unlock' && vault.status === 'damaged' && (
              <DamagedJournal vault={vault} onRestore={() => setMode({ kind: 'restore' })} />
            )}
            {vault && mode.kind === 'unlock' && vault.status !== 'needs-repair' && (
              <UnlockForm key={`${vault.id}:${vault.status ?? ''}`} vault={vault} onUnlocked={onUnlocked} />
            )}
            {vault && mode.kind === 'restore' && (
              <RestoreBackup
                vault={vault}
                onDone={() => setMode({ kind: 'unlock' })}
                onRestored={() => void refresh(vault.id)}
                onRestoredFile={() => void refresh()}
              />
            )}
            <div className="lock-actions">
              <Button variant="secondary" onClick={() => setMode({ kind: 'create' })}>
                New journal
              </Button>
              {vault && mode.kind !== 'restore' && !vault.status && (
                <Button variant="link" onClick={() => setMode({ kind: 'restore' })}>
                  Restore from backup
                </Button>
              )}
            </div>
          </>
        )}
      </section>
      <footer className="lock-footer">
        {info && (
          <p>
            Haven <span data-testid="app-version">{info.version}</span> · Everything stays on this computer.
          </p>
        )}
      </footer>
    </main>
  );
}

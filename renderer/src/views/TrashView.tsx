import { useCallback, useEffect, useState } from 'react';
import type { EntrySummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { showToast } from '../components/Toast';
import { formatDate, haven } from '../haven';
import { href } from '../shell/useRoute';

/** Entries moved to Trash, kept for 30 days and restorable until then. */
export function TrashView() {
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(
    () =>
      haven()
        .entries.trash()
        .then((result) => {
          if (result.ok) setEntries(result.value);
          else setError(result.error.message);
        }),
    [],
  );
  useEffect(() => {
    void haven()
      .entries.trash()
      .then((result) => {
        if (result.ok) setEntries(result.value);
        else setError(result.error.message);
      });
  }, []);

  const restore = async (entry: EntrySummary) => {
    const result = await haven().entries.restore({ id: entry.id });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    showToast(`Restored the entry from ${formatDate(entry.date)}.`);
    await load();
  };

  const empty = async () => {
    setConfirming(false);
    const result = await haven().entries.emptyTrash();
    if (!result.ok) return setError(result.error.message);
    setError(null);
    showToast(`Removed ${result.value.removed} ${result.value.removed === 1 ? 'entry' : 'entries'} for good.`);
    await load();
  };

  return (
    <article className="view">
      <header className="view-header view-header-row">
        <div>
          <h1 tabIndex={-1}>Trash</h1>
          <p className="view-date">Entries stay here for 30 days, then they are removed for good.</p>
        </div>
        <a className="button-secondary" href={href({ name: 'timeline' })}>
          Back to Timeline
        </a>
      </header>
      {error && <Notice kind="error">{error}</Notice>}
      {entries && entries.length === 0 && <p className="empty">Trash is empty.</p>}
      {entries && entries.length > 0 && (
        <>
          <ul className="entry-list" aria-label="Entries in Trash">
            {entries.map((entry) => (
              <li key={entry.id} className="trash-item">
                <div>
                  <p className="entry-card-title">{entry.title || formatDate(entry.date)}</p>
                  <p className="entry-card-excerpt">{entry.excerpt || 'An empty page.'}</p>
                </div>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`Restore the entry from ${formatDate(entry.date)}`}
                  onClick={() => void restore(entry)}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div className="button-row" role="group" aria-label="Empty Trash?">
              <span>Remove these entries for good? This can’t be undone.</span>
              <button type="button" className="button-danger" onClick={() => void empty()}>
                Remove for good
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </div>
          ) : (
            <button type="button" className="button-danger align-start" onClick={() => setConfirming(true)}>
              Empty Trash…
            </button>
          )}
        </>
      )}
    </article>
  );
}

import { useCallback, useEffect, useState } from 'react';
import type { EntrySummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { showToast } from '../components/Toast';
import { formatDate, haven } from '../haven';
import { href } from '../shell/useRoute';
import { Button, ButtonLink } from '../components/Button';
import { ViewHeader } from '../components/ViewHeader';
import { entriesCount } from '../../../resources/words/plural';

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
    showToast(`Removed ${entriesCount(result.value.removed)} for good.`);
    await load();
  };

  return (
    <article className="view">
      <ViewHeader
        title="Trash"
        note="Entries stay here for 30 days, then they are removed for good."
        actions={
          <ButtonLink variant="secondary" href={href({ name: 'timeline' })}>
            Back to Timeline
          </ButtonLink>
        }
      />
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
                <Button
                  variant="secondary"
                  aria-label={`Restore the entry from ${formatDate(entry.date)}`}
                  onClick={() => void restore(entry)}
                >
                  Restore
                </Button>
              </li>
            ))}
          </ul>
          {confirming ? (
            <div className="button-row" role="group" aria-label="Empty Trash?">
              <span>Remove these entries for good? This can’t be undone.</span>
              <Button variant="danger" onClick={() => void empty()}>
                Remove for good
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                Keep them
              </Button>
            </div>
          ) : (
            <Button variant="danger" className="align-start" onClick={() => setConfirming(true)}>
              Empty Trash…
            </Button>
          )}
        </>
      )}
    </article>
  );
}

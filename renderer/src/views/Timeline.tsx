import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { formatDate, haven } from '../haven';

export function Timeline() {
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void haven()
      .entries.list({ limit: 200 })
      .then((result) => (result.ok ? setEntries(result.value) : setError(result.error.message)));
  }, []);

  return (
    <article className="view">
      <header className="view-header">
        <h1 tabIndex={-1}>Timeline</h1>
      </header>
      {error && <Notice kind="error">{error}</Notice>}
      {entries && entries.length === 0 && (
        <p className="empty">Nothing here yet. What you write on Today will gather here, newest first.</p>
      )}
      {entries && entries.length > 0 && (
        <ol className="timeline" aria-label="Entries">
          {entries.map((entry) => (
            <li key={entry.id} className="timeline-item">
              <h2>{entry.title || formatDate(entry.date)}</h2>
              {entry.title && <p className="view-date">{formatDate(entry.date)}</p>}
              <p className="excerpt">{entry.excerpt || 'An empty page.'}</p>
              <p className="hint">
                {entry.words} word{entry.words === 1 ? '' : 's'}
              </p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

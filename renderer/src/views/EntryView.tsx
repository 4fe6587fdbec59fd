import { useState } from 'react';
import type { Entry } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { EntryHost } from '../editor/EntryHost';
import { flushAll } from '../editor/pending';
import { formatDate, haven } from '../haven';
import { navigate } from '../shell/useRoute';
import { showUndo } from '../components/undo';
import { useTemplates } from '../shell/templates';
import { useAnswer } from '../useAnswer';

/** One entry, opened from the timeline, search or "On this day". */
export function EntryView({ id }: { id: string }) {
  const templateName = useTemplates().name;
  const [entry, setEntry] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);

  useAnswer(() => haven().entries.get({ id }), setEntry, setError, [id]);

  const moveToTrash = async () => {
    await flushAll();
    const result = await haven().entries.delete({ id });
    if (!result.ok) return setError(result.error.message);
    showUndo('Moved to Trash. It stays there for 30 days.', async () => {
      const restored = await haven().entries.restore({ id });
      if (restored.ok) navigate({ name: 'entry', id });
    });
    navigate({ name: 'timeline' });
  };

  return (
    <article className="view">
      <header className="view-header view-header-row">
        <div>
          <h1 tabIndex={-1}>{entry ? formatDate(entry.date) : 'Entry'}</h1>
          {entry && <p className="view-date">{templateName(entry.template)}</p>}
        </div>
      </header>
      {error && <Notice kind="error">{error}</Notice>}
      {entry?.deletedAt && (
        <Notice kind="info">This entry is in Trash. Restore it from Trash to write in it again.</Notice>
      )}
      {entry && !entry.deletedAt && (
        <EntryHost
          entry={entry}
          date={entry.date}
          template={entry.template}
          templateVersion={entry.templateVersion}
          initialDoc={entry.doc}
          placeholder="Write anything."
        />
      )}
      {/* After the writing, never before it: Tab from the heading reaches the words first, and Trash last. */}
      {entry && !entry.deletedAt && (
        <footer className="entry-actions">
          <button type="button" className="button-secondary" onClick={() => void moveToTrash()}>
            Move to Trash
          </button>
        </footer>
      )}
    </article>
  );
}

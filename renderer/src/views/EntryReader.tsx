import { useState } from 'react';
import type { Entry } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { showUndo } from '../components/undo';
import { EntryHost } from '../editor/EntryHost';
import { flushAll } from '../editor/pending';
import { formatDate, haven } from '../haven';
import { useTemplates } from '../shell/templates';
import { useAnswer } from '../useAnswer';
import { Button } from '../components/Button';

/**
 * One entry to read and write in: its date and template, the editor "Entry", and "Move to Trash" after them.
 * The entry view shows it on its own; Timeline shows it beside its list in a wide window.
 */
export function EntryReader({
  id,
  heading: Heading,
  startWriting = true,
  onTrashed,
  onRestored,
  onSaved,
}: {
  id: string;
  /** h1 when it is the view, h2 when it sits beside Timeline's list under the view's own h1. */
  heading: 'h1' | 'h2';
  startWriting?: boolean;
  onTrashed: () => void;
  onRestored: () => void;
  onSaved?: (entry: Entry) => void;
}) {
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
      if (restored.ok) onRestored();
    });
    onTrashed();
  };

  // An entry from before this one's answer came is not this one: show nothing of it while the next loads.
  const shown = entry?.id === id ? entry : null;
  return (
    <>
      <header className="view-header view-header-row">
        <div>
          <Heading tabIndex={-1}>{shown ? formatDate(shown.date) : 'Entry'}</Heading>
          {shown && <p className="view-date">{templateName(shown.template)}</p>}
        </div>
      </header>
      {error && <Notice kind="error">{error}</Notice>}
      {shown?.deletedAt && (
        <Notice kind="info">This entry is in Trash. Restore it from Trash to write in it again.</Notice>
      )}
      {shown && !shown.deletedAt && (
        <EntryHost
          key={shown.id}
          entry={shown}
          date={shown.date}
          template={shown.template}
          templateVersion={shown.templateVersion}
          initialDoc={shown.doc}
          placeholder="Write anything."
          startWriting={startWriting}
          {...(onSaved ? { onSaved } : {})}
        />
      )}
      {/* After the writing, never before it: Tab from the heading reaches the words first, and Trash last. */}
      {shown && !shown.deletedAt && (
        <footer className="entry-actions">
          <Button variant="secondary" onClick={() => void moveToTrash()}>
            Move to Trash
          </Button>
        </footer>
      )}
    </>
  );
}

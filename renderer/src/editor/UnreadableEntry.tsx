import { useId } from 'react';
import type { Entry } from '../../../preload/contract';
import { Button } from '../components/Button';

/**
 * An entry the editor can't open (its document reached the journal some other way than a save): what Haven
 * could recover of its words, to read and copy, and a way to put it aside. Nothing here writes to it.
 */
export function UnreadableEntry({
  entry,
  onMoveToTrash,
}: {
  entry: Pick<Entry, 'text'>;
  /** Left out where the view already offers Move to Trash. */
  onMoveToTrash?: () => void;
}) {
  const id = useId();
  const text = entry.text.trim();
  return (
    <section className="unreadable-entry notice notice-info" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>This entry can’t be shown in the editor</h2>
      {text ? (
        <>
          <p>
            Here is the text Haven could recover. You can select and copy it into a new entry; moving this one to Trash
            keeps the rest of your journal as it is.
          </p>
          <div className="unreadable-text" role="region" aria-label="Recovered text" tabIndex={0}>
            {text}
          </div>
        </>
      ) : (
        <p>Haven couldn’t recover any words from it. Moving it to Trash keeps the rest of your journal as it is.</p>
      )}
      {onMoveToTrash && (
        <Button variant="secondary" onClick={onMoveToTrash}>
          Move to Trash
        </Button>
      )}
    </section>
  );
}

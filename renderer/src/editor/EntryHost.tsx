import type { ComponentProps } from 'react';
import { canOpen } from '../../../resources/document/readable';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { EntryWriter } from './EntryWriter';
import { UnreadableEntry } from './UnreadableEntry';

/**
 * An entry in the window, whatever its document holds. One the editor can't open (the shared check says so
 * before Lexical ever sees it) shows as a calm notice with its recovered text; the boundary catches anything
 * the check didn't foresee, so one entry never takes the rest of the window with it.
 */
export function EntryHost({
  onMoveToTrash,
  ...writer
}: ComponentProps<typeof EntryWriter> & { onMoveToTrash?: () => void }) {
  const { entry, initialDoc } = writer;
  const notice = <UnreadableEntry entry={entry ?? { text: '' }} {...(onMoveToTrash ? { onMoveToTrash } : {})} />;
  if (initialDoc !== null && !canOpen(initialDoc)) return notice;
  return (
    <ErrorBoundary fallback={() => notice}>
      <EntryWriter {...writer} />
    </ErrorBoundary>
  );
}

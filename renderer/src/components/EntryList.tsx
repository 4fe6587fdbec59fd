import type { EntrySummary } from '../../../preload/contract';
import { templateName } from '../../../resources/templates/builtin';
import { formatDate } from '../haven';
import { href } from '../shell/useRoute';

export function EntryCard({ entry }: { entry: EntrySummary }) {
  return (
    <a className="entry-card" href={href({ name: 'entry', id: entry.id })}>
      <span className="entry-card-title">{entry.title || formatDate(entry.date)}</span>
      <span className="entry-card-meta">
        {entry.title ? `${formatDate(entry.date)} · ` : ''}
        {templateName(entry.template)} · {entry.words} {entry.words === 1 ? 'word' : 'words'}
      </span>
      <span className="entry-card-excerpt">{entry.excerpt || 'An empty page.'}</span>
    </a>
  );
}

/** A short list of entries, each a link that opens it. */
export function EntryList({ entries, label }: { entries: EntrySummary[]; label: string }) {
  return (
    <ul className="entry-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <EntryCard entry={entry} />
        </li>
      ))}
    </ul>
  );
}

import type { EntrySummary } from '../../../preload/contract';
import { formatDate } from '../haven';
import { useTemplates } from '../shell/templates';
import { href } from '../shell/useRoute';

export function EntryCard({ entry }: { entry: EntrySummary }) {
  const templateName = useTemplates().name;
  return (
    <a className="entry-card" href={href({ name: 'entry', id: entry.id })}>
      <span className="entry-card-title">{entry.title || formatDate(entry.date)}</span>
      <span className="entry-card-meta">
        {entry.title ? `${formatDate(entry.date)} · ` : ''}
        {templateName(entry.template)} · {entry.words} {entry.words === 1 ? 'word' : 'words'}
      </span>
      <span className="entry-card-excerpt">{entry.excerpt || 'An empty page.'}</span>
      {entry.tags.length > 0 && (
        <span className="entry-card-tags">
          <span className="visually-hidden">Tags: </span>
          {entry.tags.map((tag) => (
            <span key={`${tag.kind}:${tag.name}`} className={`ed-chip ed-chip-${tag.kind}`}>
              {tag.name}
            </span>
          ))}
        </span>
      )}
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

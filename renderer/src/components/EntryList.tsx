import { Fragment, type MouseEvent, type ReactNode, type Ref } from 'react';
import type { EntrySummary } from '../../../preload/contract';
import { wordsCount } from '../../../resources/words/plural';
import { formatDate, formatTime } from '../haven';
import { useTemplates } from '../shell/templates';
import { href } from '../shell/useRoute';
import './entry-card.css';
import { Chip } from './Chip';

/** What a card shows of an entry: a summary from Timeline, Today or Patterns, or a search result. */
export type CardFacts = Pick<EntrySummary, 'id' | 'date' | 'title' | 'template' | 'createdAt' | 'words' | 'tags'>;

/**
 * One entry as a card that opens it: its title (or date), when it was started, its template and length, the
 * start of the person's own words, and the fields they picked as chips. It grows to fit all of it: nothing is
 * cut but the excerpt, which main/journal/derive.ts already keeps short.
 */
export function EntryCard({
  entry,
  excerpt,
  selected,
  onOpen,
  tabIndex,
  cardRef,
}: {
  entry: CardFacts;
  /** The excerpt to show; a search result passes its snippet with the matches marked. */
  excerpt: ReactNode;
  /** The card whose entry the reader beside the list shows. */
  selected?: boolean;
  /** Opens the entry some other way than following the link (Timeline's reader). */
  onOpen?: (event: MouseEvent<HTMLAnchorElement>) => void;
  tabIndex?: number;
  cardRef?: Ref<HTMLAnchorElement>;
}) {
  const templateName = useTemplates().name;
  const empty = !excerpt && entry.tags.length === 0 && entry.words === 0;
  return (
    <a
      ref={cardRef}
      className="entry-card"
      href={href({ name: 'entry', id: entry.id })}
      aria-current={selected ? 'true' : undefined}
      tabIndex={tabIndex}
      onClick={onOpen}
      data-entry-id={entry.id}
    >
      <span className="entry-card-title">{entry.title || formatDate(entry.date)}</span>
      <span className="entry-card-meta">
        {entry.title && <span>{formatDate(entry.date, { dateStyle: 'medium' })}</span>}
        <span>{formatTime(entry.createdAt)}</span>
        <span>{templateName(entry.template)}</span>
        <span>{wordsCount(entry.words)}</span>
      </span>
      {(excerpt || empty) && <span className="entry-card-excerpt">{excerpt || 'An empty page.'}</span>}
      {entry.tags.length > 0 && (
        <span className="entry-card-tags">
          <span className="visually-hidden">Tags: </span>
          {entry.tags.map((tag, index) => (
            <Fragment key={`${tag.kind}:${tag.name}`}>
              <Chip kind={tag.kind} className="entry-card-chip">
                {tag.name}
              </Chip>
              {/* Read aloud, the chips are a list of words, not one run-on name. */}
              {index < entry.tags.length - 1 && <span className="visually-hidden">, </span>}
            </Fragment>
          ))}
        </span>
      )}
    </a>
  );
}

/** A short list of entries, each a card that opens it. */
export function EntryList({ entries, label }: { entries: EntrySummary[]; label: string }) {
  return (
    <ul className="entry-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <EntryCard entry={entry} excerpt={entry.excerpt} />
        </li>
      ))}
    </ul>
  );
}

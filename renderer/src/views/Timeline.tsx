import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { EntrySummary } from '../../../preload/contract';
import { entriesCount } from '../../../resources/words/plural';
import { EntryCard } from '../components/EntryList';
import { MonthCalendar } from '../components/MonthCalendar';
import { Notice } from '../components/Notice';
import { TemplateSelect } from '../components/TemplateSelect';
import { haven } from '../haven';
import { href } from '../shell/useRoute';
import { EntryReader } from './EntryReader';
import './timeline.css';
import { ButtonLink } from '../components/Button';
import { ViewHeader } from '../components/ViewHeader';

const PAGE = 50;
/** A first guess at a card's height, before it is measured: a title, a line of facts, two lines and chips. */
const ESTIMATED_ROW = 150;
/** From this width Timeline is a list beside a reader, as Day One's is; narrower windows open the entry view. */
const WIDE = '(min-width: 1400px)';

interface Filter {
  template?: string;
  tag?: string;
}

function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
  );
}

/** The reader's entry and whether the caret goes into it (it does when the person picked it). */
interface Selection {
  id: string;
  write: boolean;
}

/**
 * Every entry, newest first. Only the rows on screen exist in the page, and they are fetched a page at a time, so a
 * journal of 100,000 entries scrolls like one of ten. Rows are measured as they render, so a card is as tall as
 * what it holds. Arrow keys, Home and End move between cards; Enter or a click opens one: beside the list in a
 * wide window, in the entry view otherwise.
 */
export function Timeline() {
  const [filter, setFilter] = useState<Filter>({});
  const [tagDraft, setTagDraft] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<Map<number, EntrySummary>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const [selection, setSelection] = useState<Selection | null>(null);
  const requested = useRef(new Set<number>());
  const scrollRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<number | null>(null);
  const wide = useMedia(WIDE);
  const id = useId();

  const loadPage = useCallback(async (page: number, active: Filter, again = false) => {
    if (requested.current.has(page) && !again) return;
    requested.current.add(page);
    const result = await haven().entries.list({ ...active, offset: page * PAGE, limit: PAGE });
    if (!result.ok) return setError(result.error.message);
    setTotal(result.value.total);
    setRows((previous) => {
      const next = new Map(again ? [...previous].filter(([index]) => index < page * PAGE) : previous);
      result.value.items.forEach((item, index) => next.set(page * PAGE + index, item));
      return next;
    });
  }, []);

  useEffect(() => {
    requested.current = new Set();
    void loadPage(0, filter).then(() => undefined);
    return () => {
      setRows(new Map());
      setTotal(null);
    };
  }, [filter, loadPage]);

  // eslint-disable-next-line react-hooks/incompatible-library -- its functions change every render; Haven doesn't use the React Compiler
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey: (index) => rows.get(index)?.id ?? `row-${index}`,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    const pages = new Set(items.map((item) => Math.floor(item.index / PAGE)));
    pages.forEach((page) => void loadPage(page, filter));
  }, [items, filter, loadPage]);

  // A wide window shows the newest entry to begin with, to read; the caret stays where the person is.
  const first = rows.get(0)?.id;
  const shown = wide ? (selection ?? (first ? { id: first, write: false } : null)) : null;

  // A card asked for by the keyboard is focused once it is rendered (it may have been scrolled to first).
  useEffect(() => {
    if (focusNext.current === null) return;
    const card = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${focusNext.current}"] a`);
    if (card) {
      card.focus({ preventScroll: true });
      focusNext.current = null;
    }
  });

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min((total ?? 1) - 1, index));
    setCurrent(target);
    focusNext.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const step: Record<string, number | undefined> = { ArrowDown: current + 1, ArrowUp: current - 1 };
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? (total ?? 1) - 1 : step[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    moveTo(to);
  };

  const open = (index: number, entry: EntrySummary) => (event: MouseEvent<HTMLAnchorElement>) => {
    setCurrent(index);
    if (!wide) return;
    event.preventDefault();
    // The caret goes to the reader's first writing space, which takes only focus nobody holds.
    (document.activeElement as HTMLElement | null)?.blur();
    setSelection({ id: entry.id, write: true });
  };

  const reload = () => {
    requested.current = new Set();
    setRows(new Map());
    void loadPage(0, filter, true);
  };

  // The reader's saves change the card's excerpt and counts: its page is asked for again.
  const refreshShown = () => {
    const index = [...rows].find(([, row]) => row.id === shown?.id)?.[0];
    if (index !== undefined) void loadPage(Math.floor(index / PAGE), filter, true);
  };

  const tabStop = items.some((item) => item.index === current) ? current : (items[0]?.index ?? 0);

  const list = (
    <div className="timeline-main">
      <form
        className="filters"
        aria-label="Filter entries"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter((f) => ({ ...f, tag: tagDraft.trim() || undefined }));
        }}
      >
        <label htmlFor={`${id}-template`}>Template</label>
        <TemplateSelect
          id={`${id}-template`}
          value={filter.template ?? ''}
          onChange={(template) => setFilter((f) => ({ ...f, template: template || undefined }))}
        />
        <label htmlFor={`${id}-tag`}>Tag</label>
        <input
          id={`${id}-tag`}
          value={tagDraft}
          placeholder="Any tag"
          onChange={(event) => setTagDraft(event.target.value)}
          onBlur={() => setFilter((f) => ({ ...f, tag: tagDraft.trim() || undefined }))}
        />
      </form>

      {error && <Notice kind="error">{error}</Notice>}
      {total === 0 && (
        <p className="empty">
          {filter.template || filter.tag
            ? 'No entries match these filters.'
            : 'Nothing here yet. What you write on Today will gather here, newest first.'}
        </p>
      )}
      {total !== null && total > 0 && (
        <div ref={scrollRef} className="timeline-scroll" tabIndex={-1}>
          <ol
            className="timeline"
            aria-label="Entries"
            style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
            onKeyDown={onKeyDown}
          >
            {items.map((item) => {
              const entry = rows.get(item.index);
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="timeline-row"
                  aria-setsize={total}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {entry ? (
                    <EntryCard
                      entry={entry}
                      excerpt={entry.excerpt}
                      selected={shown?.id === entry.id}
                      tabIndex={item.index === tabStop ? 0 : -1}
                      onOpen={open(item.index, entry)}
                    />
                  ) : (
                    <span className="entry-card placeholder">Loading…</span>
                  )}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );

  return (
    <article className={wide ? 'view timeline-view timeline-wide' : 'view timeline-view'}>
      <ViewHeader
        title="Timeline"
        note={total !== null && <>{entriesCount(total)}</>}
        actions={
          <ButtonLink variant="secondary" href={href({ name: 'trash' })}>
            Trash
          </ButtonLink>
        }
      />

      {wide ? (
        <div className="timeline-layout">
          <div className="timeline-side">
            {list}
            <MonthCalendar filter={filter} />
          </div>
          <section className="timeline-reader" aria-label="Reader">
            {shown ? (
              <EntryReader
                key={shown.id}
                id={shown.id}
                heading="h2"
                startWriting={shown.write}
                onTrashed={() => {
                  setSelection(null);
                  reload();
                }}
                onRestored={() => {
                  setSelection({ id: shown.id, write: false });
                  reload();
                }}
                onSaved={refreshShown}
              />
            ) : (
              total !== 0 && <p className="empty">Pick an entry to read it here.</p>
            )}
          </section>
        </div>
      ) : (
        <div className="timeline-layout">
          {list}
          <MonthCalendar filter={filter} />
        </div>
      )}
    </article>
  );
}

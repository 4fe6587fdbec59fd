import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { EntrySummary } from '../../../preload/contract';
import { EntryCard } from '../components/EntryList';
import { MonthCalendar } from '../components/MonthCalendar';
import { Notice } from '../components/Notice';
import { TemplateSelect } from '../components/TemplateSelect';
import { haven } from '../haven';
import { href } from '../shell/useRoute';

const PAGE = 50;
const ROW_HEIGHT = 118;

interface Filter {
  template?: string;
  tag?: string;
}

/**
 * Every entry, newest first. Only the rows on screen exist in the page, and they are fetched a page at a time, so a
 * journal of 100,000 entries scrolls like one of ten.
 */
export function Timeline() {
  const [filter, setFilter] = useState<Filter>({});
  const [tagDraft, setTagDraft] = useState('');
  const [total, setTotal] = useState<number | null>(null);
  const [rows, setRows] = useState<Map<number, EntrySummary>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const requested = useRef(new Set<number>());
  const scrollRef = useRef<HTMLDivElement>(null);
  const id = useId();

  const loadPage = useCallback(async (page: number, active: Filter) => {
    if (requested.current.has(page)) return;
    requested.current.add(page);
    const result = await haven().entries.list({ ...active, offset: page * PAGE, limit: PAGE });
    if (!result.ok) return setError(result.error.message);
    setTotal(result.value.total);
    setRows((previous) => {
      const next = new Map(previous);
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
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();

  useEffect(() => {
    const pages = new Set(items.map((item) => Math.floor(item.index / PAGE)));
    pages.forEach((page) => void loadPage(page, filter));
  }, [items, filter, loadPage]);

  return (
    <article className="view timeline-view">
      <header className="view-header view-header-row">
        <div>
          <h1 tabIndex={-1}>Timeline</h1>
          {total !== null && (
            <p className="view-date">
              {total} {total === 1 ? 'entry' : 'entries'}
            </p>
          )}
        </div>
        <a className="button-secondary" href={href({ name: 'trash' })}>
          Trash
        </a>
      </header>

      <div className="timeline-layout">
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
              >
                {items.map((item) => {
                  const entry = rows.get(item.index);
                  return (
                    <li
                      key={item.key}
                      className="timeline-row"
                      aria-setsize={total}
                      aria-posinset={item.index + 1}
                      style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                    >
                      {entry ? <EntryCard entry={entry} /> : <span className="entry-card placeholder">Loading…</span>}
                    </li>
                  );
                })}
              </ol>
            </div>
          )}
        </div>
        <MonthCalendar filter={filter} />
      </div>
    </article>
  );
}

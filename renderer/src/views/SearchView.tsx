import { useEffect, useId, useRef, useState } from 'react';
import type { SearchQuery, SearchResult } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { TemplateSelect } from '../components/TemplateSelect';
import { haven } from '../haven';
import { entriesCount } from '../../../resources/words/plural';
import { EntryCard } from '../components/EntryList';
import { useAnswer } from '../useAnswer';
import { ViewHeader } from '../components/ViewHeader';
import { Select } from '../components/Select';

const DEBOUNCE_MS = 150;

interface Filters {
  from: string;
  to: string;
  template: string;
  tag: string;
  minIntensity: string;
}

const NO_FILTERS: Filters = { from: '', to: '', template: '', tag: '', minIntensity: '' };

function toQuery(text: string, filters: Filters): SearchQuery {
  return {
    text,
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.template ? { template: filters.template } : {}),
    ...(filters.tag.trim() ? { tag: filters.tag.trim() } : {}),
    ...(filters.minIntensity ? { minIntensity: Number(filters.minIntensity) } : {}),
    limit: 50,
  };
}

/** Search every entry as you type: words and word beginnings, accents ignored, newest first. */
export function SearchView() {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [results, setResults] = useState<SearchResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => inputRef.current?.focus(), []);

  // The tag filter suggests the journal's own words: triggers, emotions, needs and tags.
  const [tagNames, setTagNames] = useState<string[]>([]);
  useAnswer(
    () => haven().tags.list(),
    (tags) => setTagNames([...new Set(tags.filter((tag) => !tag.archived).map((tag) => tag.name))]),
    null,
    [],
  );

  useEffect(() => {
    let live = true;
    const hasFilter = Object.values(filters).some(Boolean);
    if (!text.trim() && !hasFilter) {
      const clear = setTimeout(() => live && setResults(null), 0);
      return () => {
        live = false;
        clearTimeout(clear);
      };
    }
    const timer = setTimeout(() => {
      void haven()
        .search.query(toQuery(text, filters))
        .then((result) => {
          if (!live) return;
          if (result.ok) {
            setResults(result.value.results);
            setError(null);
          } else setError(result.error.message);
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, filters]);

  const set = (key: keyof Filters) => (event: { target: { value: string } }) =>
    setFilters((f) => ({ ...f, [key]: event.target.value }));

  return (
    <article className="view">
      <ViewHeader title="Search" />
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search entries
        </label>
        <input
          id={`${id}-q`}
          ref={inputRef}
          type="search"
          className="search-input"
          placeholder="Search your entries (Ctrl+K)"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setText('');
          }}
        />
        <details className="search-filters">
          <summary>Filters</summary>
          <div className="filters">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="date" value={filters.from} onChange={set('from')} />
            <label htmlFor={`${id}-to`}>To</label>
            <input id={`${id}-to`} type="date" value={filters.to} onChange={set('to')} />
            <label htmlFor={`${id}-template`}>Template</label>
            <TemplateSelect
              id={`${id}-template`}
              value={filters.template}
              onChange={(template) => setFilters((f) => ({ ...f, template }))}
            />
            <label htmlFor={`${id}-tag`}>Tag</label>
            <input
              id={`${id}-tag`}
              value={filters.tag}
              placeholder="Any tag"
              list={`${id}-tags`}
              onChange={set('tag')}
            />
            <datalist id={`${id}-tags`}>
              {tagNames.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <label htmlFor={`${id}-intensity`}>Intensity at least</label>
            <Select id={`${id}-intensity`} value={filters.minIntensity} onChange={set('minIntensity')}>
              <option value="">Any</option>
              {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                <option key={n} value={String(n)}>
                  {n}
                </option>
              ))}
            </Select>
          </div>
        </details>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      <p className="visually-hidden" role="status">
        {results === null ? '' : `${entriesCount(results.length)} found`}
      </p>
      {results && results.length === 0 && (
        <p className="empty">Nothing found. Try the start of a word, or fewer words.</p>
      )}
      {results && results.length > 0 && (
        <ul className="entry-list" aria-label="Results">
          {results.map((result) => (
            <li key={result.id}>
              <EntryCard
                entry={result}
                excerpt={result.snippet.map((part, index) =>
                  part.match ? <mark key={index}>{part.text}</mark> : part.text,
                )}
              />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

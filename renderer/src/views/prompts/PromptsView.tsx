import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { PromptView } from '../../../../preload/contract';
import { PROMPT_THEMES, THEMES, type PromptTheme } from '../../../../resources/prompts';
import { haven } from '../../haven';
import { Dialog } from '../../components/Dialog';
import { FitPreferences } from './FitPreferences';
import { PromptItem, type OnPromptAction, type PromptListName } from './PromptItem';
import { foldText, searchableText, shortForm } from './promptWords';
import { WritePrompt } from './WritePrompt';
import { handPrompt } from './promptHandoff';
import { navigate } from '../../shell/useRoute';
import '../manage/manage.css';
import './prompts.css';
import { useAnswer } from '../../useAnswer';
import { ViewMessages } from '../../components/Notice';
import { Button } from '../../components/Button';
import { ViewHeader } from '../../components/ViewHeader';
import { Select } from '../../components/Select';
import { Segmented } from '../../components/Segmented';

type Show = 'all' | 'favourites' | 'own' | 'hidden';
const SHOW_NAMES: Readonly<Record<Show, string>> = {
  all: 'All',
  favourites: 'Favourites',
  own: 'Your own',
  hidden: 'Hidden',
};
const SHOWS = Object.keys(SHOW_NAMES) as Show[];
/** Long enough to read a sentence twice. */
const STATUS_MS = 10_000;

const matchesShow = (prompt: PromptView, show: Show) =>
  show === 'all' ||
  (show === 'favourites' && prompt.favourite) ||
  (show === 'own' && prompt.custom) ||
  (show === 'hidden' && prompt.hidden);

/** Where focus goes once a list has changed: a prompt's control, a neighbour's when it left, or the list's heading. */
interface FocusTarget {
  list: PromptListName;
  id: string;
  action: string;
  neighbour: string | null;
}

/**
 * The prompt library as the person sees it: their favourites first, then every prompt to browse, mark or hide,
 * their own to write, and what they tell Haven about themselves for choosing.
 */
export function PromptsView() {
  const [prompts, setPrompts] = useState<PromptView[] | null>(null);
  const [theme, setTheme] = useState<PromptTheme | ''>('');
  const [show, setShow] = useState<Show>('all');
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<{ prompt: PromptView; list: PromptListName } | null>(null);
  const focusAfter = useRef<FocusTarget | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const favouritesRef = useRef<HTMLElement>(null);
  const libraryRef = useRef<HTMLElement>(null);
  const writeRef = useRef<HTMLHeadingElement>(null);
  const fitRef = useRef<HTMLHeadingElement>(null);
  const id = useId();

  useAnswer(() => haven().prompts.list(), setPrompts, setError, []);

  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const section = (target.list === 'favourites' ? favouritesRef : libraryRef).current;
    const control = (promptId: string | null, action: string) =>
      promptId === null
        ? null
        : section?.querySelector<HTMLElement>(`[data-prompt-id="${CSS.escape(promptId)}"] [data-action="${action}"]`);
    // A neighbour may have no Delete button (Haven's own prompts): its Favourite is the next useful key.
    const next =
      control(target.id, target.action) ??
      control(target.neighbour, target.action) ??
      control(target.neighbour, 'favourite') ??
      section?.querySelector<HTMLElement>('h2');
    next?.focus();
  }, [focusTick]);

  // The confirmation floats over the list while it is scrolled, so it steps aside after a while, or as soon as
  // the person turns to the filters.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  // The filter text is folded once per prompt, not once per prompt per keystroke.
  const haystacks = useMemo(() => new Map((prompts ?? []).map((p) => [p.id, searchableText(p)])), [prompts]);
  const deferredFilter = useDeferredValue(filter);
  const needle = foldText(deferredFilter);
  const favourites = useMemo(() => (prompts ?? []).filter((p) => p.favourite), [prompts]);
  const shown = useMemo(
    () =>
      (prompts ?? []).filter(
        (p) =>
          matchesShow(p, show) &&
          (!theme || p.themes.includes(theme)) &&
          (!needle || haystacks.get(p.id)?.includes(needle)),
      ),
    [prompts, show, theme, needle, haystacks],
  );

  const say = (text: string) => {
    setError(null);
    setStatus(text);
  };
  const fail = (text: string) => {
    setStatus('');
    setError(text);
  };

  const listOf = (list: PromptListName) => (list === 'favourites' ? favourites : shown);
  const neighbourIn = (list: PromptListName, prompt: PromptView): string | null => {
    const items = listOf(list);
    const index = items.findIndex((p) => p.id === prompt.id);
    return (items[index + 1] ?? items[index - 1])?.id ?? null;
  };
  const requestFocus = (target: FocusTarget) => {
    focusAfter.current = target;
    setFocusTick((tick) => tick + 1);
  };

  const replace = (updated: PromptView) =>
    setPrompts((current) => current?.map((p) => (p.id === updated.id ? updated : p)) ?? current);

  const mark = async (prompt: PromptView, list: PromptListName, marks: { favourite?: boolean; hidden?: boolean }) => {
    const neighbour = neighbourIn(list, prompt);
    const result = await haven().prompts.mark({ id: prompt.id, ...marks });
    if (!result.ok) return fail(result.error.message);
    replace(result.value);
    const action = marks.favourite === undefined ? 'hide' : 'favourite';
    requestFocus({ list, id: prompt.id, action, neighbour });
    const short = `“${shortForm(prompt.text)}”`;
    if (marks.favourite === true) say(`Added ${short} to your favourites.`);
    if (marks.favourite === false) say(`Took ${short} out of your favourites.`);
    if (marks.hidden === true) say(`Hid ${short}. Haven won’t offer it; it stays under Hidden.`);
    if (marks.hidden === false) say(`${short} can be offered again.`);
  };

  const onAction: OnPromptAction = useEvent((action, prompt, list) => {
    if (action === 'write') {
      handPrompt({ id: prompt.id, text: prompt.text });
      return navigate({ name: 'today' });
    }
    if (action === 'favourite') void mark(prompt, list, { favourite: !prompt.favourite });
    if (action === 'hide') void mark(prompt, list, { hidden: !prompt.hidden });
    if (action === 'delete') setDeleting({ prompt, list });
  });

  const remove = async (prompt: PromptView, list: PromptListName) => {
    const neighbour = neighbourIn(list, prompt);
    const result = await haven().prompts.delete({ id: prompt.id });
    setDeleting(null);
    if (!result.ok) return fail(result.error.message);
    setPrompts((current) => current?.filter((p) => p.id !== prompt.id) ?? current);
    say(`Deleted your prompt “${shortForm(prompt.text)}”.`);
    requestFocus({ list, id: prompt.id, action: 'delete', neighbour });
  };

  const onCreated = useCallback((prompt: PromptView) => {
    setPrompts((current) => (current ? [...current, prompt] : current));
  }, []);

  const jumpTo = (ref: RefObject<HTMLHeadingElement | null>) => {
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus();
  };

  const filtering = Boolean(needle) || theme !== '';
  const clearFilters = () => {
    setFilter('');
    setTheme('');
    document.getElementById(`${id}-filter`)?.focus();
  };

  return (
    <article className="view manage-view prompts-view">
      <ViewHeader
        title="Prompts"
        note="The questions Haven offers in the evening. Keep the ones you like, hide the ones that aren’t for you, and add your own."
        actions={
          <>
            <Button variant="secondary" onClick={() => jumpTo(writeRef)}>
              Write your own
            </Button>
            <Button variant="secondary" onClick={() => jumpTo(fitRef)}>
              What fits you
            </Button>
          </>
        }
      />

      <ViewMessages status={status} error={error} className="prompts-status" />

      <section ref={favouritesRef} className="prompts-favourites" aria-labelledby={`${id}-favourites`}>
        <h2 id={`${id}-favourites`} tabIndex={-1}>
          Favourites
        </h2>
        {prompts !== null && favourites.length === 0 && (
          <p className="empty prompts-empty">Prompts you mark as favourites gather here.</p>
        )}
        {favourites.length > 0 && (
          <ul className="prompt-list" aria-label="Favourites">
            {favourites.map((prompt) => (
              <PromptItem key={prompt.id} prompt={prompt} list="favourites" onAction={onAction} />
            ))}
          </ul>
        )}
      </section>

      <section ref={libraryRef} className="prompts-library" aria-labelledby={`${id}-library`}>
        <h2 id={`${id}-library`} tabIndex={-1}>
          All prompts
        </h2>
        <div className="manage-toolbar prompts-toolbar">
          <div className="manage-field prompts-theme-field">
            <label htmlFor={`${id}-theme`}>Theme</label>
            <Select
              id={`${id}-theme`}
              value={theme}
              onChange={(event) => {
                setStatus('');
                setTheme(event.target.value as PromptTheme | '');
              }}
            >
              <option value="">All themes</option>
              {PROMPT_THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEMES[t].name}
                </option>
              ))}
            </Select>
          </div>
          <div className="manage-filter">
            <label htmlFor={`${id}-filter`}>Filter prompts</label>
            <input
              id={`${id}-filter`}
              type="text"
              autoComplete="off"
              value={filter}
              placeholder="Type a word or two"
              onChange={(event) => {
                setStatus('');
                setFilter(event.target.value);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Escape' && filter) {
                  event.preventDefault();
                  setFilter('');
                }
              }}
            />
          </div>
          <fieldset className="prompts-show">
            <legend id={`${id}-show`}>Show</legend>
            <Segmented
              labelledBy={`${id}-show`}
              options={SHOWS.map((s) => ({ value: s, label: SHOW_NAMES[s] }))}
              value={show}
              onChange={(s) => {
                setStatus('');
                setShow(s);
              }}
            />
          </fieldset>
        </div>

        {prompts === null && !error && <p className="gentle">Loading prompts…</p>}
        {prompts !== null && (
          <p className="prompts-count" aria-live="polite">
            {shown.length === prompts.length
              ? `${prompts.length} prompts`
              : `Showing ${shown.length} of ${prompts.length} prompts`}
          </p>
        )}
        {prompts !== null && shown.length === 0 && (
          <div className="prompts-empty">
            <p className="empty">{emptyText(show, filtering)}</p>
            {filtering && (
              <Button variant="secondary" small className="align-start" onClick={clearFilters}>
                Clear filters
              </Button>
            )}
          </div>
        )}
        {shown.length > 0 && (
          <ul className="prompt-list" aria-label="Prompts">
            {shown.map((prompt) => (
              <PromptItem key={prompt.id} prompt={prompt} list="library" onAction={onAction} />
            ))}
          </ul>
        )}
      </section>

      <WritePrompt headingRef={writeRef} onCreated={onCreated} />
      <FitPreferences headingRef={fitRef} />

      {deleting && (
        <Dialog
          title="Delete your prompt?"
          description={`“${deleting.prompt.text}” won’t be offered any more. Entries where you answered it keep what you wrote. This can’t be undone.`}
          onClose={() => setDeleting(null)}
        >
          <div className="manage-dialog-actions">
            <Button variant="secondary" data-autofocus onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button variant="danger" onClick={() => void remove(deleting.prompt, deleting.list)}>
              Delete prompt
            </Button>
          </div>
        </Dialog>
      )}
    </article>
  );
}

function emptyText(show: Show, filtering: boolean): string {
  if (filtering) return 'No prompts match these filters.';
  if (show === 'favourites') return 'No favourites yet. Mark a prompt as a favourite and it shows here.';
  if (show === 'own') return 'You haven’t written a prompt yet. Write your own below.';
  if (show === 'hidden') return 'Nothing is hidden. Prompts you hide wait here, and Haven doesn’t offer them.';
  return 'No prompts to show.';
}

/** A stable callback that always calls the latest function, so memoized rows don't redraw on every change. */
function useEvent<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

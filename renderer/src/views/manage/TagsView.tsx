import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { TAG_COLOURS, TAG_KINDS, type TagColour, type TagInfo, type TagKind } from '../../../../preload/contract';
import { FEAR_IDS, type FearId } from '../../../../resources/vocabulary';
import { showUndo } from '../../components/undo';
import { haven } from '../../haven';
import { href } from '../../shell/useRoute';
import { Dialog } from '../../components/Dialog';
import { RowMenu } from '../../components/RowMenu';
import {
  COLOUR_NAMES,
  countPhrase,
  entriesPhrase,
  familyName,
  FEAR_CHOICES,
  foldName,
  KIND_TITLES,
  STIR_LABEL,
  tagKey,
} from './tagWords';
import './manage.css';
import { useAnswer } from '../../useAnswer';
import { ProgressBar, useProgress } from '../../components/ProgressBar';
import { ViewMessages } from '../../components/Notice';
import { Button, ButtonLink } from '../../components/Button';
import { ViewHeader } from '../../components/ViewHeader';
import { Select } from '../../components/Select';

type Action = 'rename' | 'merge' | 'archive' | 'colour' | 'fear';
type OnAction = (action: Action, tag: TagInfo, value?: string) => void;
type OnSelect = (tag: TagInfo) => void;
type FocusTarget = [string, string] | 'panel';
type Dialog = { type: 'rename' | 'merge'; tag: TagInfo } | null;

/** The tab shown last, so coming back to Tags returns to the same kind of words. */
let lastKind: TagKind = 'trigger';
const rememberKind = (kind: TagKind) => {
  lastKind = kind;
};

/**
 * The person's words: triggers, emotions, needs and their own tags, each with how often it is used. Colours,
 * the fear a trigger touches, renaming, merging and archiving happen here; renames and merges reach every
 * entry that holds the word.
 */
export function TagsView() {
  const [tags, setTags] = useState<TagInfo[] | null>(null);
  const [kind, setKindState] = useState<TagKind>(lastKind);
  const [filter, setFilter] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** The row whose details are open, by tag key; one at a time keeps the long lists calm. */
  const [selected, setSelected] = useState<string | null>(null);
  /** Where focus goes once the list has changed: a row's control as `[tag key, action]`, or the panel. */
  const focusAfter = useRef<FocusTarget | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const requestFocus = (target: FocusTarget) => {
    focusAfter.current = target;
    setFocusTick((tick) => tick + 1);
  };
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();

  const setKind = (next: TagKind) => {
    rememberKind(next);
    setKindState(next);
  };

  const load = useCallback(async () => {
    const result = await haven().tags.list();
    if (result.ok) setTags(result.value);
    else setError(result.error.message);
  }, []);
  useAnswer(() => haven().tags.list(), setTags, setError, []);

  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target === 'panel') return panelRef.current?.focus();
    const [key, action] = target;
    const row = panelRef.current?.querySelector<HTMLElement>(`[data-tag-key="${CSS.escape(key)}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-action="${action}"]`);
    (control ?? panelRef.current)?.focus();
  }, [focusTick]);

  const folded = foldName(filter);
  const visible = useMemo(() => {
    const byKind = new Map<TagKind, TagInfo[]>(TAG_KINDS.map((k) => [k, []]));
    for (const tag of tags ?? []) {
      if (tag.archived && !showArchived) continue;
      if (folded && !foldName(tag.name).includes(folded)) continue;
      byKind.get(tag.kind)?.push(tag);
    }
    return byKind;
  }, [tags, folded, showArchived]);
  const shown = visible.get(kind) ?? [];

  const say = (text: string) => {
    setError(null);
    setStatus(text);
  };
  const fail = (text: string) => {
    setStatus('');
    setError(text);
  };

  /** Where focus goes when a row leaves the list: the same control on the row after it, or before it. */
  const neighbour = (tag: TagInfo, action: string): FocusTarget => {
    const index = shown.findIndex((t) => tagKey(t) === tagKey(tag));
    const next = shown[index + 1] ?? shown[index - 1];
    return next ? [tagKey(next), action] : 'panel';
  };

  const replace = (updated: TagInfo) =>
    setTags((current) => current?.map((t) => (tagKey(t) === tagKey(updated) ? updated : t)) ?? current);

  const setArchived = async (tag: TagInfo, archived: boolean) => {
    const result = await haven().tags.update({ kind: tag.kind, name: tag.name, archived });
    if (!result.ok) return fail(result.error.message);
    replace(result.value);
    requestFocus(archived && !showArchived ? neighbour(tag, 'menu') : [tagKey(tag), 'menu']);
    setStatus('');
    setError(null);
    if (archived) {
      showUndo(`Archived “${tag.name}”. Entries that hold it keep it; it is no longer offered.`, async () => {
        const undone = await haven().tags.update({ kind: tag.kind, name: tag.name, archived: false });
        if (undone.ok) replace(undone.value);
      });
    } else say(`“${tag.name}” is offered again.`);
  };

  const onAction: OnAction = useEvent((action, tag, value) => {
    if (action === 'rename' || action === 'merge') return setDialog({ type: action, tag });
    if (action === 'archive') return void setArchived(tag, !tag.archived);
    if (action === 'colour') {
      const colour = (value || null) as TagColour | null;
      void haven()
        .tags.update({ kind: tag.kind, name: tag.name, colour })
        .then((result) => {
          if (!result.ok) return fail(result.error.message);
          replace(result.value);
          say(colour ? `“${tag.name}” is now ${COLOUR_NAMES[colour].toLowerCase()}.` : `“${tag.name}” has no colour.`);
        });
    }
    if (action === 'fear') {
      const fear = (value || null) as FearId | null;
      void haven()
        .tags.update({ kind: tag.kind, name: tag.name, fear })
        .then((result) => {
          if (!result.ok) return fail(result.error.message);
          replace(result.value);
          say(
            fear
              ? `“${tag.name}” can stir up ${FEAR_CHOICES[fear].toLowerCase()}.`
              : `You’re not sure yet what “${tag.name}” stirs up, and that’s fine.`,
          );
        });
    }
  });

  const onSelect: OnSelect = useEvent((tag) => {
    const key = tagKey(tag);
    setSelected((current) => (current === key ? null : key));
  });

  const afterRenameOrMerge = async (text: string, focusName: string | null, tag: TagInfo) => {
    const target: FocusTarget = focusName
      ? [tagKey({ kind: tag.kind, name: focusName }), 'menu']
      : neighbour(tag, 'menu');
    // The details follow the word to its new name, so the person keeps their place.
    if (focusName && selected === tagKey(tag)) setSelected(tagKey({ kind: tag.kind, name: focusName }));
    setDialog(null);
    await load();
    if (text) say(text);
    else setStatus('');
    requestFocus(target);
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TAG_KINDS.indexOf(kind);
    const last = TAG_KINDS.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (to === null) return;
    event.preventDefault();
    const next = TAG_KINDS[to] as TagKind;
    setKind(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  return (
    <article className="view manage-view">
      <ViewHeader
        title="Tags"
        note="Your words for what happens, what you feel and what you need. Renaming or merging a word changes it in every entry that holds it."
        actions={
          <ButtonLink variant="secondary" href={href({ name: 'settings' })}>
            Back to Settings
          </ButtonLink>
        }
      />

      <div className="manage-toolbar">
        <div className="manage-filter">
          <label htmlFor={`${id}-filter`}>Filter tags</label>
          <input
            id={`${id}-filter`}
            type="text"
            autoComplete="off"
            value={filter}
            placeholder="Type part of a name"
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && filter) {
                event.preventDefault();
                setFilter('');
              }
            }}
          />
        </div>
        <div className="check-row">
          <input
            id={`${id}-archived`}
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.target.checked)}
          />
          <label htmlFor={`${id}-archived`}>Show archived</label>
        </div>
      </div>

      <ViewMessages status={status} error={error} />

      <div role="tablist" aria-label="Kinds of words" className="manage-tabs">
        {TAG_KINDS.map((k) => (
          <button
            key={k}
            id={`${id}-tab-${k}`}
            type="button"
            role="tab"
            className="manage-tab"
            aria-selected={k === kind}
            aria-controls={`${id}-panel`}
            tabIndex={k === kind ? 0 : -1}
            onClick={() => setKind(k)}
            onKeyDown={onTabKey}
          >
            {KIND_TITLES[k]} <span className="manage-tab-count">{visible.get(k)?.length ?? 0}</span>
          </button>
        ))}
      </div>

      <div
        ref={panelRef}
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${kind}`}
        tabIndex={-1}
        className="manage-panel"
      >
        {tags === null && !error && <p className="gentle">Loading your words…</p>}
        {tags !== null && shown.length === 0 && (
          <p className="empty">
            {folded
              ? `No ${KIND_TITLES[kind].toLowerCase()} match “${filter.trim()}”.`
              : kind === 'tag'
                ? 'No tags yet. Tags you add to entries show up here.'
                : `No ${KIND_TITLES[kind].toLowerCase()} to show.`}
          </p>
        )}
        {shown.length > 0 && (
          <ul className="tag-list" aria-label={KIND_TITLES[kind]}>
            {shown.map((tag) => (
              <TagRow
                key={tagKey(tag)}
                tag={tag}
                selected={selected === tagKey(tag)}
                onAction={onAction}
                onSelect={onSelect}
              />
            ))}
          </ul>
        )}
      </div>

      {dialog?.type === 'rename' && (
        <RenameDialog
          tag={dialog.tag}
          all={tags ?? []}
          onClose={() => setDialog(null)}
          onDone={(text, name) => void afterRenameOrMerge(text, name, dialog.tag)}
          onUndone={load}
        />
      )}
      {dialog?.type === 'merge' && (
        <MergeDialog
          tag={dialog.tag}
          all={tags ?? []}
          onClose={() => setDialog(null)}
          onDone={(text, name) => void afterRenameOrMerge(text, name, dialog.tag)}
        />
      )}
    </article>
  );
}

/** A stable callback that always calls the latest function, so memoized rows don't redraw on every change. */
function useEvent<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

/**
 * One word on one calm line: its name, how often it is used, and its actions behind a menu. Choosing the row
 * opens its details (what it means, what it can stir up, its colour) under it.
 */
const TagRow = memo(function TagRow({
  tag,
  selected,
  onAction,
  onSelect,
}: {
  tag: TagInfo;
  selected: boolean;
  onAction: OnAction;
  onSelect: OnSelect;
}) {
  const id = useId();
  const familyTitle = tag.kind === 'emotion' ? familyName(tag.family) : null;
  const about = [
    familyTitle ? `Family: ${familyTitle}` : null,
    tag.builtin || tag.kind === 'tag' ? null : 'Your own word',
  ].filter(Boolean);
  return (
    <li
      className="tag-row"
      data-tag-key={tagKey(tag)}
      data-colour={tag.colour ?? 'none'}
      data-selected={selected || undefined}
    >
      <div className="tag-row-head">
        {/* The name alone names the button; the count and any badge describe it, read after the name. */}
        <button
          type="button"
          className="tag-row-select"
          data-action="select"
          aria-expanded={selected}
          aria-controls={selected ? `${id}-details` : undefined}
          aria-describedby={tag.archived ? `${id}-archived ${id}-count` : `${id}-count`}
          onClick={() => onSelect(tag)}
        >
          <span className="tag-dot" aria-hidden="true" />
          <span className="tag-name">{tag.name}</span>
        </button>
        {tag.archived && (
          <span id={`${id}-archived`} className="badge">
            Archived
          </span>
        )}
        <span id={`${id}-count`} className="tag-count">
          {countPhrase(tag.count)}
        </span>
        <RowMenu
          label={`Actions for ${tag.name}`}
          items={[
            { action: 'rename', text: 'Rename…', label: `Rename ${tag.name}`, onSelect: () => onAction('rename', tag) },
            {
              action: 'merge',
              text: 'Merge…',
              label: `Merge ${tag.name}`,
              onSelect: () => onAction('merge', tag),
            },
            {
              action: 'archive',
              text: tag.archived ? 'Unarchive' : 'Archive',
              label: `${tag.archived ? 'Unarchive' : 'Archive'} ${tag.name}`,
              onSelect: () => onAction('archive', tag),
            },
          ]}
        />
      </div>
      {selected && (
        <div id={`${id}-details`} className="tag-details" role="group" aria-label={`Details for ${tag.name}`}>
          {tag.meaning && <p className="tag-meaning">{tag.meaning}</p>}
          {about.length > 0 && <p className="tag-meta">{about.join(' · ')}</p>}
          <div className="tag-controls">
            {tag.kind === 'trigger' && (
              <span className="tag-field">
                <label htmlFor={`${id}-fear`}>{STIR_LABEL}</label>
                <Select
                  id={`${id}-fear`}
                  aria-label={`${STIR_LABEL}: ${tag.name}`}
                  value={tag.fear ?? ''}
                  onChange={(event) => onAction('fear', tag, event.target.value)}
                >
                  <option value="">Not sure yet</option>
                  {FEAR_IDS.map((fear) => (
                    <option key={fear} value={fear}>
                      {FEAR_CHOICES[fear]}
                    </option>
                  ))}
                </Select>
              </span>
            )}
            <span className="tag-field">
              <label htmlFor={`${id}-colour`}>Colour</label>
              <Select
                id={`${id}-colour`}
                aria-label={`Colour for ${tag.name}`}
                value={tag.colour ?? ''}
                onChange={(event) => onAction('colour', tag, event.target.value)}
              >
                <option value="">No colour</option>
                {TAG_COLOURS.map((colour) => (
                  <option key={colour} value={colour}>
                    {COLOUR_NAMES[colour]}
                  </option>
                ))}
              </Select>
            </span>
          </div>
        </div>
      )}
    </li>
  );
});

/** "The 3 entries that hold “X”", for what a rename or merge will change. */
/** A rename or merge can't be stopped half-way (it is one transaction), so its dialog stays until it is done. */
const KEEP_OPEN = () => undefined;

const holders = (tag: TagInfo) =>
  tag.count === 1
    ? `The one entry that holds “${tag.name}”`
    : `The ${entriesPhrase(tag.count)} that hold “${tag.name}”`;

function RenameDialog({
  tag,
  all,
  onClose,
  onDone,
  onUndone,
}: {
  tag: TagInfo;
  all: readonly TagInfo[];
  onClose: () => void;
  onDone: (message: string, focusName: string | null) => void;
  onUndone: () => Promise<void>;
}) {
  const [name, setName] = useState(tag.name);
  const [problem, setProblem] = useState<{ message: string; existing: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const progress = useProgress('retag-progress', busy, tag.count);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const to = name.trim().replace(/\s+/g, ' ');
    if (busy) return;
    if (to === tag.name) return onClose();
    setBusy(true);
    const result = await haven().tags.rename({ kind: tag.kind, from: tag.name, to });
    setBusy(false);
    if (result.ok) {
      const { entries } = result.value;
      // The undo bar says what happened, so the view's own status stays quiet.
      onDone('', to);
      showUndo(`Renamed “${tag.name}” to “${to}” in ${entriesPhrase(entries)}.`, async () => {
        await haven().tags.rename({ kind: tag.kind, from: to, to: tag.name });
        await onUndone();
      });
      return;
    }
    if (result.error.code === 'tag-exists') {
      const named = result.error.details?.name;
      const existing =
        typeof named === 'string'
          ? named
          : (all.find((t) => t.kind === tag.kind && foldName(t.name) === foldName(to))?.name ?? to);
      return setProblem({ message: result.error.message, existing });
    }
    setProblem({ message: result.error.message, existing: null });
  };

  const merge = async (into: string) => {
    setBusy(true);
    const result = await haven().tags.merge({ kind: tag.kind, from: tag.name, into });
    setBusy(false);
    if (!result.ok) return setProblem({ message: result.error.message, existing: null });
    onDone(`Merged “${tag.name}” into “${into}” in ${entriesPhrase(result.value.entries)}.`, into);
  };

  return (
    <Dialog title={`Rename “${tag.name}”`} onClose={busy ? KEEP_OPEN : onClose}>
      <form className="manage-dialog-body" onSubmit={(event) => void submit(event)}>
        <div className="manage-field">
          <label htmlFor={`${id}-name`}>New name</label>
          <input
            id={`${id}-name`}
            data-autofocus
            autoComplete="off"
            value={name}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
          />
          <p id={`${id}-hint`} className="hint">
            {tag.count > 0 ? `${holders(tag)} will use the new name.` : 'No entry holds it yet.'}
          </p>
        </div>
        {problem && (
          <div className="manage-problem">
            <p id={`${id}-problem`} role="alert" className="notice notice-error">
              {problem.message}
            </p>
            {problem.existing && (
              <Button
                variant="secondary"
                className="align-start"
                disabled={busy}
                onClick={() => void merge(problem.existing as string)}
              >
                Merge into “{problem.existing}”
              </Button>
            )}
          </div>
        )}
        {busy && (
          <>
            <p role="status" className="hint">
              Renaming “{tag.name}” in {entriesPhrase(tag.count)}…
            </p>
            <ProgressBar label={`Renaming “${tag.name}”`} progress={progress} />
          </>
        )}
        <div className="manage-dialog-actions">
          <Button variant="secondary" disabled={busy} onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy || !name.trim()}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function MergeDialog({
  tag,
  all,
  onClose,
  onDone,
}: {
  tag: TagInfo;
  all: readonly TagInfo[];
  onClose: () => void;
  onDone: (message: string, focusName: string | null) => void;
}) {
  const [into, setInto] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const progress = useProgress('retag-progress', busy, tag.count);
  const id = useId();
  const choices = useMemo(
    () =>
      all.filter((t) => t.kind === tag.kind && tagKey(t) !== tagKey(tag)).sort((a, b) => a.name.localeCompare(b.name)),
    [all, tag],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!into || busy) return;
    setBusy(true);
    const result = await haven().tags.merge({ kind: tag.kind, from: tag.name, into });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    onDone(`Merged “${tag.name}” into “${into}” in ${entriesPhrase(result.value.entries)}.`, into);
  };

  const follows =
    tag.count === 0
      ? `No entry holds “${tag.name}” yet.`
      : `${holders(tag)} will hold ${into ? `“${into}”` : 'the word you choose'} instead.`;

  return (
    <Dialog
      title={`Merge “${tag.name}”`}
      description={`Fold “${tag.name}” into another word, so both count as one; “${tag.name}” then leaves your list. This can’t be undone.`}
      onClose={busy ? KEEP_OPEN : onClose}
    >
      <form className="manage-dialog-body" onSubmit={(event) => void submit(event)}>
        <div className="manage-field">
          <label htmlFor={`${id}-into`}>Merge into</label>
          <Select
            id={`${id}-into`}
            data-autofocus
            value={into}
            aria-describedby={`${id}-follows`}
            onChange={(event) => {
              setInto(event.target.value);
              setProblem(null);
            }}
          >
            <option value="">Choose a word</option>
            {choices.map((t) => (
              <option key={tagKey(t)} value={t.name}>
                {t.archived ? `${t.name} (archived)` : t.name}
              </option>
            ))}
          </Select>
          <p id={`${id}-follows`} className="hint">
            {follows}
          </p>
        </div>
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
        {busy && (
          <>
            <p role="status" className="hint">
              Merging “{tag.name}” in {entriesPhrase(tag.count)}…
            </p>
            <ProgressBar label={`Merging “${tag.name}”`} progress={progress} />
          </>
        )}
        <div className="manage-dialog-actions">
          <Button variant="secondary" disabled={busy} onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy || !into}>
            Merge
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

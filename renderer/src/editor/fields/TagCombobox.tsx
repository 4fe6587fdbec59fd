import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TagInfo, TagKind } from '../../../../preload/contract';
import { KIND_NAMES, suggest, useVocabulary } from '../vocabulary';
import { Button } from '../../components/Button';

type Option = { type: 'tag'; tag: TagInfo } | { type: 'new'; name: string };

/**
 * An editable combobox over one kind of the person's vocabulary (WAI-ARIA combobox with a listbox popup).
 * Typing filters; arrows move; Enter picks. A word that isn't there yet is offered as new and asked about
 * once, so a typo doesn't quietly become a trigger; a person who pressed Enter on it and then moved on (Tab,
 * a click elsewhere) has said yes, so it is added rather than dropped. Only "Not now" leaves it out.
 */
export function TagCombobox({
  id,
  kind,
  chosen,
  describedBy,
  disabled,
  onPick,
}: {
  id: string;
  kind: TagKind;
  chosen: ReadonlySet<string>;
  describedBy?: string | undefined;
  disabled: boolean;
  onPick: (name: string) => void;
}) {
  const vocabulary = useVocabulary();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  const trimmed = query.trim().replace(/\s+/g, ' ');
  const matches = suggest(vocabulary.tags, [kind], trimmed, chosen);
  const exact = trimmed ? vocabulary.find(kind, trimmed) : undefined;
  const options: Option[] = matches.map((tag) => ({ type: 'tag', tag }));
  if (trimmed && !exact && trimmed.length <= 60) options.push({ type: 'new', name: trimmed });
  const current = open ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (index: number) => `${listId}-${index}`;

  const pick = (option: Option) => {
    if (option.type === 'new') {
      setConfirming(option.name);
      setOpen(false);
      return;
    }
    onPick(option.tag.name);
    setQuery('');
    setActive(0);
    setOpen(false);
  };

  const comboRef = useRef<HTMLDivElement>(null);
  const confirmNew = async (name: string, refocus = true) => {
    setConfirming(null);
    // Moving on may be leaving the entry: the word goes into the document now, before any await.
    if (!refocus) {
      onPick(name);
      setQuery('');
    }
    const problem = await vocabulary.create(kind, name);
    if (!refocus) {
      if (problem) setError(problem);
      return;
    }
    if (problem) {
      setError(problem);
    } else {
      setError(null);
      onPick(name);
      setQuery('');
    }
    if (refocus || problem) inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1;
    if (event.key === 'ArrowDown') {
      if (!open) setOpen(true);
      else setActive((i) => (i >= last ? 0 : i + 1));
    } else if (event.key === 'ArrowUp') {
      if (!open) setOpen(true);
      else setActive((i) => (i <= 0 ? last : i - 1));
    } else if (event.key === 'Enter') {
      if (!current) return;
      pick(current);
    } else if (event.key === 'Escape') {
      if (!open) return;
      setOpen(false);
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <div
      className="combo"
      ref={comboRef}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (confirming !== null && !(next && comboRef.current?.contains(next))) void confirmNew(confirming, false);
      }}
    >
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        className="combo-input"
        autoComplete="off"
        spellCheck={false}
        placeholder={`Add ${KIND_NAMES[kind].one === 'emotion' ? 'an' : 'a'} ${KIND_NAMES[kind].one}…`}
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        {...(current ? { 'aria-activedescendant': optionId(options.indexOf(current)) } : {})}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
        disabled={disabled}
        value={query}
        maxLength={60}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          // An empty box shows nothing until asked (ArrowDown browses the whole list).
          setOpen(event.target.value.trim() !== '');
          setError(null);
        }}
        onFocus={() => setOpen(query.trim() !== '')}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`Suggested ${KIND_NAMES[kind].many}`}
        className="combo-list"
        hidden={!open || options.length === 0}
      >
        {open &&
          options.map((option, index) => {
            const isActive = option === current;
            const name = option.type === 'tag' ? option.tag.name : option.name;
            const meaning = option.type === 'tag' ? option.tag.meaning : '';
            return (
              <li
                key={option.type === 'tag' ? `t:${name}` : `n:${name}`}
                id={optionId(index)}
                role="option"
                aria-selected={isActive}
                className={isActive ? 'combo-option active' : 'combo-option'}
                title={meaning || undefined}
                // The input keeps focus: a press on an option picks it without blurring the combobox first.
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => pick(option)}
              >
                {option.type === 'tag' ? (
                  <>
                    <span className="combo-option-name">{name}</span>
                    {isActive && meaning && <span className="combo-option-meaning">{meaning}</span>}
                  </>
                ) : (
                  <span className="combo-option-name">
                    Add “{name}” as a new {KIND_NAMES[kind].one}…
                  </span>
                )}
              </li>
            );
          })}
      </ul>
      {confirming !== null && (
        <div className="combo-confirm" role="group" aria-label={`Add a new ${KIND_NAMES[kind].one}`}>
          <p>
            Add “{confirming}” to your {KIND_NAMES[kind].many}? You can rename or archive it later in Tags.
          </p>
          <Button variant="primary" autoFocus onClick={() => void confirmNew(confirming)}>
            Add {KIND_NAMES[kind].one}
          </Button>
          <Button
            variant="link"
            onClick={() => {
              setConfirming(null);
              inputRef.current?.focus();
            }}
          >
            Not now
          </Button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

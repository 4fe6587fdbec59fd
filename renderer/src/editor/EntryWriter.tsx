import type { LexicalEditor } from 'lexical';
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Entry } from '../../../preload/contract';
import { EntryEditor } from './EntryEditor';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './useAutosave';

/**
 * One entry being written: an optional title, the editor and the save status. A new entry (no id yet) is created
 * by its first save, so opening a blank page and walking away leaves nothing behind.
 */
export function EntryWriter({
  entry,
  date,
  template,
  templateVersion = null,
  initialDoc,
  placeholder,
  onSaved,
  editorRef,
  startWriting = true,
}: {
  entry: Entry | null;
  date: string;
  template: string;
  /** The version of the template the entry started from, when known. */
  templateVersion?: number | null;
  initialDoc: string | null;
  placeholder: string;
  onSaved?: (entry: Entry) => void;
  editorRef?: RefObject<LexicalEditor | null>;
  /** False where the entry is shown beside something the person is still moving through (Timeline's list). */
  startWriting?: boolean;
}) {
  const [title, setTitle] = useState(entry?.title ?? '');
  const version = templateVersion === null ? {} : { templateVersion };
  const meta = useRef({ date, title, template, ...version });
  useEffect(() => {
    meta.current = { date, title, template, ...(templateVersion === null ? {} : { templateVersion }) };
  }, [date, title, template, templateVersion]);
  const { state, change, touch, flush } = useAutosave({
    id: entry?.id ?? null,
    initialDoc,
    meta: () => meta.current,
    ...(onSaved ? { onSaved } : {}),
  });
  const id = useId();

  return (
    <div className="entry-writer">
      <label htmlFor={`${id}-title`} className="visually-hidden">
        Title
      </label>
      <input
        id={`${id}-title`}
        className="entry-title"
        placeholder="Title (optional)"
        value={title}
        maxLength={500}
        onChange={(event) => {
          setTitle(event.target.value);
          meta.current = { ...meta.current, title: event.target.value };
          touch();
        }}
        onBlur={() => void flush()}
      />
      <EntryEditor
        initialDoc={initialDoc}
        placeholder={placeholder}
        onChange={change}
        onBlur={() => void flush()}
        startWriting={startWriting}
        {...(editorRef ? { editorRef } : {})}
      />
      <SaveStatus state={state} />
    </div>
  );
}

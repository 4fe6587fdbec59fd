import { useEffect, useState } from 'react';
import type { Entry } from '../../../preload/contract';
import { Notice } from '../components/Notice';
import { EntryEditor } from '../editor/EntryEditor';
import { SaveStatus } from '../editor/SaveStatus';
import { useAutosave } from '../editor/useAutosave';
import { formatDate, haven, localDate } from '../haven';

/** Tonight's entry: started fresh, or continued if you already wrote today. */
export function Today() {
  const today = localDate();
  const [entry, setEntry] = useState<Entry | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const list = await haven().entries.list({ limit: 20 });
      if (cancelled) return;
      if (!list.ok) return setError(list.error.message);
      const todays = list.value.find((item) => item.date === today);
      if (!todays) return setEntry(null);
      const full = await haven().entries.get({ id: todays.id });
      if (cancelled) return;
      if (full.ok) setEntry(full.value);
      else setError(full.error.message);
    })();
    return () => {
      cancelled = true;
    };
  }, [today]);

  return (
    <article className="view today">
      <header className="view-header">
        <h1 tabIndex={-1}>Tonight</h1>
        <p className="view-date">{formatDate(today)}</p>
      </header>
      {error && <Notice kind="error">{error}</Notice>}
      {entry !== undefined && <TodayEditor key={entry?.id ?? 'new'} entry={entry} date={today} />}
    </article>
  );
}

function TodayEditor({ entry, date }: { entry: Entry | null; date: string }) {
  const { state, change, flush } = useAutosave({ id: entry?.id ?? null, date, title: entry?.title ?? '' });
  return (
    <>
      <EntryEditor
        initialDoc={entry?.doc ?? null}
        placeholder="How was today? Start anywhere: one thing that stayed with you."
        onChange={change}
        onBlur={() => void flush()}
      />
      <SaveStatus state={state} />
    </>
  );
}

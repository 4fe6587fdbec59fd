import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ExportFormat, ExportRequest, ExportResult } from '../../../../preload/contract';
import { haven, localDate } from '../../haven';
import { Dialog } from '../../components/Dialog';
import '../manage/manage.css';
import './data.css';
import { Button } from '../../components/Button';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  {
    value: 'haven-json',
    label: 'Haven JSON',
    hint: 'Every entry with its fields and tags, your templates and prompts. Haven can import it again.',
  },
  {
    value: 'markdown',
    label: 'Markdown (.zip)',
    hint: 'One file per entry, with its date and tags, readable anywhere.',
  },
  { value: 'pdf', label: 'PDF', hint: 'For reading or printing.' },
];

type Range = 'all' | 'dates' | 'tag';

/**
 * Which entries to export and in what form. Exports leave the vault as plain text, so the dialog says so
 * before anything is written; the main process asks where to save.
 */
export function ExportDialog({ onClose, onDone }: { onClose: () => void; onDone: (result: ExportResult) => void }) {
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [range, setRange] = useState<Range>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(localDate());
  const [tags, setTags] = useState<string[] | null>(null);
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    void haven()
      .tags.list()
      .then((result) => {
        if (!result.ok) return;
        const names = [...new Set(result.value.filter((t) => t.count > 0).map((t) => t.name))];
        names.sort((a, b) => a.localeCompare(b));
        setTags(names);
        setTag((current) => current || names[0] || '');
      });
  }, []);

  const rangeProblem =
    range === 'dates' && !from && !to
      ? 'Choose a first day, a last day, or both.'
      : range === 'dates' && from && to && from > to
        ? 'The first day comes after the last day.'
        : range === 'tag' && !tag
          ? 'No entry holds a tag yet.'
          : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || rangeProblem) return;
    const request: ExportRequest = { format };
    if (range === 'dates') {
      if (from) request.from = from;
      if (to) request.to = to;
    }
    if (range === 'tag') request.tag = tag;
    setBusy(true);
    setProblem(null);
    const result = await haven().export.run(request);
    setBusy(false);
    if (result.ok) onDone(result.value);
    else if (result.error.code !== 'cancelled') setProblem(result.error.message);
  };

  return (
    <Dialog title="Export" onClose={() => !busy && onClose()}>
      <form className="manage-dialog-body" onSubmit={(event) => void submit(event)}>
        <fieldset className="data-choices">
          <legend>Format</legend>
          {FORMATS.map((choice) => (
            <div key={choice.value} className="data-choice">
              <input
                id={`${id}-${choice.value}`}
                type="radio"
                name={`${id}-format`}
                value={choice.value}
                checked={format === choice.value}
                data-autofocus={format === choice.value ? true : undefined}
                aria-describedby={`${id}-${choice.value}-hint`}
                onChange={() => setFormat(choice.value)}
              />
              <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
              <p id={`${id}-${choice.value}-hint`} className="hint">
                {choice.hint}
              </p>
            </div>
          ))}
        </fieldset>

        <fieldset className="data-choices">
          <legend>Entries</legend>
          <RangeChoice id={`${id}-all`} name={`${id}-range`} checked={range === 'all'} onChoose={() => setRange('all')}>
            Everything
          </RangeChoice>
          <RangeChoice
            id={`${id}-dates`}
            name={`${id}-range`}
            checked={range === 'dates'}
            onChoose={() => setRange('dates')}
          >
            Between two dates
          </RangeChoice>
          {range === 'dates' && (
            <div className="data-dates">
              <label htmlFor={`${id}-from`}>First day</label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                max={to || undefined}
                onChange={(e) => setFrom(e.target.value)}
              />
              <label htmlFor={`${id}-to`}>Last day</label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                min={from || undefined}
                onChange={(e) => setTo(e.target.value)}
              />
            </div>
          )}
          <RangeChoice id={`${id}-tag`} name={`${id}-range`} checked={range === 'tag'} onChoose={() => setRange('tag')}>
            Entries with one tag
          </RangeChoice>
          {range === 'tag' && tags && tags.length > 0 && (
            <div className="data-dates">
              <label htmlFor={`${id}-tagname`}>Tag</label>
              <select id={`${id}-tagname`} value={tag} onChange={(e) => setTag(e.target.value)}>
                {tags.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {rangeProblem && <p className="hint hint-warn">{rangeProblem}</p>}
        </fieldset>

        <p className="data-warning">An export isn’t encrypted: anyone who opens the file can read it.</p>
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
        <div className="manage-dialog-actions">
          <Button variant="secondary" disabled={busy} onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" aria-disabled={busy || rangeProblem ? true : undefined}>
            {busy ? 'Exporting…' : 'Export'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function RangeChoice({
  id,
  name,
  checked,
  onChoose,
  children,
}: {
  id: string;
  name: string;
  checked: boolean;
  onChoose: () => void;
  children: string;
}) {
  return (
    <div className="data-choice">
      <input id={id} type="radio" name={name} checked={checked} onChange={onChoose} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

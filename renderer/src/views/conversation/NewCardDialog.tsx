import { useEffect, useId, useMemo, useState } from 'react';
import type { EntrySummary, Insight, PatternsBounds } from '../../../../preload/contract';
import { Notice } from '../../components/Notice';
import { Dialog } from '../../components/Dialog';
import { formatDate, haven, localDate } from '../../haven';
import { navigate } from '../../shell/useRoute';
import { resolvePeriod, type PeriodChoice } from '../patterns/period';
import { PeriodPicker } from '../patterns/PeriodPicker';
import { Button } from '../../components/Button';

const MAX_PICKED = 3;
const ENTRY_LIMIT = 50;

/** "New card": a period, then one to three of its insights or entries; Haven drafts the card from those alone. */
export function NewCardDialog({ onClose, returnFocus }: { onClose: () => void; returnFocus: () => void }) {
  const id = useId();
  const today = useMemo(() => localDate(), []);
  const [choice, setChoice] = useState<PeriodChoice>({ kind: 'days', days: 30 });
  const [custom, setCustom] = useState({ from: today, to: today });
  const [bounds, setBounds] = useState<PatternsBounds | null>(null);
  const [insights, setInsights] = useState<Insight[] | null>(null);
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [picked, setPicked] = useState<{ insights: string[]; entries: string[] }>({ insights: [], entries: [] });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const period = useMemo(() => resolvePeriod(choice, today, bounds), [choice, today, bounds]);
  const periodKey = period ? `${period.from}/${period.to}` : '';

  useEffect(() => {
    void haven()
      .patterns.bounds({ utcOffsetMinutes: -new Date().getTimezoneOffset() })
      .then((result) => result.ok && setBounds(result.value));
  }, []);

  useEffect(() => {
    if (!period) return;
    let live = true;
    void Promise.all([
      haven().patterns.report(period),
      haven().patterns.entries({ ...period, limit: ENTRY_LIMIT }),
    ]).then(([report, page]) => {
      if (!live) return;
      if (!report.ok) return setError(report.error.message);
      if (!page.ok) return setError(page.error.message);
      setError(null);
      setInsights(report.value.insights);
      setEntries(page.value.items);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the period is its two days
  }, [periodKey]);

  const count = picked.insights.length + picked.entries.length;
  const toggle = (kind: 'insights' | 'entries', value: string) =>
    setPicked((p) => ({
      ...p,
      [kind]: p[kind].includes(value) ? p[kind].filter((v) => v !== value) : [...p[kind], value],
    }));

  const draft = async () => {
    if (!period || count === 0) return;
    setBusy(true);
    const result = await haven().cards.draft({ ...period, insightIds: picked.insights, entryIds: picked.entries });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onClose();
    navigate({ name: 'card', id: result.value.id });
  };

  return (
    <Dialog title="New card" onClose={onClose} returnFocus={returnFocus}>
      <form
        className="dialog-body new-card-body"
        onSubmit={(event) => {
          event.preventDefault();
          void draft();
        }}
      >
        <PeriodPicker
          choice={choice}
          onChange={(next) => {
            setChoice(next);
            setPicked({ insights: [], entries: [] });
          }}
          bounds={bounds}
          today={today}
          custom={custom}
          onCustomChange={setCustom}
        />
        <p id={`${id}-count`} className="hint" aria-live="polite">
          Pick one to three. {count} of {MAX_PICKED} picked.
        </p>
        {error && <Notice kind="error">{error}</Notice>}
        <fieldset className="pick-group" aria-describedby={`${id}-count`}>
          <legend>Insights</legend>
          {insights === null && <p className="hint">Loading…</p>}
          {insights?.length === 0 && <p className="hint">No insights for this period.</p>}
          {insights?.map((insight) => (
            <label key={insight.id} className="pick-row">
              <input
                type="checkbox"
                checked={picked.insights.includes(insight.id)}
                disabled={!picked.insights.includes(insight.id) && count >= MAX_PICKED}
                onChange={() => toggle('insights', insight.id)}
              />
              <span>{insight.text}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="pick-group" aria-describedby={`${id}-count`}>
          <legend>Entries</legend>
          {entries === null && <p className="hint">Loading…</p>}
          {entries?.length === 0 && <p className="hint">No entries in this period.</p>}
          {entries?.map((entry) => (
            <label key={entry.id} className="pick-row">
              <input
                type="checkbox"
                checked={picked.entries.includes(entry.id)}
                disabled={!picked.entries.includes(entry.id) && count >= MAX_PICKED}
                onChange={() => toggle('entries', entry.id)}
              />
              <span>
                <strong>{entry.title || formatDate(entry.date, { dateStyle: 'medium' })}</strong>
                {entry.title ? ` · ${formatDate(entry.date, { dateStyle: 'medium' })}` : ''}
                {entry.excerpt ? ` — ${entry.excerpt}` : ''}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={busy || count === 0 || !period}>
            {busy ? 'Drafting…' : 'Draft card'}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

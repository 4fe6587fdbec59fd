import { useId } from 'react';
import type { PatternsBounds } from '../../../../preload/contract';
import { Segmented } from '../../components/Segmented';
import { PRESETS, type PeriodChoice } from './period';

type Kind = '7' | '30' | '90' | 'all' | 'custom' | 'since-card';

const kindOf = (choice: PeriodChoice): Kind => (choice.kind === 'days' ? (String(choice.days) as Kind) : choice.kind);

/**
 * Which days to look at: the last 7, 30 or 90, all time, a range of one's own, or everything since the last
 * conversation card.
 * A custom range keeps its two days while the person moves between choices.
 */
export function PeriodPicker({
  choice,
  onChange,
  bounds,
  today,
  custom,
  onCustomChange,
}: {
  choice: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  bounds: PatternsBounds | null;
  today: string;
  custom: { from: string; to: string };
  onCustomChange: (custom: { from: string; to: string }) => void;
}) {
  const id = useId();
  const kind = kindOf(choice);
  const pick = (next: Kind) => {
    if (next === 'custom') onChange({ kind: 'custom', ...custom });
    else if (next === 'since-card') onChange({ kind: 'since-card' });
    else if (next === 'all') onChange({ kind: 'all' });
    else onChange({ kind: 'days', days: Number(next) as 7 | 30 | 90 });
  };
  const setCustom = (next: { from: string; to: string }) => {
    onCustomChange(next);
    onChange({ kind: 'custom', ...next });
  };
  const options: { value: Kind; label: string; disabled?: boolean }[] = [
    ...PRESETS.map((days) => ({ value: String(days) as Kind, label: `Last ${days} days` })),
    { value: 'all', label: 'All time' },
    {
      value: 'since-card',
      label: 'Since my last conversation card',
      disabled: !bounds?.lastCard,
    },
    { value: 'custom', label: 'Custom range' },
  ];
  const invalid = kind === 'custom' && custom.from > custom.to;

  return (
    <fieldset className="period-picker">
      <legend id={`${id}-legend`}>Period</legend>
      <Segmented options={options} value={kind} onChange={pick} labelledBy={`${id}-legend`} />
      {kind === 'custom' && (
        <div className="period-range">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            type="date"
            value={custom.from}
            max={today}
            min={bounds?.first ?? undefined}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-range-error` : undefined}
            onChange={(event) => setCustom({ ...custom, from: event.target.value })}
          />
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            type="date"
            value={custom.to}
            max={today}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-range-error` : undefined}
            onChange={(event) => setCustom({ ...custom, to: event.target.value })}
          />
          {invalid && (
            <p id={`${id}-range-error`} className="hint hint-warn">
              The range has to start on or before its last day.
            </p>
          )}
        </div>
      )}
      {!bounds?.lastCard && (
        <p className="hint">“Since my last conversation card” opens up once you have made a card.</p>
      )}
    </fieldset>
  );
}

import { useId } from 'react';
import './segmented.css';

export interface SegmentedOption<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

/**
 * One choice among a few, drawn as a row of pills: native radio buttons in a named radio group, so arrow keys
 * move and choose as people expect. The one look for every such choice in Haven (a period, a response, a theme).
 * Named either by a visible element (`labelledBy`) or by `label`.
 */
export function Segmented<V extends string>({
  options,
  value,
  onChange,
  labelledBy,
  label,
  describedBy,
  disabled = false,
  autoFocusOn,
}: {
  options: readonly SegmentedOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  labelledBy?: string;
  label?: string;
  describedBy?: string | undefined;
  disabled?: boolean;
  /** The option a dialog puts focus on when it opens (see the editor's Dialog: data-autofocus). */
  autoFocusOn?: V;
}) {
  const name = useId();
  return (
    <div
      role="radiogroup"
      className="segmented"
      {...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      {options.map((option) => (
        <label key={option.value} className="segmented-option" aria-disabled={option.disabled || disabled || undefined}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled || option.disabled}
            {...(option.value === autoFocusOn ? { 'data-autofocus': true } : {})}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

import { useId } from 'react';
import { Segmented } from '../../components/Segmented';
import type { SectionMeta } from '../nodes/FieldNode';
import { FieldFrame } from './FieldFrame';
import { Button } from '../../components/Button';

/**
 * One choice among a few, as native radio buttons in a named radio group: arrow keys move and choose, as
 * people expect. A choice can be taken back with "Clear", since leaving it unanswered is an answer too.
 */
export function RadioField({
  meta,
  options,
  value,
  editable,
  onChange,
}: {
  meta: SectionMeta;
  options: readonly { value: string; label: string }[];
  value: string | null;
  editable: boolean;
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  return (
    <FieldFrame meta={meta} labelId={`${id}-label`} hintId={`${id}-hint`}>
      <div className="field-radios">
        <Segmented
          options={options}
          value={value}
          onChange={onChange}
          labelledBy={`${id}-label`}
          describedBy={meta.hint ? `${id}-hint` : undefined}
          disabled={!editable}
        />
        {value !== null && editable && (
          <Button variant="link" className="field-clear" onClick={() => onChange(null)}>
            Clear<span className="visually-hidden"> {meta.label}</span>
          </Button>
        )}
      </div>
    </FieldFrame>
  );
}

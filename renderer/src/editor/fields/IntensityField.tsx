import type { NodeKey } from 'lexical';
import { useId } from 'react';
import { $isHavenIntensityNode } from '../nodes/HavenIntensityNode';
import type { SectionMeta } from '../nodes/FieldNode';
import { FieldFrame } from './FieldFrame';
import { useFieldUpdate } from './useFieldUpdate';
import { Button } from '../../components/Button';

const WORDS = [
  'none at all',
  'barely there',
  'barely there',
  'mild',
  'mild',
  'noticeable',
  'strong',
  'strong',
  'very strong',
  'very strong',
  'as strong as it gets',
];

export const intensityText = (value: number) => `${value} of 10, ${WORDS[value]}`;

export function IntensityField({
  nodeKey,
  meta,
  value,
}: {
  nodeKey: NodeKey;
  meta: SectionMeta;
  value: number | null;
}) {
  const { update, editable } = useFieldUpdate(nodeKey, $isHavenIntensityNode);
  const id = useId();
  const set = (next: number | null) => update((node) => node.setValue(next));
  return (
    <FieldFrame meta={meta} labelFor={`${id}-slider`} hintId={`${id}-hint`}>
      <div className="field-intensity">
        <input
          id={`${id}-slider`}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value ?? 0}
          disabled={!editable}
          data-unset={value === null || undefined}
          aria-valuetext={value === null ? 'Not set yet' : intensityText(value)}
          {...(meta.hint ? { 'aria-describedby': `${id}-hint` } : {})}
          onChange={(event) => set(Number(event.target.value))}
        />
        <output htmlFor={`${id}-slider`} className="field-intensity-value" aria-hidden="true">
          {value === null ? '–' : value}
        </output>
        {value !== null && editable && (
          <Button variant="link" className="field-clear" onClick={() => set(null)}>
            Clear<span className="visually-hidden"> {meta.label}</span>
          </Button>
        )}
      </div>
    </FieldFrame>
  );
}

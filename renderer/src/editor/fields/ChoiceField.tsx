import type { NodeKey } from 'lexical';
import { useMemo } from 'react';
import type { SectionMeta } from '../nodes/FieldNode';
import { $isHavenChoiceNode } from '../nodes/HavenChoiceNode';
import { RadioField } from './RadioField';
import { useFieldUpdate } from './useFieldUpdate';

export function ChoiceField({
  nodeKey,
  meta,
  options,
  value,
}: {
  nodeKey: NodeKey;
  meta: SectionMeta;
  options: string[];
  value: string | null;
}) {
  const { update, editable } = useFieldUpdate(nodeKey, $isHavenChoiceNode);
  const choices = useMemo(() => options.map((option) => ({ value: option, label: option })), [options]);
  return (
    <RadioField
      meta={meta}
      options={choices}
      value={value}
      editable={editable}
      onChange={(next) => update((node) => node.setValue(next))}
    />
  );
}

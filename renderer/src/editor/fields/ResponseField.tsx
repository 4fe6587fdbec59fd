import type { NodeKey } from 'lexical';
import type { ResponseValue } from '../../../../resources/templates/schema';
import type { SectionMeta } from '../nodes/FieldNode';
import { $isHavenResponseNode, RESPONSE_OPTIONS, readResponseValue } from '../nodes/HavenResponseNode';
import { RadioField } from './RadioField';
import { useFieldUpdate } from './useFieldUpdate';

export function ResponseField({
  nodeKey,
  meta,
  value,
}: {
  nodeKey: NodeKey;
  meta: SectionMeta;
  value: ResponseValue | null;
}) {
  const { update, editable } = useFieldUpdate(nodeKey, $isHavenResponseNode);
  return (
    <RadioField
      meta={meta}
      options={RESPONSE_OPTIONS}
      value={value}
      editable={editable}
      onChange={(next) => update((node) => node.setValue(readResponseValue(next)))}
    />
  );
}

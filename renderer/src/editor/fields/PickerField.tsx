import type { NodeKey } from 'lexical';
import { useId, useMemo } from 'react';
import type { TagPickerKind } from '../../../../resources/templates/schema';
import type { PickedTag } from '../../../../resources/templates/section-nodes';
import type { SectionMeta } from '../nodes/FieldNode';
import { $isHavenPickerNode } from '../nodes/HavenPickerNode';
import { KIND_NAMES, foldTagName, useVocabulary } from '../vocabulary';
import { FieldFrame } from './FieldFrame';
import { TagCombobox } from './TagCombobox';
import { useFieldUpdate } from './useFieldUpdate';
import { Select } from '../../components/Select';

const STRENGTHS = Array.from({ length: 11 }, (_, i) => i);

export function PickerField({
  nodeKey,
  meta,
  kind,
  withIntensity,
  items,
}: {
  nodeKey: NodeKey;
  meta: SectionMeta;
  kind: TagPickerKind;
  withIntensity: boolean;
  items: PickedTag[];
}) {
  const { update, editable } = useFieldUpdate(nodeKey, $isHavenPickerNode);
  const vocabulary = useVocabulary();
  const id = useId();
  const chosen = useMemo(() => new Set(items.map((item) => foldTagName(item.name))), [items]);
  return (
    <FieldFrame meta={meta} labelFor={`${id}-input`} hintId={`${id}-hint`}>
      {editable && (
        <TagCombobox
          id={`${id}-input`}
          kind={kind}
          chosen={chosen}
          describedBy={meta.hint ? `${id}-hint` : undefined}
          disabled={!editable}
          onPick={(name) => update((node) => node.addItem(name))}
        />
      )}
      {items.length > 0 ? (
        <ul className="picked" aria-label={`Chosen ${KIND_NAMES[kind].many}`}>
          {items.map((item) => {
            const info = vocabulary.find(kind, item.name);
            const meaningId = `${id}-${foldTagName(item.name).replace(/[^\p{L}\p{N}]+/gu, '-')}`;
            return (
              <li key={item.name} className="picked-item" data-colour={info?.colour ?? undefined}>
                <span className="picked-name" title={info?.meaning || undefined}>
                  {item.name}
                </span>
                {info?.meaning && (
                  <span id={meaningId} className="visually-hidden">
                    {info.meaning}
                  </span>
                )}
                {withIntensity &&
                  (editable ? (
                    <Select
                      className="picked-strength"
                      aria-label={`How strong: ${item.name}`}
                      data-unset={item.intensity === null}
                      value={item.intensity ?? ''}
                      onChange={(event) =>
                        update((node) =>
                          node.setIntensity(item.name, event.target.value === '' ? null : Number(event.target.value)),
                        )
                      }
                    >
                      <option value="">How strong?</option>
                      {STRENGTHS.map((value) => (
                        <option key={value} value={value}>
                          {value} of 10
                        </option>
                      ))}
                    </Select>
                  ) : (
                    item.intensity !== null && <span className="picked-strength-text">{item.intensity} of 10</span>
                  ))}
                {editable && (
                  <button
                    type="button"
                    className="picked-remove"
                    aria-label={`Remove ${item.name}`}
                    {...(info?.meaning ? { 'aria-describedby': meaningId } : {})}
                    onClick={() => update((node) => node.removeItem(item.name))}
                  >
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        !editable && <p className="gentle">None chosen.</p>
      )}
    </FieldFrame>
  );
}

import type { ReactNode } from 'react';
import type { SectionMeta } from '../nodes/FieldNode';

/**
 * A field's visible frame: its name (the label of its control, or the legend of its group) and its hint.
 * Fields use `labelFor` for one control and `labelId` for a group that points at the label itself.
 */
export function FieldFrame({
  meta,
  labelFor,
  labelId,
  hintId,
  children,
}: {
  meta: SectionMeta;
  labelFor?: string;
  labelId?: string;
  hintId: string;
  children: ReactNode;
}) {
  return (
    <div className="ed-section-field" data-section={meta.sectionId || undefined}>
      {/* A heading too, so the sections of an entry can be walked by heading like its writing spaces. */}
      <h2 className="ed-section-label">
        {labelFor ? <label htmlFor={labelFor}>{meta.label}</label> : <span id={labelId}>{meta.label}</span>}
      </h2>
      {meta.hint && (
        <p className="ed-section-hint" id={hintId}>
          {meta.hint}
        </p>
      )}
      {children}
    </div>
  );
}

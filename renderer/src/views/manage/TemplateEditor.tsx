import { useEffect, useId, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Template } from '../../../../preload/contract';
import {
  TAG_PICKER_KINDS,
  TemplateDraft,
  type SectionKind,
  type TagPickerKind,
  type TemplateSectionInput,
} from '../../../../resources/templates/schema';
import { haven } from '../../haven';
import { isCommand } from '../../shell/keys';
import { useTemplates } from '../../shell/templates';
import { href, navigate, setLeaveGuard, type Route } from '../../shell/useRoute';
import { setFlash } from './flash';
import { Dialog } from '../../components/Dialog';
import {
  moveItem,
  newSection,
  SECTION_KIND_HINTS,
  SECTION_KIND_NAMES,
  SECTION_KINDS,
  sectionTitle,
  TAG_PICKER_NAMES,
} from './sections';
import './manage.css';
import { useAnswer } from '../../useAnswer';
import { Button, ButtonLink } from '../../components/Button';
import { ViewHeader } from '../../components/ViewHeader';
import { Select } from '../../components/Select';

interface Draft {
  name: string;
  description: string;
  sections: TemplateSectionInput[];
}

/** A problem with what is typed: the field it belongs to (`name`, `sections.2.label`, …) when there is one. */
interface Problem {
  field: string | null;
  message: string;
}

type Loaded = { template: Template | null } | null;

/** What marks a field that a problem belongs to, and ties it to the list of problems. */
interface FieldProps {
  'data-field': string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * One template, by id or 'new'. The person's own open as a form; built-ins open read-only, with a way to copy
 * them. Unsaved changes are never dropped silently: leaving asks first.
 */
export function TemplateEditor({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded>(id === 'new' ? { template: null } : null);
  const [error, setError] = useState<string | null>(null);

  useAnswer(
    () => (id === 'new' ? null : haven().templates.get({ id })),
    (template) => setLoaded({ template }),
    setError,
    [id],
  );

  const template = loaded?.template ?? null;
  const title = !loaded
    ? 'Template'
    : !template
      ? 'New template'
      : template.builtin
        ? template.name
        : `Edit “${template.name}”`;

  return (
    <article className="view manage-view template-editor">
      <ViewHeader
        title={title}
        note={
          template?.builtin && (
            <>
              <span className="badge">Built-in</span> {template.description}
            </>
          )
        }
        actions={
          <ButtonLink variant="secondary" href={href({ name: 'templates' })}>
            All templates
          </ButtonLink>
        }
      />
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {!loaded && !error && <p className="gentle">Opening the template…</p>}
      {loaded && template?.builtin && <BuiltinTemplate template={template} />}
      {loaded && !template?.builtin && <TemplateForm template={template} />}
    </article>
  );
}

function BuiltinTemplate({ template }: { template: Template }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const duplicate = async () => {
    setBusy(true);
    const result = await haven().templates.duplicate({ id: template.id });
    setBusy(false);
    if (!result.ok) return setProblem(result.error.message);
    navigate({ name: 'template', id: result.value.id });
  };
  return (
    <>
      <div className="manage-callout">
        <p>
          Built-in templates stay as they are, so entries written with them always read the same. Make a copy to change
          the questions, their order or their hints.
        </p>
        <Button variant="primary" className="align-start" disabled={busy} onClick={() => void duplicate()}>
          Duplicate to edit
        </Button>
        {problem && (
          <p role="alert" className="notice notice-error">
            {problem}
          </p>
        )}
      </div>
      <section className="manage-section" aria-labelledby={`${id}-sections`}>
        <h2 id={`${id}-sections`}>Sections</h2>
        {template.sections.length === 0 ? (
          <p className="empty">No sections: an empty page to start anywhere.</p>
        ) : (
          <ol className="section-list" aria-label="Sections">
            {template.sections.map((section) => (
              <li key={section.id} className="section-card section-card-readonly">
                <span className="section-kind">{SECTION_KIND_NAMES[section.kind]}</span>
                <span className="section-readonly-title">
                  {section.kind === 'prompt' ? section.text : section.label}
                </span>
                {section.kind !== 'prompt' && section.hint && <span className="hint">{section.hint}</span>}
                {section.kind === 'choice' && <span className="hint">Options: {section.options.join(', ')}</span>}
                {section.kind === 'tags' && <span className="hint">Offers {TAG_PICKER_NAMES[section.tagKind]}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

const toDraft = (template: Template | null): Draft =>
  template
    ? { name: template.name, description: template.description, sections: template.sections }
    : { name: '', description: '', sections: [] };

/** What is sent: choices lose the blank lines a person leaves while typing them. */
const cleaned = (draft: Draft): Draft => ({
  ...draft,
  sections: draft.sections.map((s) =>
    s.kind === 'choice' ? { ...s, options: s.options.map((o) => o.trim()).filter(Boolean) } : s,
  ),
});

function problemsOf(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  sections: readonly TemplateSectionInput[],
): Problem[] {
  return issues.map((issue) => {
    const [head, index, field] = issue.path;
    if (head === 'sections' && typeof index === 'number') {
      const section = sections[index];
      const label = section && (section.kind === 'prompt' ? section.text : section.label).trim();
      const where = `Section ${index + 1}${label ? ` (“${label}”)` : ''}`;
      return { field: field ? `sections.${index}.${String(field)}` : null, message: `${where}: ${issue.message}` };
    }
    if (head === 'name' || head === 'description') return { field: head, message: issue.message };
    return { field: null, message: issue.message };
  });
}

function TemplateForm({ template }: { template: Template | null }) {
  const [initial] = useState(() => toDraft(template));
  const [draft, setDraft] = useState<Draft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState<Route | null>(null);
  const [newKind, setNewKind] = useState<SectionKind>('text');
  const release = useRef<(() => void) | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfter = useRef<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const shared = useTemplates();
  const id = useId();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  useEffect(() => {
    if (!dirty) return;
    const off = setLeaveGuard((to) => {
      setLeaving(to);
      return true;
    });
    release.current = off;
    return off;
  }, [dirty]);

  /** Focus goes to the element matching this selector once the form has drawn the change. */
  const requestFocus = (selector: string) => {
    focusAfter.current = selector;
    setFocusTick((tick) => tick + 1);
  };
  useLayoutEffect(() => {
    const selector = focusAfter.current;
    if (!selector) return;
    focusAfter.current = null;
    formRef.current?.querySelector<HTMLElement>(selector)?.focus();
  }, [focusTick]);

  const invalid = (field: string) => problems.some((p) => p.field === field);
  const fieldProps = (field: string): FieldProps => ({
    'data-field': field,
    'aria-invalid': invalid(field) || undefined,
    'aria-describedby': invalid(field) ? `${id}-problems` : undefined,
  });

  const setSection = (index: number, change: (section: TemplateSectionInput) => TemplateSectionInput) =>
    setDraft((d) => ({ ...d, sections: d.sections.map((s, i) => (i === index ? change(s) : s)) }));

  const moveSection = (index: number, by: -1 | 1) => {
    const section = draft.sections[index];
    const to = index + by;
    if (!section || to < 0 || to >= draft.sections.length) return;
    setDraft((d) => ({ ...d, sections: moveItem(d.sections, index, by) }));
    setStatus(
      `Moved “${sectionTitle(section, index)}” ${by < 0 ? 'up' : 'down'}, to ${to + 1} of ${draft.sections.length}.`,
    );
    const own = by < 0 ? 'move-up' : 'move-down';
    const other = by < 0 ? 'move-down' : 'move-up';
    const atEnd = to === 0 || to === draft.sections.length - 1;
    requestFocus(`[data-section-id="${CSS.escape(section.id)}"] [data-action="${atEnd ? other : own}"]`);
  };

  const removeSection = (index: number) => {
    const section = draft.sections[index];
    if (!section) return;
    const next = draft.sections[index + 1] ?? draft.sections[index - 1];
    setDraft((d) => ({ ...d, sections: d.sections.filter((_, i) => i !== index) }));
    setProblems([]);
    setStatus(`Removed “${sectionTitle(section, index)}”.`);
    requestFocus(
      next ? `[data-section-id="${CSS.escape(next.id)}"] [data-action="remove"]` : `#${CSS.escape(id)}-kind`,
    );
  };

  const addSection = () => {
    const section = newSection(
      newKind,
      draft.sections.map((s) => s.id),
    );
    setDraft((d) => ({ ...d, sections: [...d.sections, section] }));
    setStatus(`Added a ${SECTION_KIND_NAMES[newKind].toLowerCase()} at the end.`);
    requestFocus(`[data-section-id="${CSS.escape(section.id)}"] [data-field]`);
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    const body = cleaned(draft);
    const parsed = TemplateDraft.safeParse(body);
    if (!parsed.success) {
      const found = problemsOf(parsed.error.issues, draft.sections);
      setProblems(found);
      setStatus('');
      const first = found.find((p) => p.field);
      if (first?.field) requestFocus(`[data-field="${CSS.escape(first.field)}"]`);
      return;
    }
    setBusy(true);
    const result = await haven().templates.save({ ...(template ? { id: template.id } : {}), ...body });
    setBusy(false);
    if (!result.ok) {
      setProblems([{ field: null, message: result.error.message }]);
      setStatus('');
      return;
    }
    release.current?.();
    shared.refresh();
    setFlash(`Saved “${result.value.name}”. New entries from it start with these sections.`);
    navigate({ name: 'templates' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (isCommand(event.nativeEvent) && !event.shiftKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };

  const leave = () => {
    const to = leaving;
    setLeaving(null);
    release.current?.();
    if (to) navigate(to);
  };

  return (
    <form
      ref={formRef}
      className="template-form"
      aria-label="Template"
      noValidate
      onSubmit={(event) => void save(event)}
      onKeyDown={onKeyDown}
    >
      <div className="manage-field">
        <label htmlFor={`${id}-name`}>Template name</label>
        <input
          id={`${id}-name`}
          autoComplete="off"
          value={draft.name}
          onChange={(event) => setDraft((d) => ({ ...d, name: event.target.value }))}
          {...fieldProps('name')}
        />
      </div>
      <div className="manage-field">
        <label htmlFor={`${id}-description`}>Description</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          value={draft.description}
          onChange={(event) => setDraft((d) => ({ ...d, description: event.target.value }))}
          {...fieldProps('description')}
        />
        <p className="hint">Shown under the name in New entry. One line is plenty.</p>
      </div>

      <section className="manage-section" aria-labelledby={`${id}-sections`}>
        <h2 id={`${id}-sections`}>Sections</h2>
        {draft.sections.length === 0 ? (
          <p className="empty">No sections yet: entries start as an empty page. Add the first below.</p>
        ) : (
          <ol className="section-list" aria-label="Sections">
            {draft.sections.map((section, index) => (
              <SectionEditor
                key={section.id}
                section={section}
                index={index}
                count={draft.sections.length}
                fieldProps={fieldProps}
                onChange={(change) => setSection(index, change)}
                onMove={(by) => moveSection(index, by)}
                onRemove={() => removeSection(index)}
              />
            ))}
          </ol>
        )}
        <div className="add-section">
          <div className="manage-field">
            <label htmlFor={`${id}-kind`}>Kind of section</label>
            <Select
              id={`${id}-kind`}
              value={newKind}
              aria-describedby={`${id}-kind-hint`}
              onChange={(event) => setNewKind(event.target.value as SectionKind)}
            >
              {SECTION_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SECTION_KIND_NAMES[kind]}
                </option>
              ))}
            </Select>
            <p id={`${id}-kind-hint`} className="hint">
              {SECTION_KIND_HINTS[newKind]}
            </p>
          </div>
          <Button variant="secondary" disabled={draft.sections.length >= 40} onClick={addSection}>
            Add section
          </Button>
        </div>
      </section>

      <div className="template-form-footer">
        <div role="status" className="manage-status">
          {status && <p className="notice notice-info">{status}</p>}
        </div>
        {problems.length > 0 && (
          <div id={`${id}-problems`} role="alert" className="notice notice-error">
            {problems.length === 1 ? (
              <p className="manage-problem-line">{problems[0]?.message}</p>
            ) : (
              <>
                <p className="manage-problem-line">The template can’t be saved yet:</p>
                <ul>
                  {problems.map((problem, index) => (
                    <li key={index}>{problem.message}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        <div className="button-row template-form-actions">
          <Button type="submit" variant="primary" disabled={busy} aria-keyshortcuts="Control+S Meta+S">
            {busy ? 'Saving…' : 'Save template'}
          </Button>
          <Button variant="secondary" onClick={() => navigate({ name: 'templates' })}>
            Cancel
          </Button>
          {dirty && <span className="hint template-form-dirty">Changes not saved yet</span>}
        </div>
      </div>

      {leaving && (
        <Dialog
          title="Leave without saving?"
          description="Your changes to this template aren’t saved yet. If you leave now, they’re gone."
          onClose={() => setLeaving(null)}
        >
          <div className="manage-dialog-actions">
            <Button variant="danger" onClick={leave}>
              Leave without saving
            </Button>
            <Button variant="primary" data-autofocus onClick={() => setLeaving(null)}>
              Keep editing
            </Button>
          </div>
        </Dialog>
      )}
    </form>
  );
}

function SectionEditor({
  section,
  index,
  count,
  fieldProps,
  onChange,
  onMove,
  onRemove,
}: {
  section: TemplateSectionInput;
  index: number;
  count: number;
  fieldProps: (field: string) => FieldProps;
  onChange: (change: (section: TemplateSectionInput) => TemplateSectionInput) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const title = sectionTitle(section, index);
  const field = (name: string) => fieldProps(`sections.${index}.${name}`);
  return (
    <li className="section-card" data-section-id={section.id}>
      <fieldset>
        <legend>
          <span className="section-number">{index + 1}.</span> {SECTION_KIND_NAMES[section.kind]}
        </legend>
        {section.kind === 'prompt' ? (
          <div className="manage-field">
            <label htmlFor={`${id}-text`}>Question</label>
            <textarea
              id={`${id}-text`}
              rows={2}
              value={section.text}
              placeholder="What would you like to ask yourself here?"
              onChange={(event) => {
                const text = event.target.value;
                onChange((s) => (s.kind === 'prompt' ? { ...s, text } : s));
              }}
              {...field('text')}
            />
          </div>
        ) : (
          <>
            <div className="section-fields">
              <div className="manage-field">
                <label htmlFor={`${id}-label`}>Label</label>
                <input
                  id={`${id}-label`}
                  autoComplete="off"
                  value={section.label}
                  onChange={(event) => {
                    const label = event.target.value;
                    onChange((s) => (s.kind === 'prompt' ? s : { ...s, label }));
                  }}
                  {...field('label')}
                />
              </div>
              <div className="manage-field">
                <label htmlFor={`${id}-hint`}>Hint</label>
                <textarea
                  id={`${id}-hint`}
                  rows={2}
                  value={section.hint ?? ''}
                  placeholder="Optional: a quiet line under the label"
                  onChange={(event) => {
                    // A hint is one line under the label; wrapping is only for reading it here.
                    const hint = event.target.value.replace(/\n/g, ' ');
                    onChange((s) => (s.kind === 'prompt' ? s : { ...s, hint }));
                  }}
                  {...field('hint')}
                />
              </div>
            </div>
            {section.kind === 'tags' && (
              <div className="manage-field">
                <label htmlFor={`${id}-words`}>Which words</label>
                <Select
                  id={`${id}-words`}
                  className="input-short-select"
                  value={section.tagKind}
                  onChange={(event) => {
                    const tagKind = event.target.value as TagPickerKind;
                    onChange((s) => (s.kind === 'tags' ? { ...s, tagKind } : s));
                  }}
                  {...field('tagKind')}
                >
                  {TAG_PICKER_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {TAG_PICKER_NAMES[kind]}
                    </option>
                  ))}
                </Select>
              </div>
            )}
            {section.kind === 'choice' && (
              <div className="manage-field">
                <label htmlFor={`${id}-options`}>Options</label>
                <textarea
                  id={`${id}-options`}
                  rows={Math.min(5, Math.max(2, section.options.length))}
                  value={section.options.join('\n')}
                  onChange={(event) => {
                    const options = event.target.value.split('\n');
                    onChange((s) => (s.kind === 'choice' ? { ...s, options } : s));
                  }}
                  {...field('options')}
                  aria-describedby={[`${id}-options-hint`, field('options')['aria-describedby']]
                    .filter(Boolean)
                    .join(' ')}
                />
                <p id={`${id}-options-hint`} className="hint">
                  One per line, two to five.
                </p>
              </div>
            )}
          </>
        )}
        <div className="section-actions">
          <Button
            variant="secondary"
            small
            data-action="move-up"
            disabled={index === 0}
            aria-label={`Move up ${title}`}
            onClick={() => onMove(-1)}
          >
            Move up
          </Button>
          <Button
            variant="secondary"
            small
            data-action="move-down"
            disabled={index === count - 1}
            aria-label={`Move down ${title}`}
            onClick={() => onMove(1)}
          >
            Move down
          </Button>
          <Button variant="danger" small data-action="remove" aria-label={`Remove section ${title}`} onClick={onRemove}>
            Remove section
          </Button>
        </div>
      </fieldset>
    </li>
  );
}

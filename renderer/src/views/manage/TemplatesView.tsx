import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Template } from '../../../../preload/contract';
import { haven } from '../../haven';
import { useTemplates } from '../../shell/templates';
import { href, navigate } from '../../shell/useRoute';
import { takeFlash } from './flash';
import { Dialog } from '../../components/Dialog';
import { RowMenu } from '../../components/RowMenu';
import { moveItem } from './sections';
import './manage.css';
import { useAnswer } from '../../useAnswer';
import { ViewMessages } from '../../components/Notice';
import { Button, ButtonLink } from '../../components/Button';
import { ViewHeader } from '../../components/ViewHeader';
import { countPhrase } from './tagWords';

/** Where focus goes once the list has changed: one template's control, or the heading. */
type FocusTarget = { id: string; action: string } | 'heading';

const sectionCount = (template: Template) =>
  template.sections.length === 0
    ? 'No sections: an empty page'
    : `${template.sections.length} ${template.sections.length === 1 ? 'section' : 'sections'}`;

/**
 * The templates New entry offers, in the person's order: built-ins to use or copy, and the person's own to
 * edit, reorder or delete. Entries written from a template keep their text when it changes or goes.
 */
export function TemplatesView() {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [busy, setBusy] = useState(false);
  const focusAfter = useRef<FocusTarget | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  /** Entries written with each template, by id; null until known (the row then says nothing of it). */
  const [uses, setUses] = useState<Record<string, number> | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const shared = useTemplates();

  const requestFocus = (target: FocusTarget) => {
    focusAfter.current = target;
    setFocusTick((tick) => tick + 1);
  };

  useAnswer(
    () => haven().templates.uses(),
    setUses,
    // Without the counts the list still works; each row then leaves its count out.
    null,
    [],
  );
  useAnswer(
    () => haven().templates.list(),
    (list) => {
      setTemplates(list);
      const flash = takeFlash();
      if (flash) setStatus(flash);
    },
    setError,
    [],
  );

  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const heading = () => document.querySelector<HTMLElement>('main h1')?.focus();
    if (target === 'heading') return heading();
    const item = listRef.current?.querySelector<HTMLElement>(`[data-template-id="${CSS.escape(target.id)}"]`);
    // A move to the top or bottom disables the button just pressed: the other way is the next useful key.
    const other = { 'move-up': 'move-down', 'move-down': 'move-up' }[target.action] ?? target.action;
    const control =
      item?.querySelector<HTMLElement>(`[data-action="${target.action}"]:not(:disabled)`) ??
      item?.querySelector<HTMLElement>(`[data-action="${other}"]:not(:disabled)`) ??
      item?.querySelector<HTMLElement>('[data-action]');
    if (control) control.focus();
    else heading();
  }, [focusTick]);

  const say = (text: string) => {
    setError(null);
    setStatus(text);
  };
  const fail = (text: string) => {
    setStatus('');
    setError(text);
  };

  const load = async () => {
    const result = await haven().templates.list();
    if (result.ok) setTemplates(result.value);
    else fail(result.error.message);
    shared.refresh();
    return result.ok ? result.value : null;
  };

  const duplicate = async (template: Template) => {
    setBusy(true);
    const result = await haven().templates.duplicate({ id: template.id });
    setBusy(false);
    if (!result.ok) return fail(result.error.message);
    await load();
    say(`Made a copy of “${template.name}”, called “${result.value.name}”. Edit it to make it yours.`);
    requestFocus({ id: result.value.id, action: 'edit' });
  };

  /** Moves a template one place; focus stays on the control it was on (a move button when none is named). */
  const move = async (template: Template, by: -1 | 1, focusAction = by < 0 ? 'move-up' : 'move-down') => {
    if (!templates || busy) return;
    const index = templates.findIndex((t) => t.id === template.id);
    const to = index + by;
    if (index < 0 || to < 0 || to >= templates.length) return;
    const next = moveItem(templates, index, by);
    // Shown at once; if the vault refuses, the list goes back and says why.
    setTemplates(next);
    requestFocus({ id: template.id, action: focusAction });
    setBusy(true);
    const result = await haven().templates.reorder({ ids: next.map((t) => t.id) });
    setBusy(false);
    if (!result.ok) {
      setTemplates(templates);
      return fail(result.error.message);
    }
    setTemplates(result.value);
    shared.refresh();
    const position = result.value.findIndex((t) => t.id === template.id) + 1;
    say(`Moved “${template.name}” ${by < 0 ? 'up' : 'down'}, to ${position} of ${result.value.length}.`);
    requestFocus({ id: template.id, action: focusAction });
  };

  const remove = async (template: Template) => {
    const index = templates?.findIndex((t) => t.id === template.id) ?? -1;
    const neighbour = templates?.[index + 1] ?? templates?.[index - 1];
    const result = await haven().templates.delete({ id: template.id });
    setDeleting(null);
    if (!result.ok) return fail(result.error.message);
    await load();
    say(`Deleted “${template.name}”. Entries you wrote with it keep their text.`);
    requestFocus(neighbour ? { id: neighbour.id, action: neighbour.builtin ? 'view' : 'edit' } : 'heading');
  };

  const onItemKey = (event: KeyboardEvent<HTMLLIElement>, template: Template) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const on = (event.target as HTMLElement).closest('[data-action]')?.getAttribute('data-action') ?? undefined;
    void move(template, event.key === 'ArrowUp' ? -1 : 1, on);
  };

  return (
    <article className="view manage-view">
      <ViewHeader
        title="Templates"
        note="What New entry offers, in this order. Built-in templates can be copied and the copy changed; your own can be edited and deleted."
        actions={
          <>
            <ButtonLink variant="secondary" href={href({ name: 'settings' })}>
              Back to Settings
            </ButtonLink>
            <Button variant="primary" onClick={() => navigate({ name: 'template', id: 'new' })}>
              New template
            </Button>
          </>
        }
      />

      <ViewMessages status={status} error={error} />

      {templates === null && !error && <p className="gentle">Loading your templates…</p>}
      {templates && (
        <ol ref={listRef} className="template-list" aria-label="Templates">
          {templates.map((template, index) => (
            <li
              key={template.id}
              className="template-item"
              data-template-id={template.id}
              onKeyDown={(event) => onItemKey(event, template)}
            >
              <div className="template-item-title">
                <h2 className="template-item-name">{template.name}</h2>
                {template.builtin && <span className="badge">Built-in</span>}
                <span className="template-item-meta">
                  {sectionCount(template)}
                  {uses && ` · ${countPhrase(uses[template.id] ?? 0)}`}
                </span>
              </div>
              {template.description && <p className="template-item-description">{template.description}</p>}
              <div className="template-item-actions">
                {/* Opening a template is its details: built-ins to read, the person's own to change. */}
                <ButtonLink
                  variant="secondary"
                  small
                  data-action={template.builtin ? 'view' : 'edit'}
                  href={href({ name: 'template', id: template.id })}
                  aria-label={`${template.builtin ? 'View' : 'Edit'} ${template.name}`}
                >
                  {template.builtin ? 'View' : 'Edit'}
                </ButtonLink>
                <RowMenu
                  label={`Actions for ${template.name}`}
                  items={[
                    {
                      action: 'duplicate',
                      text: 'Duplicate',
                      label: `Duplicate ${template.name}`,
                      disabled: busy,
                      onSelect: () => void duplicate(template),
                    },
                    {
                      action: 'move-up',
                      text: 'Move up',
                      label: `Move up ${template.name}`,
                      disabled: index === 0,
                      onSelect: () => void move(template, -1, 'menu'),
                    },
                    {
                      action: 'move-down',
                      text: 'Move down',
                      label: `Move down ${template.name}`,
                      disabled: index === templates.length - 1,
                      onSelect: () => void move(template, 1, 'menu'),
                    },
                    ...(template.builtin
                      ? []
                      : [
                          {
                            action: 'delete',
                            text: 'Delete…',
                            label: `Delete ${template.name}`,
                            danger: true,
                            onSelect: () => setDeleting(template),
                          },
                        ]),
                  ]}
                />
              </div>
            </li>
          ))}
        </ol>
      )}

      {deleting && (
        <Dialog
          title={`Delete “${deleting.name}”?`}
          description="Entries you already wrote with it keep their text and sections, exactly as they are. It just won’t be offered for new entries any more. This can’t be undone."
          onClose={() => setDeleting(null)}
        >
          <div className="manage-dialog-actions">
            <Button variant="secondary" data-autofocus onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button variant="danger" onClick={() => void remove(deleting)}>
              Delete template
            </Button>
          </div>
        </Dialog>
      )}
    </article>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Template } from '../../../preload/contract';
import { templateDoc, type PromptFill } from '../../../resources/templates/document';
import { haven } from '../haven';
import { useTemplates } from './templates';
import { navigate } from './useRoute';

/** Prompt sections that ask from a set get tonight's pick from it; a section keeps its own question otherwise. */
async function promptFills(template: Template): Promise<Record<string, PromptFill>> {
  const fills: Record<string, PromptFill> = {};
  for (const section of template.sections) {
    if (section.kind !== 'prompt' || !section.set) continue;
    const chosen = await haven().prompts.forSet({ set: section.set });
    if (chosen.ok && chosen.value.prompt)
      fills[section.id] = { promptId: chosen.value.prompt.id, text: chosen.value.prompt.text };
  }
  return fills;
}

/** "New entry": a menu button offering each template by name (WAI-ARIA menu button pattern). */
export function NewEntryMenu({ onError }: { onError: (message: string) => void }) {
  const templates = useTemplates().list;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  useEffect(() => {
    if (open) itemsRef.current[active]?.focus();
  }, [open, active]);

  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const create = async (template: Template) => {
    close(false);
    const today = await haven().entries.today();
    if (!today.ok) return onError(today.error.message);
    const saved = await haven().entries.save({
      date: today.value.date,
      title: '',
      template: template.id,
      templateVersion: template.version,
      doc: templateDoc(template.sections, await promptFills(template)),
    });
    if (!saved.ok) return onError(saved.error.message);
    navigate({ name: 'entry', id: saved.value.id });
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const last = templates.length - 1;
    if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => (i <= 0 ? last : i - 1));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(last);
    else if (event.key === 'Escape' || event.key === 'Tab') close(event.key === 'Escape');
    else return;
    event.preventDefault();
  };

  return (
    <div className="new-entry">
      <button
        ref={buttonRef}
        type="button"
        className="button-primary new-entry-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => {
          setActive(0);
          setOpen((value) => !value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive(0);
            setOpen(true);
          }
        }}
      >
        New entry
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-label="New entry"
          className="menu"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {templates.map((template, index) => (
            <button
              key={template.id}
              ref={(element) => {
                itemsRef.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className="menu-item"
              aria-labelledby={`${id}-${template.id}-name`}
              aria-describedby={`${id}-${template.id}-hint`}
              onClick={() => void create(template)}
            >
              <span id={`${id}-${template.id}-name`} className="menu-item-name">
                {template.name}
              </span>
              <span id={`${id}-${template.id}-hint`} className="menu-item-hint">
                {template.description}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

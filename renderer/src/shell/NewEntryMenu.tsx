import { useId } from 'react';
import type { Template } from '../../../preload/contract';
import { templateDoc, type PromptFill } from '../../../resources/templates/document';
import { haven } from '../haven';
import { useTemplates } from './templates';
import { navigate } from './useRoute';
import { Button } from '../components/Button';
import { useMenuButton } from '../components/useMenuButton';

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

/** "New entry": a menu button offering each template by name (keys in components/useMenuButton.ts). */
export function NewEntryMenu({ onError }: { onError: (message: string) => void }) {
  const templates = useTemplates().list;
  const { open, close, rootRef, buttonRef, buttonProps, menuProps, itemProps } = useMenuButton(templates.length);
  const id = useId();

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

  return (
    <div ref={rootRef} className="new-entry">
      <Button variant="primary" className="new-entry-button" ref={buttonRef} {...buttonProps}>
        New entry
      </Button>
      {open && (
        <div aria-label="New entry" className="menu" {...menuProps}>
          {templates.map((template, index) => (
            <button
              key={template.id}
              type="button"
              {...itemProps(index)}
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

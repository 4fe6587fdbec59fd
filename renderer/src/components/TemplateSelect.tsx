import { useTemplates } from '../shell/templates';
import { Select } from './Select';

/** A filter by template: "All templates" or one template by name. */
export function TemplateSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (template: string) => void;
}) {
  const templates = useTemplates().list;
  return (
    <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">All templates</option>
      {templates.map((template) => (
        <option key={template.id} value={template.id}>
          {template.name}
        </option>
      ))}
    </Select>
  );
}

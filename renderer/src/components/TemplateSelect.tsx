import { useTemplates } from '../shell/templates';

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
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">All templates</option>
      {templates.map((template) => (
        <option key={template.id} value={template.id}>
          {template.name}
        </option>
      ))}
    </select>
  );
}

import { document, heading, paragraph, quote } from './lexical-json';

export interface TemplateDefinition {
  id: string;
  name: string;
  /** One line shown where templates are offered. */
  description: string;
  /** Bumped when the built-in content changes, so each entry knows which version it started from. */
  version: number;
  /** The document a new entry from this template starts with. */
  doc: () => string;
}

/** Built-in templates. The templates issue adds the trigger log, repair reflection and the rest. */
export const BUILTIN_TEMPLATES: readonly TemplateDefinition[] = [
  {
    id: 'blank',
    name: 'Blank',
    description: 'An empty page. Start anywhere.',
    version: 1,
    doc: () => document(paragraph()),
  },
  {
    id: 'nightly',
    name: 'Nightly check-in',
    description: 'Five gentle questions to close the day. Answer the ones that fit tonight.',
    version: 1,
    doc: () =>
      document(
        quote('There are no right answers here. A few words are enough.'),
        heading('h2', 'How I’m arriving tonight'),
        paragraph(),
        heading('h2', 'What stayed with me today'),
        paragraph(),
        heading('h2', 'What I felt, and where I noticed it in my body'),
        paragraph(),
        heading('h2', 'What I needed, underneath'),
        paragraph(),
        heading('h2', 'One small thing I appreciated'),
        paragraph(),
      ),
  },
];

export function templateName(id: string): string {
  return BUILTIN_TEMPLATES.find((template) => template.id === id)?.name ?? 'Entry';
}

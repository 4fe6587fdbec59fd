import { document, paragraph, text, type SerializedNode } from '../../../../resources/templates/lexical-json';
import { BUILTIN_TEMPLATES } from '../../../../resources/templates/builtin';
import { sectionNodes } from '../../../../resources/templates/document';

const REPAIR = BUILTIN_TEMPLATES.find((template) => template.id === 'repair');

/** The repair template's version these entries are written against. */
export const REPAIR_VERSION = REPAIR?.version ?? 1;

/**
 * A Repair reflection entry holding what was written at the close of a conversation: the template's own sections
 * for "what I will do differently" and "a thank-you", each followed by the person's words.
 */
export function repairDoc(cardTitle: string, differently: string, thanks: string): string {
  const answer = (id: string, value: string): SerializedNode[] => {
    const section = REPAIR?.sections.find((s) => s.id === id);
    const lines = value.split('\n').map((line) => (line ? paragraph(text(line)) : paragraph()));
    return section ? [sectionNodes(section)[0]!, ...lines] : lines;
  };
  return document(
    paragraph(text(`After talking about “${cardTitle}”.`)),
    ...answer('differently', differently.trim()),
    ...answer('thank-you', thanks.trim()),
  );
}

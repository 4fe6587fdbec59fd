import { $createParagraphNode, $getRoot, $isParagraphNode, type LexicalEditor } from 'lexical';
import { SectionNode } from './nodes/FieldNode';
import { $createHavenPromptNode } from './nodes/HavenPromptNode';

/**
 * Adds a prompt block at the end of an entry with a paragraph for the answer, and puts the caret there. An empty
 * last paragraph of free writing becomes the answer, so a blank page doesn't end up with a blank line above it.
 */
export function insertPrompt(editor: LexicalEditor, prompt: { id: string | null; text: string }): void {
  editor.update(() => {
    const root = $getRoot();
    const block = $createHavenPromptNode(prompt.id, prompt.text);
    const last = root.getLastChild();
    // Unless that empty paragraph is a template section's writing space: then the prompt goes after it.
    const spare =
      $isParagraphNode(last) && last.getTextContentSize() === 0 && !(last.getPreviousSibling() instanceof SectionNode);
    if (spare) {
      last.insertBefore(block);
      last.select();
    } else {
      const answer = $createParagraphNode();
      root.append(block, answer);
      answer.select();
    }
  });
  editor.focus();
}

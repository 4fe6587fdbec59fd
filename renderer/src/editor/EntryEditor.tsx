import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorState } from 'lexical';

const theme = {
  paragraph: 'editor-paragraph',
  heading: { h1: 'editor-h1', h2: 'editor-h2', h3: 'editor-h3' },
  quote: 'editor-quote',
  text: { bold: 'editor-bold', italic: 'editor-italic', underline: 'editor-underline' },
};

/**
 * The writing surface: a Lexical rich-text editor whose serialized state is the entry's document.
 * `initialDoc` is read once; the editor owns the text after that.
 */
export function EntryEditor({
  initialDoc,
  placeholder,
  onChange,
  onBlur,
}: {
  initialDoc: string | null;
  placeholder: string;
  onChange: (doc: string) => void;
  onBlur: () => void;
}) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'haven-entry',
        theme,
        nodes: [HeadingNode, QuoteNode],
        editorState: initialDoc,
        onError: (error) => {
          throw error;
        },
      }}
    >
      <div className="editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="editor-input"
              aria-label="Entry"
              aria-placeholder={placeholder}
              placeholder={<div className="editor-placeholder">{placeholder}</div>}
              spellCheck
              onBlur={onBlur}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <OnChangePlugin
          ignoreSelectionChange
          onChange={(state: EditorState) => onChange(JSON.stringify(state.toJSON()))}
        />
      </div>
    </LexicalComposer>
  );
}

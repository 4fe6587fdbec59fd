import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { LexicalEditor } from 'lexical';
import { useState, type RefObject } from 'react';
import { ENTRY_HTML } from './html';
import { ENTRY_TRANSFORMERS } from './markdown';
import { ENTRY_NODES } from './nodes';
import { CheckListRolePlugin } from './plugins/CheckListRolePlugin';
import { ContentRulesPlugin } from './plugins/ContentRulesPlugin';
import { DocumentChangePlugin } from './plugins/DocumentChangePlugin';
import { FieldNavigationPlugin } from './plugins/FieldNavigationPlugin';
import { FirstWritingSpacePlugin } from './plugins/FirstWritingSpacePlugin';
import { FocusModePlugin } from './plugins/FocusModePlugin';
import { LinkDialogPlugin } from './plugins/LinkDialogPlugin';
import { LinkOpenPlugin } from './plugins/LinkOpenPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { TagTypeaheadPlugin } from './plugins/TagTypeaheadPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { WordCountPlugin } from './plugins/WordCountPlugin';
import { theme } from './theme';
import { safeLinkUrl } from './url';
import { VocabularyProvider } from './vocabulary';
import './editor.css';
import './fields/fields.css';
import { Button } from '../components/Button';

// A URL pasted over selected words becomes a link only if it is one Haven would keep as it is.
const isLinkable = (url: string) => safeLinkUrl(url) === url;

/**
 * The writing surface: a Lexical rich-text editor whose serialized state is the entry's document.
 * `initialDoc` is read once; the editor owns the text after that. `onChange` receives the document at most
 * every 300 ms while typing and at once on blur, before a lock and on unmount.
 */
export function EntryEditor({
  initialDoc,
  placeholder,
  onChange,
  onBlur,
  onWordCount,
  autoFocus = false,
  startWriting = false,
  editorRef,
}: {
  initialDoc: string | null;
  placeholder: string;
  onChange: (doc: string) => void;
  onBlur: () => void;
  /** The entry's word count, a moment after typing pauses. */
  onWordCount?: (words: number) => void;
  autoFocus?: boolean;
  /** Put the caret in the first writing space when the entry opens, unless the person is already elsewhere. */
  startWriting?: boolean;
  /** Set to the editor while it is mounted, for actions from outside it (inserting tonight's prompt). */
  editorRef?: RefObject<LexicalEditor | null>;
}) {
  const [focusMode, setFocusMode] = useState(false);
  return (
    <VocabularyProvider>
      <LexicalComposer
        initialConfig={{
          namespace: 'haven-entry',
          theme,
          nodes: ENTRY_NODES,
          html: ENTRY_HTML,
          editorState: initialDoc,
          onError: (error) => {
            throw error;
          },
        }}
      >
        <div className="ed-root">
          <ToolbarPlugin focusMode={focusMode} />
          <div className="ed-surface">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="ed-input"
                  ariaLabel="Entry"
                  ariaMultiline
                  aria-placeholder={placeholder}
                  placeholder={<div className="ed-placeholder">{placeholder}</div>}
                  spellCheck
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
        </div>
        <div className="ed-footer">
          <WordCountPlugin {...(onWordCount ? { onWordCount } : {})} />
          {focusMode && (
            <Button variant="link" className="ed-leave-focus" onClick={() => setFocusMode(false)}>
              Leave distraction-free mode (<kbd>Esc</kbd>)
            </Button>
          )}
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <CheckListPlugin />
        <CheckListRolePlugin />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
        <LinkPlugin validateUrl={isLinkable} />
        <MarkdownShortcutPlugin transformers={ENTRY_TRANSFORMERS} />
        <ContentRulesPlugin />
        <ShortcutsPlugin />
        <FocusModePlugin on={focusMode} onToggle={setFocusMode} />
        <LinkDialogPlugin />
        <LinkOpenPlugin />
        <DocumentChangePlugin onChange={onChange} onBlur={onBlur} />
        <FieldNavigationPlugin />
        {editorRef && <EditorRefPlugin editorRef={editorRef} />}
        <TagTypeaheadPlugin />
        {autoFocus && <AutoFocusPlugin />}
        {startWriting && <FirstWritingSpacePlugin />}
      </LexicalComposer>
    </VocabularyProvider>
  );
}

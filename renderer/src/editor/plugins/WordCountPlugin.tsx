import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { wordsCount } from '../../../../resources/words/plural';

/** The same rule main/journal/derive.ts counts by, so this number matches the one the Timeline shows. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

// The root's text is cached by the reconciler, so reading it costs nothing; counting is the only work.
const wordsIn = (state: EditorState) => state.read(() => countWords($getRoot().getTextContent()));

/**
 * "312 words" under the editor. Counted a moment after typing pauses, never on the keystroke itself, and
 * shown in plain text: announcing it on every change would talk over the writing.
 */
export function WordCountPlugin({
  onWordCount,
  waitMs = 250,
}: {
  onWordCount?: (words: number) => void;
  waitMs?: number;
}) {
  const [editor] = useLexicalComposerContext();
  const [words, setWords] = useState(() => wordsIn(editor.getEditorState()));
  const report = useRef(onWordCount);
  useLayoutEffect(() => {
    report.current = onWordCount;
  });

  useEffect(() => {
    report.current?.(wordsIn(editor.getEditorState()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      timer = undefined;
      const next = wordsIn(editor.getEditorState());
      setWords(next);
      report.current?.(next);
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      timer ??= setTimeout(count, waitMs);
    });
    return () => {
      unregister();
      clearTimeout(timer);
    };
  }, [editor, waitMs]);

  return (
    <p className="ed-word-count" aria-live="off">
      {wordsCount(words)}
    </p>
  );
}

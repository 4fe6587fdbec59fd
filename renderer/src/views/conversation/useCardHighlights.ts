import { useEffect, type RefObject } from 'react';
import { coach } from '../../conversation/coach';

const NAME = 'haven-coach';
const BLOCKS = 'p, h1, h2, h3, li, blockquote';

/**
 * Underlines the coach's finds in the editor with the CSS Custom Highlight API: ranges painted over the text, so
 * the editor's DOM and its document are never touched. Each block is read on its own, as the list reads them.
 */
export function useCardHighlights(surface: RefObject<HTMLElement | null>, version: unknown): void {
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const frame = requestAnimationFrame(() => {
      const root = surface.current?.querySelector('[contenteditable="true"]');
      if (!root) return;
      const ranges: Range[] = [];
      for (const block of root.querySelectorAll(BLOCKS)) {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const nodes: { node: Text; start: number }[] = [];
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node: node as Text, start: text.length });
          text += (node as Text).data;
        }
        const at = (offset: number) => {
          const found = [...nodes].reverse().find((n) => n.start <= offset) ?? nodes[0];
          return found ? { node: found.node, offset: Math.min(offset - found.start, found.node.data.length) } : null;
        };
        for (const mark of coach(text)) {
          const start = at(mark.start);
          const end = at(mark.end);
          if (!start || !end) continue;
          const range = document.createRange();
          range.setStart(start.node, start.offset);
          range.setEnd(end.node, end.offset);
          ranges.push(range);
        }
      }
      CSS.highlights.set(NAME, new Highlight(...ranges));
    });
    return () => cancelAnimationFrame(frame);
  }, [surface, version]);

  useEffect(
    () => () => {
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(NAME);
    },
    [],
  );
}

import type { ReactNode } from 'react';
import type { ActionId } from './actions';

const svg = (paths: ReactNode) => (
  <svg
    viewBox="0 0 24 24"
    width="18"
    height="18"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {paths}
  </svg>
);

// Letters drawn by CSS (::before), not text: the button's name is its label, and "H1" as visible text would
// contradict "Heading 1".
const glyph = (text: string, className: string) => (
  <span className={`ed-glyph ${className}`} data-glyph={text} aria-hidden="true" />
);

/** What each toolbar button shows; its name comes from the action's label, never from these. */
export const ICONS: Record<ActionId, ReactNode> = {
  undo: svg(
    <>
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10a6 6 0 0 1 0 12h-3" />
    </>,
  ),
  redo: svg(
    <>
      <path d="m15 14 5-5-5-5" />
      <path d="M20 9H10a6 6 0 0 0 0 12h3" />
    </>,
  ),
  paragraph: svg(
    <>
      <path d="M13 4v16M17 4v16" />
      <path d="M19 4H9.5a4.5 4.5 0 0 0 0 9H13" />
    </>,
  ),
  h1: glyph('H1', 'ed-glyph-heading'),
  h2: glyph('H2', 'ed-glyph-heading'),
  h3: glyph('H3', 'ed-glyph-heading'),
  bold: glyph('B', 'ed-glyph-bold'),
  italic: glyph('I', 'ed-glyph-italic'),
  underline: glyph('U', 'ed-glyph-underline'),
  bullet: svg(
    <>
      <path d="M9 6h12M9 12h12M9 18h12" />
      <path d="M4 6h.01M4 12h.01M4 18h.01" strokeWidth="3" />
    </>,
  ),
  number: svg(
    <>
      <path d="M10 6h11M10 12h11M10 18h11" />
      <path d="M4 4h1v5M3.5 9h3" strokeWidth="1.6" />
      <path d="M3.5 14.5a1.5 1.5 0 0 1 3 .3c0 1.2-3 2.2-3 3.7h3" strokeWidth="1.6" />
    </>,
  ),
  check: svg(
    <>
      <path d="m3 7 2 2 4-4M3 17l2 2 4-4" />
      <path d="M13 7h8M13 17h8" />
    </>,
  ),
  quote: svg(
    <>
      <path d="M4 5v14" />
      <path d="M9 7h11M9 12h11M9 17h7" />
    </>,
  ),
  link: svg(
    <>
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </>,
  ),
  focus: svg(
    <>
      <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    </>,
  ),
};

import type { ReactNode } from 'react';
import './chip.css';

/**
 * A word as a chip: a trigger, an emotion, a need or a person's own tag, in the colour its word was given.
 * The same chip in the writing, on a card and in a list; a picker's chosen words (editor/fields) are the
 * interactive kind, drawn from the same tokens.
 */
export function Chip({
  kind,
  colour,
  title,
  className,
  children,
}: {
  kind: string;
  colour?: string | null;
  title?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={`chip chip-${kind}${className ? ` ${className}` : ''}`}
      data-colour={colour ?? undefined}
      title={title}
    >
      {children}
    </span>
  );
}

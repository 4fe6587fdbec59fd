import type { ReactNode, Ref } from 'react';
import './view-header.css';

/**
 * The top of every view: its title (focused when the view opens, so a screen reader hears where it is), an
 * optional line under it, and the view's own actions at the end of the row.
 */
export function ViewHeader({
  title,
  note,
  actions,
  headingRef,
  level = 1,
}: {
  title: ReactNode;
  /** One line under the title: the date, a count, or what the view is for. Nothing when null or false. */
  note?: ReactNode;
  actions?: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  level?: 1 | 2;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <header className={actions ? 'view-header view-header-row' : 'view-header'}>
      <div className="view-header-text">
        <Heading ref={headingRef} tabIndex={-1}>
          {title}
        </Heading>
        {note !== undefined && note !== null && note !== false && <p className="view-date">{note}</p>}
      </div>
      {actions && <div className="button-row view-header-actions">{actions}</div>}
    </header>
  );
}

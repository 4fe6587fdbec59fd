import type { ReactNode } from 'react';
import './notice.css';

/** A message that says what happened and what to do. Errors are announced at once; status waits its turn. */
export function Notice({ kind, children }: { kind: 'error' | 'info'; children: ReactNode }) {
  return kind === 'error' ? (
    <p role="alert" className="notice notice-error">
      {children}
    </p>
  ) : (
    <p role="status" className="notice notice-info">
      {children}
    </p>
  );
}

/**
 * A view's own messages: the status region is always in the page, so a screen reader announces each new line
 * as it arrives; an error, when there is one, is announced at once.
 */
export function ViewMessages({
  status,
  error,
  className = '',
}: {
  status: string | null;
  error: string | null;
  className?: string;
}) {
  return (
    <>
      <div role="status" className={`manage-status ${className}`.trim()}>
        {status && <p className="notice notice-info">{status}</p>}
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </>
  );
}

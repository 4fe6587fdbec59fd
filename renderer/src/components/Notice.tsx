import type { ReactNode } from 'react';

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

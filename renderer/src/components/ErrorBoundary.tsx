import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './Button';

interface Props {
  /** What stands in for the children once they have failed to render; `retry` renders them again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps one failing part of the window from blanking the rest: React unmounts everything up to the nearest
 * boundary when rendering throws, and without one that is the whole app. Nothing about the error reaches the
 * window (its message may quote an entry); the person sees the fallback, written for them.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Deliberately silent: the console of a packaged app is no place for words from an entry.
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}

/** A view that failed to render: the navigation beside it still works, and trying again often does. */
export function ViewTrouble({ retry }: { retry: () => void }) {
  return (
    <div className="view view-trouble">
      <h1 tabIndex={-1}>This page couldn’t be shown</h1>
      <p>Your journal is safe, and nothing was lost. Try again, or choose another page from the menu.</p>
      <Button variant="secondary" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}

/** The window itself failed to render around the views: locking and unlocking again starts it afresh. */
export function WindowTrouble({ onLock }: { onLock: () => void }) {
  return (
    <main className="view view-trouble">
      <h1 tabIndex={-1}>Haven couldn’t show this window</h1>
      <p>Your journal is safe, and what you saved is kept. Lock it and unlock it again to carry on.</p>
      <Button variant="secondary" onClick={onLock}>
        Lock
      </Button>
    </main>
  );
}

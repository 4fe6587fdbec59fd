import type { SaveState } from './autosaver';

export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? 'Saved'
        : state.kind === 'failed'
          ? state.message
          : '';
  return (
    <p role="status" className={`save-status save-${state.kind}`}>
      {text}
    </p>
  );
}

/**
 * The order of quitting, as a plain function so it can be tested without Electron. Cmd/Ctrl+Q, File → Quit,
 * closing the last window and the OS logging out all arrive as `before-quit` or a window `close`; each of them
 * is held back once, while Haven asks the renderer to save what is pending (bounded) and only then locks the
 * journal. When that is done, `quit()` runs again and this time nothing holds it.
 */
export interface QuitSequenceDeps {
  /** Saves what the renderer holds (with a bounded wait), then locks the journal and releases everything. */
  shutdown(): Promise<void>;
  /** Asks the app to quit again; the second time through, `intercept` lets it go. */
  quit(): void;
}

export interface QuitSequence {
  /**
   * Call from `before-quit` and from the window's `close`. False means "not yet": prevent the default and
   * wait; the sequence calls `quit()` itself once the last words are saved.
   */
  intercept(): boolean;
  readonly done: boolean;
}

export function createQuitSequence(deps: QuitSequenceDeps): QuitSequence {
  let state: 'running' | 'saving' | 'done' = 'running';
  return {
    intercept() {
      if (state === 'done') return true;
      if (state === 'running') {
        state = 'saving';
        // Whatever happens while saving, the app still quits: a save that failed has already said so on screen,
        // and the journal is locked either way.
        void deps
          .shutdown()
          .catch(() => undefined)
          .finally(() => {
            state = 'done';
            deps.quit();
          });
      }
      return false;
    },
    get done() {
      return state === 'done';
    },
  };
}

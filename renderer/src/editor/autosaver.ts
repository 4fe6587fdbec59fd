import type { Entry, ErrorCode, HavenErrorValue, Result } from '../../../preload/contract';
import { DOCUMENT_MAX_CHARS, TOO_LONG_MESSAGE } from '../../../resources/document/readable';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface SaveRequest {
  id?: string;
  date: string;
  title: string;
  template: string;
  doc: string;
}

export interface AutosaverOptions {
  save: (request: SaveRequest) => Promise<Result<Entry>>;
  meta: () => { date: string; title: string; template: string; templateVersion?: number };
  onState: (state: SaveState) => void;
  onSaved?: (entry: Entry) => void;
  debounceMs?: number;
  retryMs?: number;
}

/** With the editor's own 300 ms batching, a pause in typing is saved within about 0.8 s. */
const DEBOUNCE_MS = 500;

/** Refusals of the document itself: trying the same words again can't help, so Haven waits for new ones. */
const REFUSED: ReadonlySet<ErrorCode> = new Set(['document-too-long', 'unreadable-document']);

const failureText = (error: HavenErrorValue) =>
  REFUSED.has(error.code)
    ? `${error.message} Your words are still here, but what you wrote since the last save isn’t saved yet.`
    : `${error.message} Haven will keep trying; your text is still here.`;

/**
 * Saves the newest document shortly after the last change, one save at a time. A failed save keeps the text
 * queued, says what went wrong, and tries again; newer keystrokes always win over an older retry.
 */
export class Autosaver {
  private id: string | undefined;
  private pending: string | null = null;
  private latest: string | null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    id: string | null,
    initialDoc: string | null,
    private readonly options: AutosaverOptions,
  ) {
    this.id = id ?? undefined;
    this.latest = initialDoc;
  }

  change(doc: string): void {
    this.pending = this.latest = doc;
    // "Saved" must never stand beside words that aren't saved yet.
    this.setState({ kind: 'saving' });
    this.schedule(this.options.debounceMs ?? DEBOUNCE_MS);
  }

  /** Something beside the document changed (the title): save the newest document again with it. */
  touch(): void {
    if (this.latest === null) return;
    this.pending = this.latest;
    this.schedule(this.options.debounceMs ?? DEBOUNCE_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    const doc = this.pending;
    if (doc === null) return;
    this.pending = null;
    this.setState({ kind: 'saving' });
    this.inFlight = this.write(doc);
    await this.inFlight;
    this.inFlight = null;
  }

  private state: SaveState['kind'] = 'idle';

  /** Reports a new state once; repeated "saving" while typing would only re-render for nothing. */
  private setState(state: SaveState): void {
    if (state.kind === 'saving' && this.state === 'saving') return;
    this.state = state.kind;
    this.options.onState(state);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /** The saved entry's id, once it has one. */
  get entryId(): string | undefined {
    return this.id;
  }

  /** Whether words are waiting for a save or being saved now. */
  get busy(): boolean {
    return this.pending !== null || this.inFlight !== null;
  }

  private async write(doc: string): Promise<void> {
    // The ceiling is known here too: an entry that outgrew it is told at once, without carrying it to be refused.
    const result: Result<Entry> =
      doc.length > DOCUMENT_MAX_CHARS
        ? { ok: false, error: { code: 'document-too-long', message: TOO_LONG_MESSAGE } }
        : await this.options.save({ ...(this.id ? { id: this.id } : {}), ...this.options.meta(), doc });
    if (result.ok) {
      this.id = result.value.id;
      this.setState({ kind: 'saved' });
      this.options.onSaved?.(result.value);
      return;
    }
    this.pending ??= doc;
    this.setState({ kind: 'failed', message: failureText(result.error) });
    if (!REFUSED.has(result.error.code)) this.schedule(this.options.retryMs ?? 3_000);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}

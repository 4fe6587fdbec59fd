import { useEffect, useState } from 'react';
import type { Card, CardThreshold, Result } from '../../../../preload/contract';
import type { SaveState } from '../../editor/autosaver';
import { registerFlush } from '../../editor/pending';
import { haven } from '../../haven';

const DEBOUNCE_MS = 500;
const RETRY_MS = 3_000;

type Fields = { title: string; doc: string; threshold: CardThreshold | null };

/** Saves a card's newest fields shortly after the last change, one save at a time; a failure retries. */
class CardSaver {
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly id: string,
    private fields: Fields,
    private readonly save: (input: Fields & { id: string }) => Promise<Result<Card>>,
    private readonly onState: (state: SaveState) => void,
  ) {}

  update(patch: Partial<Fields>): void {
    this.fields = { ...this.fields, ...patch };
    this.dirty = true;
    this.onState({ kind: 'saving' });
    this.schedule(DEBOUNCE_MS);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    if (!this.dirty) return;
    this.dirty = false;
    this.inFlight = this.write();
    await this.inFlight;
    this.inFlight = null;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private async write(): Promise<void> {
    const result = await this.save({ id: this.id, ...this.fields });
    if (result.ok) return this.onState({ kind: 'saved' });
    this.dirty = true;
    this.onState({
      kind: 'failed',
      message: `${result.error.message} Haven will keep trying; your text is still here.`,
    });
    this.schedule(RETRY_MS);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }
}

/**
 * Autosave for a conversation card, as entries have it: shortly after the last change, on blur, before a lock and
 * on leaving.
 */
export function useCardSaver(card: Card) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [saver] = useState(
    () =>
      new CardSaver(
        card.id,
        { title: card.title, doc: card.doc, threshold: card.threshold },
        (input) => haven().cards.save(input),
        setState,
      ),
  );

  useEffect(() => {
    const unregister = registerFlush(() => saver.flush());
    return () => {
      unregister();
      void saver.flush().then(() => saver.dispose());
    };
  }, [saver]);

  return {
    state,
    update: (patch: Partial<Fields>) => saver.update(patch),
    flush: () => saver.flush(),
  };
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry, Result } from '../../../preload/contract';
import { DOCUMENT_MAX_CHARS } from '../../../resources/document/readable';
import { Autosaver, type SaveRequest, type SaveState } from '../../../renderer/src/editor/autosaver';

const entry = (request: SaveRequest, id = 'e1'): Entry => ({
  id,
  date: request.date,
  title: request.title,
  template: request.template,
  templateVersion: null,
  doc: request.doc,
  text: request.doc,
  createdAt: '2026-11-25T21:00:00.000Z',
  updatedAt: '2026-11-25T21:00:00.000Z',
  deletedAt: null,
});

function setup(answers: ('ok' | 'fail')[]) {
  const requests: SaveRequest[] = [];
  const states: SaveState[] = [];
  const save = vi.fn(async (request: SaveRequest): Promise<Result<Entry>> => {
    requests.push(request);
    const answer = answers.shift() ?? 'ok';
    return answer === 'ok'
      ? { ok: true, value: entry(request) }
      : { ok: false, error: { code: 'disk', message: 'Your disk is full.' } };
  });
  const saver = new Autosaver(null, null, {
    save,
    meta: () => ({ date: '2026-11-25', title: '', template: 'blank' }),
    onState: (state) => states.push(state),
    debounceMs: 500,
    retryMs: 3_000,
  });
  return { saver, save, requests, states };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves once, shortly after the last change, with the newest text', async () => {
    vi.useFakeTimers();
    const { saver, requests } = setup([]);
    saver.change('I');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('I felt');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('I felt heard');
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(requests.map((r) => r.doc)).toEqual(['I felt heard']);
  });

  it('creates the entry on the first save and updates that same entry afterwards', async () => {
    vi.useFakeTimers();
    const { saver, requests } = setup([]);
    saver.change('one');
    await saver.flush();
    saver.change('two');
    await saver.flush();
    expect(requests[0]?.id).toBeUndefined();
    expect(requests[1]?.id).toBe('e1');
  });

  it('keeps the text after a failed save, says so, and retries until it is saved', async () => {
    vi.useFakeTimers();
    const { saver, requests, states } = setup(['fail', 'fail', 'ok']);
    saver.change('words that must not be lost');
    await saver.flush();
    expect(states.at(-1)).toEqual({
      kind: 'failed',
      message: 'Your disk is full. Haven will keep trying; your text is still here.',
    });
    await vi.advanceTimersByTimeAsync(3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(requests.map((r) => r.doc)).toEqual([
      'words that must not be lost',
      'words that must not be lost',
      'words that must not be lost',
    ]);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });

  it('says plainly when the entry has grown too long to save, without sending it or retrying it', async () => {
    vi.useFakeTimers();
    const { saver, requests, states } = setup([]);
    saver.change('x'.repeat(DOCUMENT_MAX_CHARS + 1));
    await saver.flush();
    expect(states.at(-1)).toEqual({
      kind: 'failed',
      message:
        'This entry has grown too long to save as one. Move part of it into a new entry, and Haven will save both. ' +
        'Your words are still here, but what you wrote since the last save isn’t saved yet.',
    });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(requests).toHaveLength(0);
    saver.change('shorter now');
    await vi.advanceTimersByTimeAsync(500);
    expect(requests.map((r) => r.doc)).toEqual(['shorter now']);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });

  it('does not retry a document the journal refused to save, until the words change', async () => {
    vi.useFakeTimers();
    const { saver, save, states } = setup([]);
    save.mockResolvedValueOnce({
      ok: false,
      error: { code: 'unreadable-document', message: 'Haven couldn’t save this, because it isn’t a document.' },
    });
    saver.change('{"root":');
    await saver.flush();
    expect(states.at(-1)).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/^Haven couldn’t save this/),
    });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('lets newer typing win over an older retry', async () => {
    vi.useFakeTimers();
    const { saver, requests } = setup(['fail', 'ok']);
    saver.change('older');
    await saver.flush();
    saver.change('older and newer');
    await vi.advanceTimersByTimeAsync(500);
    expect(requests.map((r) => r.doc)).toEqual(['older', 'older and newer']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(requests).toHaveLength(2);
  });

  it('saves the newest text again when only the title changed', async () => {
    vi.useFakeTimers();
    const { saver, requests } = setup([]);
    saver.change('body');
    await saver.flush();
    saver.touch();
    await vi.advanceTimersByTimeAsync(500);
    expect(requests.map((r) => r.doc)).toEqual(['body', 'body']);
  });
});

describe('autosave status', () => {
  it('says "Saving…" as soon as there are unsaved words, never a stale "Saved"', async () => {
    vi.useFakeTimers();
    const { saver, states } = setup([]);
    saver.change('first');
    await saver.flush();
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    saver.change('first and more');
    expect(states.at(-1)).toEqual({ kind: 'saving' });
    saver.change('first and more still');
    expect(states.filter((state) => state.kind === 'saving')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });
});

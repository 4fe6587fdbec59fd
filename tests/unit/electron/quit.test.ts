import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHaven, type Haven } from '../../../main/app';
import { createQuitSequence } from '../../../main/electron/quit';
import { createFakePlatform } from '../../../main/platform/fake';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PASSPHRASE = 'lantern orchard kettle seventeen';
const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const doc = (line: string) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [text(line)],
        },
      ],
    },
  });

async function unwrap<T>(result: Promise<unknown>): Promise<T> {
  const answer = (await result) as { ok: boolean; value?: T; error?: unknown };
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as T;
}

/**
 * What the renderer does (App.tsx): on 'save-pending' it flushes the editor's pending words, then says so.
 * `pending` is the text typed since the last autosave.
 */
function fakeRenderer(app: Haven, entry: { id?: string; date: string }, pending: () => string | null) {
  let stopped = false;
  void (async () => {
    while (!stopped) {
      const next = (await app.router.handle('app:nextEvent', undefined)) as { ok: boolean; value?: { type: string } };
      if (!next.ok || !next.value) return;
      if (next.value.type === 'save-pending') {
        const words = pending();
        if (words !== null) await app.router.handle('entries:save', { ...entry, doc: doc(words) });
        await app.router.handle('app:saved', undefined);
      }
    }
  })();
  return () => (stopped = true);
}

function start(dataDir: string) {
  return createHaven({ dataDir, platform: createFakePlatform(), version: '0', platformName: 'test', pollMs: 50 });
}

describe('quitting', () => {
  it('saves the words typed in the last second before the journal locks', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-quit-'));
    dirs.push(dataDir);
    const app = start(dataDir);
    const { vault } = await unwrap<{ vault: { id: string } }>(
      app.router.handle('vaults:create', { name: 'Sam', passphrase: PASSPHRASE }),
    );
    await unwrap(app.router.handle('vaults:unlock', { vaultId: vault.id, passphrase: PASSPHRASE }));
    const saved = await unwrap<{ id: string; date: string }>(
      app.router.handle('entries:save', { date: '2026-12-03', doc: doc('The walk home was quiet.') }),
    );
    // The autosave has not run for these last words yet when Ctrl+Q arrives.
    const stop = fakeRenderer(app, { id: saved.id, date: saved.date }, () => 'The walk home was quiet. Then I called.');

    let quitCalls = 0;
    const quitting = createQuitSequence({ shutdown: () => app.shutdown(), quit: () => quitCalls++ });
    expect(quitting.intercept()).toBe(false);
    // A second Ctrl+Q, or the window's close, while saving: held back too, and no second shutdown.
    expect(quitting.intercept()).toBe(false);
    await expect.poll(() => quitCalls, { timeout: 5_000 }).toBe(1);
    expect(quitting.intercept()).toBe(true);
    expect(app.session.current()).toBeNull();
    stop();

    const again = start(dataDir);
    await unwrap(again.router.handle('vaults:unlock', { vaultId: vault.id, passphrase: PASSPHRASE }));
    const entry = await unwrap<{ text: string }>(again.router.handle('entries:get', { id: saved.id }));
    expect(entry.text).toBe('The walk home was quiet. Then I called.');
    again.dispose();
  });

  it('still quits when saving fails or the renderer never answers', async () => {
    let quits = 0;
    const failing = createQuitSequence({ shutdown: () => Promise.reject(new Error('disk full')), quit: () => quits++ });
    expect(failing.intercept()).toBe(false);
    await expect.poll(() => quits).toBe(1);
    expect(failing.done).toBe(true);

    const dataDir = mkdtempSync(join(tmpdir(), 'haven-quit-'));
    dirs.push(dataDir);
    const app = start(dataDir);
    const started = Date.now();
    await app.shutdown();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('the menu’s Lock saves what is pending before it locks', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-quit-'));
    dirs.push(dataDir);
    const app = start(dataDir);
    const { vault } = await unwrap<{ vault: { id: string } }>(
      app.router.handle('vaults:create', { name: 'Alex', passphrase: PASSPHRASE }),
    );
    await unwrap(app.router.handle('vaults:unlock', { vaultId: vault.id, passphrase: PASSPHRASE }));
    const saved = await unwrap<{ id: string; date: string }>(
      app.router.handle('entries:save', { date: '2026-12-03', doc: doc('First line.') }),
    );
    const stop = fakeRenderer(app, saved, () => 'First line. And the last one.');
    await app.lockAfterSaving('shortcut');
    stop();
    expect(app.session.current()).toBeNull();
    await unwrap(app.router.handle('vaults:unlock', { vaultId: vault.id, passphrase: PASSPHRASE }));
    const entry = await unwrap<{ text: string }>(app.router.handle('entries:get', { id: saved.id }));
    expect(entry.text).toBe('First line. And the last one.');
    app.dispose();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHaven } from '../../../main/app';
import { createFakePlatform } from '../../../main/platform/fake';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function haven() {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-close-'));
  dirs.push(dataDir);
  return createHaven({ dataDir, platform: createFakePlatform(), version: '0', platformName: 'test', pollMs: 50 });
}

describe('closing the window', () => {
  it('tells the renderer to save, and closes as soon as it answers', async () => {
    const app = haven();
    let closed = false;
    const closing = app.saveRendererWork(10_000).then(() => (closed = true));
    expect(await app.router.handle('app:nextEvent', undefined)).toEqual({ ok: true, value: { type: 'save-pending' } });
    expect(closed).toBe(false);
    await app.router.handle('app:saved', undefined);
    await closing;
    expect(closed).toBe(true);
    app.dispose();
  });

  it('does not wait forever for a renderer that never answers', async () => {
    const app = haven();
    const started = Date.now();
    await app.saveRendererWork(100);
    expect(Date.now() - started).toBeLessThan(2_000);
    app.dispose();
  });
});

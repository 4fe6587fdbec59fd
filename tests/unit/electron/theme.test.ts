import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHaven } from '../../../main/app';
import { WINDOW_BACKGROUND, mainWindowOptions } from '../../../main/electron/window-options';
import { createFakePlatform } from '../../../main/platform/fake';
import { writeAppearance } from '../../../main/session/preferences';
import { DEFAULT_APPEARANCE } from '../../../preload/contract';

const ROOT = join(__dirname, '../../..');

describe('the window follows the theme chosen in Appearance', () => {
  it('paints the page’s own background, light or dark, before the page loads', () => {
    const css = readFileSync(join(ROOT, 'renderer/src/styles.css'), 'utf8');
    const bg = /--bg:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css);
    expect(bg, '--bg in styles.css').not.toBeNull();
    expect(WINDOW_BACKGROUND).toEqual({ light: bg![1]!.toLowerCase(), dark: bg![2]!.toLowerCase() });
    expect(mainWindowOptions('/p.js', { width: 1000, height: 700 }, false, false).backgroundColor).toBe(bg![1]);
    expect(mainWindowOptions('/p.js', { width: 1000, height: 700 }, false, true).backgroundColor).toBe(bg![2]);
  });

  it('tells the window’s chrome the stored theme at start, and each new choice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'haven-theme-'));
    writeAppearance(dataDir, { ...DEFAULT_APPEARANCE, theme: 'dark' });
    const platform = createFakePlatform();
    const app = createHaven({ dataDir, platform, version: '0', platformName: 'test' });
    try {
      expect(platform.control.themeSource).toBe('dark');
      const light = await app.router.handle('appearance:set', { ...DEFAULT_APPEARANCE, theme: 'light' });
      expect(light.ok).toBe(true);
      expect(platform.control.themeSource).toBe('light');
      await app.router.handle('appearance:set', { ...DEFAULT_APPEARANCE, theme: 'system' });
      expect(platform.control.themeSource).toBe('system');
      // A choice that isn't one of the three is refused at the contract, and the chrome is left as it was.
      const bad = await app.router.handle('appearance:set', { ...DEFAULT_APPEARANCE, theme: 'sepia' });
      expect(bad.ok).toBe(false);
      expect(platform.control.themeSource).toBe('system');
    } finally {
      app.dispose();
    }
  });
});

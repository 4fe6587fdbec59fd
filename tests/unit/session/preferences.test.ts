import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAppearance, readPreferences, writeAppearance, writePreferences } from '../../../main/session/preferences';
import { Appearance, DEFAULT_APPEARANCE } from '../../../preload/contract';

describe('appearance preferences', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-appearance-'));
    dirs.push(dir);
    return dir;
  };
  const file = (dir: string) => join(dir, 'preferences.json');

  it('start as the system theme, standard text, the serif and the standard line width', () => {
    expect(DEFAULT_APPEARANCE).toEqual({
      theme: 'system',
      textSize: 'standard',
      writingFont: 'serif',
      lineWidth: 'standard',
    });
    expect(readAppearance(dataDir())).toEqual(DEFAULT_APPEARANCE);
  });

  it('come back as chosen, in the same file as the reminder, and neither choice overwrites the other', () => {
    const dir = dataDir();
    writePreferences(dir, { reminderTime: '21:45', openAtLogin: true });
    const chosen: Appearance = { theme: 'dark', textSize: 'larger', writingFont: 'sans', lineWidth: 'wide' };
    writeAppearance(dir, chosen);
    expect(readAppearance(dir)).toEqual(chosen);
    expect(readPreferences(dir)).toEqual({ reminderTime: '21:45', openAtLogin: true });

    writePreferences(dir, { reminderTime: null, openAtLogin: false });
    expect(readAppearance(dir)).toEqual(chosen);
    expect(JSON.parse(readFileSync(file(dir), 'utf8'))).toEqual({
      reminderTime: null,
      openAtLogin: false,
      appearance: chosen,
    });
  });

  it('keep every readable choice when one is not, and start afresh from a file that is not JSON', () => {
    const dir = dataDir();
    writeFileSync(
      file(dir),
      JSON.stringify({
        reminderTime: '22:00',
        openAtLogin: false,
        appearance: { theme: 'purple', textSize: 'larger', writingFont: 'sans' },
      }),
    );
    expect(readAppearance(dir)).toEqual({ ...DEFAULT_APPEARANCE, textSize: 'larger', writingFont: 'sans' });
    expect(readPreferences(dir).reminderTime).toBe('22:00');

    writeFileSync(file(dir), '{ not json');
    expect(readAppearance(dir)).toEqual(DEFAULT_APPEARANCE);
    writeFileSync(file(dir), 'null');
    expect(readAppearance(dir)).toEqual(DEFAULT_APPEARANCE);
  });

  it('are checked by the contract: a theme Haven does not have is refused', () => {
    expect(Appearance.safeParse({ ...DEFAULT_APPEARANCE, theme: 'purple' }).success).toBe(false);
    expect(Appearance.safeParse({ theme: 'dark' }).success).toBe(false);
    expect(Appearance.safeParse({ ...DEFAULT_APPEARANCE, lineWidth: 'narrow' }).success).toBe(true);
  });
});

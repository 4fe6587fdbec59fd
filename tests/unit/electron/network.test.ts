import { describe, expect, it } from 'vitest';
import { contextMenuTemplate } from '../../../main/electron/context-menu';
import { isAllowedRequest, spellcheckPolicy } from '../../../main/electron/network';
import { APP_ORIGIN, APP_URL, resolveAppRequest } from '../../../main/electron/scheme';

describe('no network', () => {
  it('lets the window load only Haven itself', () => {
    expect(isAllowedRequest(`${APP_ORIGIN}/assets/index.js`, APP_URL, true)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', APP_URL, true)).toBe(true);
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'http://localhost:5173/',
      'app://elsewhere/index.html',
      'file:///etc/passwd',
      'wss://example.com/',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isAllowedRequest(url, APP_URL, true), url).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', APP_URL, false)).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173/', false)).toBe(true);
  });

  it('checks spelling only with the operating system’s own checker, and never downloads a dictionary', () => {
    expect(spellcheckPolicy('darwin').enabled).toBe(true);
    expect(spellcheckPolicy('win32').enabled).toBe(true);
    expect(spellcheckPolicy('linux').enabled).toBe(false);
    // Chromium would fetch `${url}${file}.bdic`: Haven's own scheme answers no such file.
    const { dictionaryUrl } = spellcheckPolicy('win32');
    expect(dictionaryUrl.startsWith(`${APP_ORIGIN}/`)).toBe(true);
    expect(resolveAppRequest('/nowhere', { method: 'GET', url: `${dictionaryUrl}en-US-10-1.bdic` }).kind).toBe(
      'refused',
    );
  });

  it('offers spelling suggestions but never "Add to dictionary"', () => {
    const replaced: string[] = [];
    const items = contextMenuTemplate(
      { isEditable: true, misspelledWord: 'recieve', dictionarySuggestions: ['receive'], selectionText: '' },
      (word) => replaced.push(word),
    );
    expect(items[0]?.label).toBe('receive');
    items[0]?.click?.(undefined as never, undefined, undefined as never);
    expect(replaced).toEqual(['receive']);
    expect(items.map((item) => item.role ?? item.label ?? item.type)).toEqual([
      'receive',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    expect(JSON.stringify(items).toLowerCase()).not.toContain('dictionary');
    const reading = contextMenuTemplate(
      { isEditable: false, misspelledWord: '', dictionarySuggestions: [], selectionText: 'a line' },
      () => undefined,
    );
    expect(reading.map((item) => item.role)).toEqual(['copy']);
  });
});

describe('crash dumps', () => {
  it('are never collected: no code in main/ starts Electron’s crash reporter', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../../main');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    const starting = files.filter((file) => /crashReporter/.test(readFileSync(join(root, file), 'utf8')));
    // A crash handler, once started, writes minidumps holding process memory (a renderer's holds what is on screen).
    expect(starting).toEqual([]);
  });
});

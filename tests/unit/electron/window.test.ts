import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../main/electron/sender';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../../main/electron/csp';
import { isAppUrl, mainWindowOptions } from '../../../main/electron/window-options';
import { restoreBounds } from '../../../main/electron/window-state';

const ROOT = join(__dirname, '../../..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('main window', () => {
  const prefs = mainWindowOptions('/app/preload.js', { width: 1000, height: 700 }).webPreferences ?? {};

  it('isolates and sandboxes the renderer with no Node in it', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/preload.js');
  });

  it('keeps web security on and insecure content off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('treats only the app page itself as the app', () => {
    const packaged = 'app://haven/index.html';
    expect(isAppUrl('app://haven/index.html#/today', packaged)).toBe(true);
    expect(isAppUrl('app://haven/assets/index.js', packaged)).toBe(true);
    // Custom schemes all have the origin "null": comparing origins alone would trust any of them.
    expect(isAppUrl('evil://haven/index.html', packaged)).toBe(false);
    expect(isAppUrl('app://evil/index.html', packaged)).toBe(false);
    expect(isAppUrl('app://user@haven/index.html', packaged)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('https://example.com/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/today', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', packaged)).toBe(false);
  });

  it('reopens where it was left, unless that place is off every screen', () => {
    const screen = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(restoreBounds({ x: 100, y: 80, width: 900, height: 700 }, [screen])).toEqual({
      x: 100,
      y: 80,
      width: 900,
      height: 700,
    });
    expect(restoreBounds({ x: 4000, y: 80, width: 900, height: 700 }, [screen])).toEqual({ width: 900, height: 700 });
    expect(restoreBounds('garbage', [screen])).toEqual({ width: 1100, height: 760 });
  });
});

describe('content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows nothing by default and scripts only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin, inline code or eval anywhere', () => {
    for (const [name, values] of policy) {
      for (const value of values) {
        expect(value, name).not.toMatch(/^(https?:|wss?:|\*)/);
        expect(value, name).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval/);
      }
    }
  });

  it('is carried by the built page, which has no inline script of its own', () => {
    const html = readFileSync(join(ROOT, 'renderer/index.html'), 'utf8');
    const built = withContentSecurityPolicy(html);
    expect(built).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('IPC sender check', () => {
  const appUrl = 'file:///opt/Haven/resources/app.asar/out/renderer/index.html';
  const mainFrame = { url: `${appUrl}#/today` };
  const contents = { mainFrame } as unknown as WebContents;
  const event = (sender: unknown, senderFrame: unknown) =>
    ({ sender, senderFrame }) as unknown as Parameters<typeof isTrustedSender>[0];

  it('accepts the app page in the main frame of the app window', () => {
    expect(isTrustedSender(event(contents, mainFrame), contents, appUrl)).toBe(true);
  });

  it('refuses another window, a subframe, a foreign page, or no window at all', () => {
    const other = { mainFrame: { url: appUrl } } as unknown as WebContents;
    expect(isTrustedSender(event(other, other.mainFrame), contents, appUrl)).toBe(false);
    expect(isTrustedSender(event(contents, { url: appUrl }), contents, appUrl)).toBe(false);
    const navigated = { mainFrame: { url: 'https://example.com/' } } as unknown as WebContents;
    expect(isTrustedSender(event(navigated, navigated.mainFrame), navigated, appUrl)).toBe(false);
    expect(isTrustedSender(event(contents, null), contents, appUrl)).toBe(false);
    expect(isTrustedSender(event(contents, mainFrame), null, appUrl)).toBe(false);
  });
});

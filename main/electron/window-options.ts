import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

/**
 * The page's own background in each theme (renderer/src/styles.css, --bg), painted by the window before the page
 * has loaded so that opening Haven in the dark theme never flashes a light window.
 */
export const WINDOW_BACKGROUND = { light: '#f7f3ee', dark: '#1c1917' } as const;

/**
 * The main window's settings, kept as plain data so a unit test can hold every DESIGN §4 promise to account.
 */
export function mainWindowOptions(
  preloadPath: string,
  bounds: WindowBounds,
  spellcheck = false,
  dark = false,
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Haven',
    backgroundColor: dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck,
      safeDialogs: true,
    },
  };
}

/**
 * Whether a URL is one of the app's own pages: app://haven, or the loopback dev server while developing. Scheme
 * and host are compared themselves: a custom scheme's `origin` reads "null", which any other such URL shares.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.protocol === app.protocol && target.host === app.host && !target.username && !target.password;
  } catch {
    return false;
  }
}

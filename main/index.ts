import { app, BrowserWindow } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHaven, type Haven } from './app';
import { registerIpc } from './electron/ipc';
import { launchOptions } from './electron/launch';
import { installMenu } from './electron/menu';
import { spellcheckPolicy } from './electron/network';
import { createElectronPlatform } from './electron/platform';
import { printPdf } from './electron/print';
import { registerAppScheme, serveAppScheme } from './electron/protocol';
import { createQuitSequence } from './electron/quit';
import { hardenSession } from './electron/security';
import { createMainWindow } from './electron/window';
import { createFakePlatform } from './platform/fake';

// One Haven at a time: a second launch focuses the first window instead of opening the vault twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const options = launchOptions({ isPackaged: app.isPackaged, env: process.env, userData: app.getPath('userData') });
  const { dataDir, appUrl } = options;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // e2e specs steer dialogs and power events through these stubs; a packaged build never installs them.
  const testControl = options.testControl ? createFakePlatform({ printPdf }) : null;
  if (testControl) (globalThis as { __havenTest?: unknown }).__havenTest = testControl.control;
  // Before ready: app:// must be known as a standard, secure scheme when the first page loads.
  registerAppScheme();

  let window: BrowserWindow | null = null;
  let haven: Haven | null = null;
  // Quit, the last window closing and logout all save the last words typed before the journal locks.
  const quitting = createQuitSequence({
    shutdown: async () => haven?.shutdown(),
    quit: () => app.quit(),
  });

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    serveAppScheme(join(__dirname, '../renderer'));
    hardenSession(appUrl);
    haven = createHaven({
      dataDir,
      platform: testControl ?? createElectronPlatform(),
      version: app.getVersion(),
      platformName: process.platform,
      // The error's kind only: messages from lower layers could quote what a person wrote.
      onUnexpected: (error) =>
        console.error('Haven: unexpected error', error instanceof Error ? error.name : typeof error),
    });
    const services = haven;
    registerIpc(services.router, () => window, appUrl);
    installMenu(() => void services.lockAfterSaving('shortcut'));
    window = createMainWindow(
      join(__dirname, '../preload/index.js'),
      appUrl,
      dataDir,
      spellcheckPolicy(process.platform).enabled,
    );
    window.on('close', (event) => {
      if (!quitting.intercept()) event.preventDefault();
    });
    window.on('closed', () => (window = null));
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!quitting.intercept()) event.preventDefault();
  });
}

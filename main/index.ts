import { app, BrowserWindow } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHaven, type Haven } from './app';
import { registerIpc } from './electron/ipc';
import { installMenu } from './electron/menu';
import { createElectronPlatform } from './electron/platform';
import { denyAllPermissions } from './electron/security';
import { createMainWindow } from './electron/window';
import { createFakePlatform } from './platform/fake';

// One Haven at a time: a second launch focuses the first window instead of opening the vault twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const dataDir = process.env.HAVEN_DATA_DIR ?? app.getPath('userData');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // e2e specs steer dialogs and power events through these stubs; a packaged build never installs them.
  const testControl = !app.isPackaged && process.env.HAVEN_E2E === '1' ? createFakePlatform() : null;
  if (testControl) (globalThis as { __havenTest?: unknown }).__havenTest = testControl.control;

  let window: BrowserWindow | null = null;
  let haven: Haven | null = null;
  const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    denyAllPermissions();
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
    installMenu(() => services.session.lockNow('shortcut'));
    window = createMainWindow(join(__dirname, '../preload/index.js'), appUrl, dataDir);
    const current = window;
    let closing = false;
    // Closing waits (briefly) for the renderer to save the last words typed; nothing typed is lost on quit.
    current.on('close', (event) => {
      if (closing) return;
      event.preventDefault();
      closing = true;
      void haven?.saveRendererWork().then(() => current.destroy());
    });
    current.on('closed', () => (window = null));
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => haven?.dispose());
}

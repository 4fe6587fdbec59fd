import { BrowserWindow, Menu, nativeTheme, screen } from 'electron';
import { contextMenuTemplate } from './context-menu';
import { hardenWindow } from './security';
import { mainWindowOptions } from './window-options';
import { readWindowState, restoreBounds, writeWindowState } from './window-state';

/** The one window, opened where it was last left, saved again whenever it is moved or resized. */
export function createMainWindow(
  preloadPath: string,
  appUrl: string,
  dataDir: string,
  spellcheck: boolean,
): BrowserWindow {
  const screens = screen.getAllDisplays().map((display) => display.workArea);
  const window = new BrowserWindow(
    mainWindowOptions(
      preloadPath,
      restoreBounds(readWindowState(dataDir), screens),
      spellcheck,
      // Already following the theme chosen in Appearance (see the platform's theme.follow).
      nativeTheme.shouldUseDarkColors,
    ),
  );
  hardenWindow(window, appUrl);
  let saveTimer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (!window.isDestroyed() && !window.isMinimized() && !window.isFullScreen()) {
        writeWindowState(dataDir, window.getNormalBounds());
      }
    }, 400);
  };
  window.webContents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params, (word) => window.webContents.replaceMisspelling(word));
    if (items.length > 0) Menu.buildFromTemplate(items).popup({ window });
  });
  window.on('resize', remember);
  window.on('move', remember);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}

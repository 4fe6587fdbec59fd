import { app, BrowserWindow, clipboard, dialog, nativeTheme, Notification, powerMonitor, shell } from 'electron';
import type { Platform } from '../platform/types';
import { printPdf } from './print';

/** The real desktop, for the app: dialogs are attached to the focused window. */
export function createElectronPlatform(): Platform {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    dialogs: {
      async showOpen(options) {
        const properties: ('openFile' | 'openDirectory' | 'multiSelections')[] = [
          options.directory ? 'openDirectory' : 'openFile',
        ];
        if (options.multiple) properties.push('multiSelections');
        const window = parent();
        const dialogOptions = { title: options.title, filters: options.filters ?? [], properties };
        const result = window
          ? await dialog.showOpenDialog(window, dialogOptions)
          : await dialog.showOpenDialog(dialogOptions);
        return result.canceled ? null : result.filePaths;
      },
      async showSave(options) {
        const window = parent();
        const dialogOptions = {
          title: options.title,
          defaultPath: options.defaultName,
          filters: options.filters ?? [],
        };
        const result = window
          ? await dialog.showSaveDialog(window, dialogOptions)
          : await dialog.showSaveDialog(dialogOptions);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    },
    notify({ title, body }) {
      if (Notification.isSupported()) new Notification({ title, body, silent: false }).show();
    },
    async openExternal(url) {
      const protocol = new URL(url).protocol;
      if (protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:') await shell.openExternal(url);
    },
    clipboard: { writeText: (text) => clipboard.writeText(text) },
    theme: {
      follow: (source) => {
        nativeTheme.themeSource = source;
      },
    },
    printPdf,
    loginItem: {
      get: () => app.getLoginItemSettings().openAtLogin,
      set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled }),
    },
    power: {
      on(event, listener) {
        // Spelled out per event: Electron types each powerMonitor event separately.
        if (event === 'suspend') powerMonitor.on('suspend', listener);
        else powerMonitor.on('lock-screen', listener);
        return () => {
          if (event === 'suspend') powerMonitor.off('suspend', listener);
          else powerMonitor.off('lock-screen', listener);
        };
      },
    },
  };
}

import { app, session, type BrowserWindow } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { isAllowedRequest, spellcheckPolicy } from './network';
import { isAppUrl } from './window-options';

/**
 * The default session, locked down: every permission refused, every request that isn't Haven's own page
 * cancelled before it leaves, the policy sent with every answer, and spelling dictionaries never downloaded.
 */
export function hardenSession(appUrl: string): void {
  const defaults = session.defaultSession;
  defaults.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaults.setPermissionCheckHandler(() => false);
  defaults.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, appUrl, app.isPackaged) });
  });
  // app:// answers carry the policy already; this covers the dev server's pages while developing.
  defaults.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  const spelling = spellcheckPolicy(process.platform);
  defaults.setSpellCheckerEnabled(spelling.enabled);
  if (process.platform !== 'darwin') defaults.setSpellCheckerDictionaryDownloadURL(spelling.dictionaryUrl);
}

/** No new windows, no navigation away from the app, no webviews, and no DevTools in a packaged build. */
export function hardenWindow(window: BrowserWindow, appUrl: string): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (app.isPackaged) {
    contents.on('devtools-opened', () => contents.closeDevTools());
  }
}

import { randomBytes } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import type { Platform } from '../platform/types';
import { PRINT_ORIGIN, PRINT_PARTITION, isAllowedPrintRequest, pdfOptions, printWindowOptions } from './print-options';

/**
 * Printing a page to PDF with the Chromium inside Electron, for the PDF export. The page (the export's book,
 * already self-contained) is handed over in memory through Haven's app:// scheme on a session of its own,
 * kept in memory only, so it never touches the disk and nothing it holds reaches the main window's session.
 * The window that prints is hidden and sandboxed, runs no JavaScript, and that session refuses every request
 * but the page itself, every permission and every navigation.
 */

const pages = new Map<string, string>();
let prepared: Session | null = null;

function printSession(): Session {
  if (prepared) return prepared;
  const print = session.fromPartition(PRINT_PARTITION, { cache: false });
  print.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  print.setPermissionCheckHandler(() => false);
  print.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedPrintRequest(details.url, pages) });
  });
  print.protocol.handle('app', (request) => {
    const html = pages.get(request.url);
    return html === undefined
      ? new Response(null, { status: 404 })
      : new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
  });
  prepared = print;
  return print;
}

export const printPdf: Platform['printPdf'] = async (html, { footerTemplate }) => {
  printSession();
  const url = `${PRINT_ORIGIN}${randomBytes(16).toString('hex')}.html`;
  pages.set(url, html);
  const window = new BrowserWindow(printWindowOptions());
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  try {
    await window.loadURL(url);
    const pdf = await contents.printToPDF(pdfOptions(footerTemplate));
    return new Uint8Array(pdf);
  } finally {
    pages.delete(url);
    window.destroy();
  }
};

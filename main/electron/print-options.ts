import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';

/**
 * The PDF export's print window, as plain data so a unit test can hold it to account (main/electron/print.ts
 * is the glue that uses it): hidden, sandboxed, no Node, no JavaScript, on the in-memory print session.
 */

export const PRINT_PARTITION = 'haven-print';
export const PRINT_ORIGIN = 'app://print/';

export const printWindowOptions = (): BrowserWindowConstructorOptions => ({
  show: false,
  webPreferences: {
    partition: PRINT_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    javascript: false,
    webSecurity: true,
    webviewTag: false,
    webgl: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  },
});

/** Whether the print session lets a request through: only a page it is printing now, or inline data. */
export const isAllowedPrintRequest = (url: string, printing: ReadonlySet<string> | ReadonlyMap<string, unknown>) =>
  (url.startsWith(PRINT_ORIGIN) && printing.has(url)) || url.startsWith('data:');

export const pdfOptions = (footerTemplate: string): PrintToPDFOptions => ({
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate,
});

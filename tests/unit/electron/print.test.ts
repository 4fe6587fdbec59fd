import { describe, expect, it } from 'vitest';
import { isAllowedPrintRequest, pdfOptions, printWindowOptions } from '../../../main/electron/print-options';
import { FOOTER_TEMPLATE } from '../../../main/journal/export/book';

describe('the PDF export’s print window', () => {
  const options = printWindowOptions();
  const prefs = options.webPreferences ?? {};

  it('is hidden, sandboxed, runs no JavaScript and has no Node in it', () => {
    expect(options.show).toBe(false);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.javascript).toBe(false);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBeUndefined();
  });

  it('prints on a session of its own that keeps nothing on disk', () => {
    expect(prefs.partition).toBe('haven-print');
    expect(prefs.partition?.startsWith('persist:')).toBe(false);
  });

  it('lets through only the page it is printing now, and inline data', () => {
    const printing = new Set(['app://print/0123.html']);
    expect(isAllowedPrintRequest('app://print/0123.html', printing)).toBe(true);
    expect(isAllowedPrintRequest('data:font/woff2;base64,AAAA', printing)).toBe(true);
    for (const url of [
      'app://print/other.html',
      'app://haven/index.html',
      'https://fonts.example/font.woff2',
      'file:///etc/passwd',
      'http://127.0.0.1:8080/',
    ]) {
      expect(isAllowedPrintRequest(url, printing), url).toBe(false);
    }
  });

  it('prints A4 with the page number at each foot', () => {
    expect(pdfOptions(FOOTER_TEMPLATE)).toMatchObject({
      pageSize: 'A4',
      displayHeaderFooter: true,
      preferCSSPageSize: true,
      footerTemplate: expect.stringContaining('<span class="pageNumber"></span>'),
    });
  });
});

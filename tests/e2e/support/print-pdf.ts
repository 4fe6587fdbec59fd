import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Platform } from '../../../main/platform/types';

/**
 * The fake platform's printer: the same HTML the app hands Electron's printToPDF, printed by Playwright's
 * Chromium with the same page options. The page is served to a context that runs no JavaScript, and every
 * other request it could make is refused, as in the app.
 */

const PAGE_URL = 'https://print.invalid/book.html';

export function chromiumPrinter(browser: () => Promise<Browser>): Platform['printPdf'] {
  return async (html, { footerTemplate }) => {
    const context = await (await browser()).newContext({ javaScriptEnabled: false });
    try {
      await context.route('**/*', (route) =>
        route.request().url() === PAGE_URL
          ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' })
          : route.abort('blockedbyclient'),
      );
      const page = await context.newPage();
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  };
}

const executablePath = () => {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
};

/** A printer with a headless Chromium of its own, launched on first use; `close` ends it. */
export function launchedPrinter(): { printPdf: Platform['printPdf']; close(): Promise<void> } {
  let launched: Promise<Browser> | null = null;
  const browser = () =>
    (launched ??= chromium.launch({
      executablePath: executablePath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    }));
  return {
    printPdf: chromiumPrinter(browser),
    async close() {
      if (launched) await (await launched).close();
      launched = null;
    },
  };
}

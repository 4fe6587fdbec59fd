import type { Platform } from '../../platform/types';
import { FOOTER_TEMPLATE, bookHtml } from './book';
import { bookFontFaces } from './fonts';
import type { ExportedRow } from './select';

/**
 * A PDF of chosen entries, for printing or handing to a therapist: the book bookHtml makes, printed by
 * Chromium (the platform's printPdf: Electron's printToPDF in the app, Playwright's Chromium in tests), so
 * every script a person writes in shapes and reads as text, and the pages are numbered.
 */
export function entriesPdf(rows: readonly ExportedRow[], name: string, platform: Pick<Platform, 'printPdf'>) {
  return platform.printPdf(bookHtml(rows, { name, fontFaces: bookFontFaces() }), { footerTemplate: FOOTER_TEMPLATE });
}

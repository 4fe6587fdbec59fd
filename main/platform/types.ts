/**
 * Everything only a desktop can do, behind one interface that services receive as a parameter. Electron
 * implements it in main/electron/platform.ts; tests and the e2e bridge use main/platform/fake.ts.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenDialogOptions {
  title: string;
  filters?: FileFilter[];
  directory?: boolean;
  multiple?: boolean;
}

export interface SaveDialogOptions {
  title: string;
  defaultName: string;
  filters?: FileFilter[];
}

export type PowerEvent = 'suspend' | 'lock-screen';

/** The theme a person chose in Appearance: the computer's own, or always light or always dark. */
export type ThemeSource = 'system' | 'light' | 'dark';

export interface PrintPdfOptions {
  /** HTML for each page's foot; Chromium fills in `<span class="pageNumber">` and `<span class="totalPages">`. */
  footerTemplate: string;
}

export interface Platform {
  dialogs: {
    /** The chosen paths, or null when the person cancelled. */
    showOpen(options: OpenDialogOptions): Promise<string[] | null>;
    /** The chosen path, or null when the person cancelled. */
    showSave(options: SaveDialogOptions): Promise<string | null>;
  };
  /** A system notification. Callers pass fixed wording only, never entry text. */
  notify(notification: { title: string; body: string }): void;
  openExternal(url: string): Promise<void>;
  clipboard: { writeText(text: string): void };
  power: { on(event: PowerEvent, listener: () => void): () => void };
  /**
   * The window's own chrome (title bar, menus, scroll bars, native dialogs, the window's background before the
   * page paints) follows the theme chosen in Appearance, as the page does.
   */
  theme: { follow(source: ThemeSource): void };
  /**
   * Prints a self-contained HTML page (everything inline, no script) to PDF with Chromium, in a renderer that
   * runs no JavaScript and loads nothing from anywhere: the PDF export's book (main/journal/export/book.ts).
   */
  printPdf(html: string, options: PrintPdfOptions): Promise<Uint8Array>;
  /** Start Haven when the person logs in to their computer. */
  loginItem: { get(): boolean; set(enabled: boolean): void };
}

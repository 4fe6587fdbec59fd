import { HavenError } from '../errors';
import type { Platform, PowerEvent, ThemeSource } from './types';

/**
 * A platform a test steers: it answers the next dialogs with what the test queued, records notifications,
 * links and clipboard writes, and raises power events on demand.
 */
export interface FakePlatform extends Platform {
  control: {
    willOpen(paths: string[] | null): void;
    willSave(path: string | null): void;
    emitPower(event: PowerEvent): void;
    readonly notifications: { title: string; body: string }[];
    readonly openedLinks: string[];
    readonly clipboardWrites: string[];
    /** The theme the window's chrome was last told to follow. */
    readonly themeSource: ThemeSource;
    /** Every page printed to PDF, as its HTML. */
    readonly printed: string[];
  };
}

export interface FakePlatformOptions {
  /**
   * The Chromium that prints PDFs (tests/support/print-pdf.ts gives Playwright's). Without one, printing
   * fails as it would on a computer that can't.
   */
  printPdf?: Platform['printPdf'];
}

export function createFakePlatform(options: FakePlatformOptions = {}): FakePlatform {
  const openAnswers: (string[] | null)[] = [];
  const saveAnswers: (string | null)[] = [];
  const listeners = new Map<PowerEvent, Set<() => void>>();
  const notifications: { title: string; body: string }[] = [];
  const openedLinks: string[] = [];
  const clipboardWrites: string[] = [];
  const printed: string[] = [];
  let openAtLogin = false;
  let themeSource: ThemeSource = 'system';

  return {
    dialogs: {
      // Nothing queued behaves like a person pressing Cancel.
      showOpen: async () => (openAnswers.length ? (openAnswers.shift() ?? null) : null),
      showSave: async () => (saveAnswers.length ? (saveAnswers.shift() ?? null) : null),
    },
    notify: (notification) => {
      notifications.push(notification);
    },
    openExternal: async (url) => {
      openedLinks.push(url);
    },
    clipboard: {
      writeText: (text) => {
        clipboardWrites.push(text);
      },
    },
    power: {
      on(event, listener) {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    },
    theme: {
      follow: (source) => {
        themeSource = source;
      },
    },
    printPdf: async (html, printOptions) => {
      printed.push(html);
      if (!options.printPdf) throw new HavenError('internal', 'Haven couldn’t make a PDF on this computer.');
      return options.printPdf(html, printOptions);
    },
    loginItem: {
      get: () => openAtLogin,
      set: (enabled) => {
        openAtLogin = enabled;
      },
    },
    control: {
      willOpen: (paths) => openAnswers.push(paths),
      willSave: (path) => saveAnswers.push(path),
      emitPower: (event) => listeners.get(event)?.forEach((listener) => listener()),
      notifications,
      openedLinks,
      clipboardWrites,
      get themeSource() {
        return themeSource;
      },
      printed,
    },
  };
}

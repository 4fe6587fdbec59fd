import { APP_URL } from './scheme';

export interface LaunchInput {
  isPackaged: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Electron's userData folder. */
  userData: string;
}

export interface LaunchOptions {
  dataDir: string;
  /** The page the window loads and the only origin trusted on the IPC channels. */
  appUrl: string;
  /** Whether the e2e stubs for dialogs and power events are installed. */
  testControl: boolean;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A dev server on this computer only: an origin named here is trusted on every channel. */
export function isLoopbackHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname) && !url.username;
  } catch {
    return false;
  }
}

/**
 * Where the journal lives and which page the window trusts. The development switches (a dev server's URL, a
 * data folder elsewhere, the e2e stubs) exist only in an unpackaged build: in the installed app an environment
 * variable must not be able to move a person's journal or hand the IPC bridge to another page.
 */
export function launchOptions({ isPackaged, env, userData }: LaunchInput): LaunchOptions {
  if (isPackaged) return { dataDir: userData, appUrl: APP_URL, testControl: false };
  const devUrl = env.ELECTRON_RENDERER_URL;
  return {
    dataDir: env.HAVEN_DATA_DIR || userData,
    appUrl: devUrl && isLoopbackHttpUrl(devUrl) ? devUrl : APP_URL,
    testControl: env.HAVEN_E2E === '1',
  };
}

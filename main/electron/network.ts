import { isAppUrl } from './window-options';
import { APP_ORIGIN } from './scheme';

/**
 * No network, ever (DESIGN §4): the window may load Haven's own pages and what they embed inline, and nothing
 * else. In development the loopback dev server (and DevTools) count as the app.
 */
export function isAllowedRequest(url: string, appUrl: string, isPackaged: boolean): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (!isPackaged && url.startsWith('devtools:')) return true;
  return isAppUrl(url, appUrl);
}

export interface SpellcheckPolicy {
  /** Whether the window checks spelling at all. */
  enabled: boolean;
  /**
   * Where Chromium would fetch Hunspell dictionaries from: Haven's own scheme, which answers none of them, so a
   * dictionary is never downloaded from anywhere.
   */
  dictionaryUrl: string;
}

/**
 * Spelling is checked only where the operating system has a spellchecker of its own: macOS and Windows.
 * Chromium on Linux would download Hunspell dictionaries from a CDN, and Haven doesn't ship them, so there
 * spelling is not checked rather than asking the network.
 */
export function spellcheckPolicy(platform: NodeJS.Platform): SpellcheckPolicy {
  return {
    enabled: platform === 'darwin' || platform === 'win32',
    dictionaryUrl: `${APP_ORIGIN}/no-dictionaries/`,
  };
}

import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { createHaven } from '../../../main/app';
import { createQuitSequence } from '../../../main/electron/quit';
import { createFakePlatform, type FakePlatform } from '../../../main/platform/fake';
import { BRIDGE_SCRIPT, VERSION } from './paths';
import { chromiumPrinter, launchedPrinter } from './print-pdf';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface BridgePage {
  page: Page;
  platform: FakePlatform;
  /** Every request the page made anywhere but the renderer's own origin: Haven makes none. */
  foreignRequests: string[];
  /** Quits as Cmd/Ctrl+Q does in the app: the same sequence (save what is pending, then lock), then closes. */
  quit(): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1200, height: 800 };

/**
 * The built renderer in Chromium, with `window.haven` calling the real router over a Playwright binding, backed
 * by real encrypted vaults in `dataDir`. Only the transport differs from the app.
 */
export async function openBridgePage(
  browser: Browser,
  rendererUrl: string,
  dataDir: string,
  contextOptions: BrowserContextOptions = {},
): Promise<BridgePage> {
  const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, ...contextOptions });
  return attachBridge(context, rendererUrl, dataDir);
}

/** The bridge in a context the caller made (for example a persistent one, whose profile folder a test reads). */
export async function attachBridge(context: BrowserContext, rendererUrl: string, dataDir: string): Promise<BridgePage> {
  // The PDF export prints in the same Chromium the renderer runs in, as the app prints in Electron's; a
  // persistent context has no browser to share, and gets a Chromium of its own when it prints.
  const browser = context.browser();
  const ownPrinter = browser ? null : launchedPrinter();
  const platform = createFakePlatform({
    printPdf: browser ? chromiumPrinter(async () => browser) : ownPrinter!.printPdf,
  });
  const haven = createHaven({
    dataDir,
    platform,
    version: VERSION,
    platformName: process.platform,
    pollMs: 2_000,
    onUnexpected: (error) => console.error('router: unexpected error', error),
  });
  const origin = new URL(rendererUrl).origin;
  const foreignRequests: string[] = [];
  const isForeign = (url: string) =>
    !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin;
  context.on('request', (request) => {
    if (isForeign(request.url())) foreignRequests.push(request.url());
  });
  // The policy stopping a request before it leaves is the policy working, not a request made.
  context.on('requestfailed', (request) => {
    if (!isForeign(request.url()) || !/^csp$|BLOCKED_BY_CSP/.test(request.failure()?.errorText ?? '')) return;
    const index = foreignRequests.indexOf(request.url());
    if (index >= 0) foreignRequests.splice(index, 1);
  });
  await context.exposeBinding('__havenInvoke', (_source, channel: unknown, payload: unknown) =>
    haven.router.handle(channel, payload),
  );
  await context.addInitScript({ path: BRIDGE_SCRIPT });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(rendererUrl);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
    await ownPrinter?.close();
    haven.dispose();
  };
  return {
    page,
    platform,
    foreignRequests,
    async quit() {
      await new Promise<void>((resolve) => {
        const sequence = createQuitSequence({ shutdown: () => haven.shutdown(), quit: resolve });
        sequence.intercept();
      });
      await close();
    },
    close,
  };
}

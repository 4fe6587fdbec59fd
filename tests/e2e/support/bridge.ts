import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { createHaven } from '../../../main/app';
import { createFakePlatform, type FakePlatform } from '../../../main/platform/fake';
import { BRIDGE_SCRIPT, VERSION } from './paths';

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
  close(): Promise<void>;
}

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
  const platform = createFakePlatform();
  const haven = createHaven({
    dataDir,
    platform,
    version: VERSION,
    platformName: process.platform,
    pollMs: 2_000,
    onUnexpected: (error) => console.error('router: unexpected error', error),
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, ...contextOptions });
  await context.exposeBinding('__havenInvoke', (_source, channel: unknown, payload: unknown) =>
    haven.router.handle(channel, payload),
  );
  await context.addInitScript({ path: BRIDGE_SCRIPT });
  const page = await context.newPage();
  await page.goto(rendererUrl);
  return {
    page,
    platform,
    async close() {
      await context.close();
      haven.dispose();
    },
  };
}

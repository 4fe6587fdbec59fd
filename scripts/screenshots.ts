/**
 * Walks the built app through every screen that exists, in light and dark themes, through the e2e bridge, and
 * writes PNGs to screenshots/ (git-ignored). Run with `npm run screenshots`.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, openBridgePage } from '../tests/e2e/support/bridge';
import { buildBridgeScript } from '../tests/e2e/support/global-setup';
import { RENDERER_DIR, ROOT, findChromium } from '../tests/e2e/support/paths';
import { serveStatic } from '../tests/e2e/support/static-server';

const OUT = join(ROOT, 'screenshots');

async function tour(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  const nameBox = page.getByRole('textbox', { name: 'Journal name' });
  await nameBox.waitFor();
  await shot('01-welcome-new-journal');
  await nameBox.fill('Alex');
  await page.getByLabel('Passphrase', { exact: true }).fill('sunlit harbour quiet lantern');
  await page.getByLabel('Confirm passphrase', { exact: true }).fill('sunlit harbour quiet lantern');
  await page.getByText('Very strong').or(page.getByText('Strong')).first().waitFor();
  await shot('02-create-journal-strength');
  await page.getByRole('button', { name: 'Create journal' }).click();
  await page.getByRole('button', { name: 'I have saved my recovery key' }).waitFor();
  await shot('03-recovery-key');
  await page.getByRole('button', { name: 'I have saved my recovery key' }).click();
  const editor = page.getByRole('textbox', { name: 'Entry' });
  await editor.waitFor();
  await shot('04-today-empty');
  await editor.click();
  await page.keyboard.type(
    'We talked about the weekend plans and I noticed my chest tighten when the plan changed again. ' +
      'I told myself it meant I did not matter. What I needed underneath was to be asked first.',
  );
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  await shot('05-today-writing');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  await shot('06-timeline');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await shot('07-settings');
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('list', { name: 'Journals' }).waitFor();
  await shot('08-lock-screen');
  await page.getByRole('textbox', { name: 'Passphrase' }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('alert').waitFor();
  await shot('09-wrong-passphrase');
  await page.getByRole('button', { name: 'Restore from backup' }).click();
  await page.getByRole('heading', { name: /Restore Alex/ }).waitFor();
  await shot('10-restore-from-backup');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await buildBridgeScript();
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const { url, server } = await serveStatic(RENDERER_DIR);
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), 'haven-shots-'));
      const bridge = await openBridgePage(browser, url, dataDir, { colorScheme });
      try {
        await tour(bridge.page, async (name) => {
          const file = join(OUT, `${name}-${colorScheme}.png`);
          await bridge.page.screenshot({ path: file });
          console.log(`screenshot: ${file}`);
        });
      } finally {
        await bridge.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

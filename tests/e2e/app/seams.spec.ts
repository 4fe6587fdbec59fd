import { chromium, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../main/electron/csp';
import { expect, test } from '../fixtures';
import { attachBridge, CHROMIUM_ARGS, DEFAULT_VIEWPORT } from '../support/bridge';
import { entryBox } from '../support/editor';
import { createJournal, unlock, writeInToday } from '../support/journal';
import { pickMode } from '../support/paths';

const PASSPHRASE = 'copper heron windmill autumn';

/** Every file under `dir`, with the marker looked for as UTF-8 and as UTF-16 (Chromium's storage uses both). */
function filesHolding(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  const found: string[] = [];
  const walk = (path: string) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path)) walk(join(path, name));
    } else if (stats.isFile()) {
      const bytes = readFileSync(path);
      if (needles.some((needle) => bytes.includes(needle))) found.push(path);
    }
  };
  walk(dir);
  return found;
}

test('quitting right after typing keeps every word', async ({ page, harness }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await writeInToday(page, 'The kettle clicked off. ');
  // No pause for the autosave: Ctrl+Q comes while these words are still only in the editor.
  await page.keyboard.type('Then I said what I needed.');
  const next = await harness.restart();
  await unlock(next, 'Sam', PASSPHRASE);
  await expect(entryBox(next)).toContainText('The kettle clicked off. Then I said what I needed.');
});

test('the renderer is served as the packaged app serves it: the policy and no-store on every answer', async ({
  page,
}) => {
  await expect(page.getByRole('button', { name: 'New journal' }).or(page.getByLabel('Journal name'))).toBeVisible();
  const headers = await page.evaluate(async () => {
    const script = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? '';
    const answers = await Promise.all([fetch(location.href), fetch(script), fetch('/..%2f..%2fpackage.json')]);
    return answers.map((answer) => ({
      status: answer.status,
      csp: answer.headers.get('content-security-policy'),
      cache: answer.headers.get('cache-control'),
      type: answer.headers.get('content-type'),
    }));
  });
  expect(headers[0]).toEqual({
    status: 200,
    csp: CONTENT_SECURITY_POLICY,
    cache: 'no-store',
    type: 'text/html; charset=utf-8',
  });
  expect(headers[1]).toMatchObject({ status: 200, cache: 'no-store', type: 'text/javascript; charset=utf-8' });
  expect(headers[2]).toMatchObject({ status: 403, cache: 'no-store' });
});

/** A night's use: tonight's entry, a new trigger word, search, Timeline, Patterns, lock and unlock. */
async function journey(page: Page, marker: string): Promise<void> {
  await createJournal(page, 'Alex', PASSPHRASE);
  await writeInToday(page, `Tonight ${marker} stayed with me after dinner.`);
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill(marker);
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('main')).toContainText(marker);
  await page.getByRole('link', { name: 'Patterns' }).click();
  await expect(page.getByRole('heading', { name: 'Patterns', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(entryBox(page)).toContainText(marker);
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  await unlock(page, 'Alex', PASSPHRASE);
  await expect(entryBox(page)).toContainText(marker);
}

test('a full journey asks nothing of the network and leaves no word in the browser’s own files', async ({
  mode,
  rendererUrl,
  dataDir,
  page: fixturePage,
}) => {
  const marker = 'Quillmarrow';
  if (mode === 'electron') {
    // The app's Chromium profile is Electron's userData; the data folder still must hold no plaintext.
    await journey(fixturePage, marker);
    expect(filesHolding(dataDir, marker)).toEqual([]);
    return;
  }
  // A persistent profile inside the test's own data folder, so every file Chromium writes can be read back.
  const profile = join(dataDir, 'chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: pickMode().executable,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: DEFAULT_VIEWPORT,
  });
  const bridge = await attachBridge(context, rendererUrl ?? '', dataDir);
  await journey(bridge.page, marker);
  await bridge.close();
  expect(bridge.foreignRequests).toEqual([]);
  // The journey really went through this profile: Chromium wrote its files here.
  expect(readdirSync(profile).length).toBeGreaterThan(0);
  expect(filesHolding(dataDir, marker)).toEqual([]);
});

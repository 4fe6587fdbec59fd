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
import { serveRenderer } from '../tests/e2e/support/static-server';

const OUT = join(ROOT, 'screenshots');

/** The editor's toolbar, its tooltip, the link dialogs and distraction-free mode, after some formatted writing. */
async function editorTour(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Entry' });
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  await editor.locator('p.ed-paragraph').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  for (const line of ['## What helped', '- a slow walk after dinner', 'asking Sam to ']) {
    await page.keyboard.type(line);
    if (line !== 'asking Sam to ') await page.keyboard.press('Enter');
  }
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.type('check in first');
  await page.keyboard.press(`${mod}+b`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('[ ] book the Saturday call');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> I can ask for what I need, and still be kind.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Reread [the note on pausing](https://example.com/pausing-when-it-spikes) before Sunday.');
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  await shot('05a-editor-formatting');

  await page.keyboard.press('Alt+F10');
  await page.keyboard.press('Home');
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(200);
  await shot('05b-editor-toolbar-tooltip');

  await page.keyboard.press('Tab');
  await page.keyboard.press(`${mod}+Alt+k`);
  const address = page.getByRole('textbox', { name: 'Link address' });
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await page.getByRole('alert').waitFor();
  await shot('05c-editor-link-dialog');
  await page.keyboard.press('Escape');

  await editor.getByRole('link', { name: 'the note on pausing' }).click();
  await page.getByRole('dialog', { name: 'Open this link in your browser?' }).waitFor();
  await shot('05d-editor-open-link');
  await page.keyboard.press('Escape');

  await page.keyboard.press(`${mod}+Shift+f`);
  await page.getByRole('navigation', { name: 'Main' }).waitFor({ state: 'hidden' });
  await shot('05e-editor-distraction-free');
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function triggerLogTour(page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Trigger log/ }).click();
  const editor = page.getByRole('textbox', { name: 'Entry' });
  await editor.getByRole('slider', { name: 'Intensity' }).waitFor();
  await editor.locator('p.ed-paragraph').first().click();
  await page.keyboard.type('The message I sent at lunch was still unread at nine.');
  const triggers = editor.getByRole('combobox', { name: 'Triggers' });
  await triggers.fill('unans');
  await page.keyboard.press('Enter');
  const emotions = editor.getByRole('combobox', { name: 'Emotions' });
  for (const word of ['Anxious', 'Lonely']) {
    await emotions.fill(word);
    await page.keyboard.press('Enter');
  }
  await editor.getByRole('combobox', { name: 'How strong: Anxious' }).selectOption('7');
  await editor.getByRole('slider', { name: 'Intensity' }).fill('7');
  await editor.getByRole('radio', { name: 'Withdrew' }).check();
  await emotions.fill('hur');
  await shot('06f-trigger-log');
  await emotions.fill('');
  await editor.getByRole('radio', { name: 'Withdrew' }).scrollIntoViewIfNeeded();
  await shot('06g-trigger-log-fields');
}

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
  // Tonight's page opens on the nightly check-in: write under its first question.
  await editor.locator('p.ed-paragraph').first().click();
  await page.keyboard.type(
    'We talked about the weekend plans and I noticed my chest tighten when the plan changed again. ' +
      'I told myself it meant I did not matter. What I needed underneath was to be asked first.',
  );
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
  await shot('05-today-writing');
  await editorTour(page, shot);
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  await shot('06-timeline');
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: 'Nightly check-in' }).waitFor();
  await shot('06a-new-entry-menu');
  await page.getByRole('menuitem', { name: 'Nightly check-in' }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).waitFor();
  await shot('06b-entry-from-template');
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await page.getByText('Moved to Trash').waitFor();
  await shot('06c-moved-to-trash-undo');
  await page.getByRole('main').getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('heading', { name: 'Trash' }).waitFor();
  await shot('06d-trash');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('chest');
  await page.getByRole('list', { name: 'Results' }).waitFor();
  await shot('06e-search-results');
  await triggerLogTour(page, shot);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await shot('07-settings');
  // Each section of Settings, reached as a person would, through the index.
  const sections = page.getByRole('navigation', { name: 'Settings sections' });
  for (const [section, name] of [
    ['Appearance', 'appearance'],
    ['Security', 'security'],
    ['Reminders', 'reminders'],
    ['Your data', 'data'],
    ['About', 'about'],
  ] as const) {
    await sections.getByRole('link', { name: section }).click();
    await page.waitForTimeout(400);
    await shot(`07-settings-${name}`);
  }
  await page.getByRole('link', { name: 'Manage tags' }).click();
  await page.getByRole('list', { name: 'Triggers' }).waitFor();
  await shot('07a-tags');
  await page.getByRole('link', { name: 'Back to Settings' }).click();
  await page.getByRole('link', { name: 'Manage templates' }).click();
  await page.getByRole('list', { name: 'Templates' }).waitFor();
  await shot('07b-templates');
  await page.getByRole('link', { name: 'View Nightly check-in' }).click();
  await page.getByRole('button', { name: 'Duplicate to edit' }).waitFor();
  await shot('07c-template-builtin');
  await page.getByRole('button', { name: 'Duplicate to edit' }).click();
  await page.getByRole('textbox', { name: 'Template name' }).waitFor();
  await shot('07d-template-editor');
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
  const { url, server } = await serveRenderer(RENDERER_DIR);
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

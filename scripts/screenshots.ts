/**
 * Walks the built app through every screen that exists, in light and dark themes, through the e2e bridge, and
 * writes PNGs to screenshots/ (git-ignored) at the three window sizes Haven is designed for, with an index page
 * (screenshots/index.html) that shows them all at once. Run with `npm run screenshots`.
 *
 * One journey per theme keeps it quick: each screen is reached once and shot at every size by resizing the
 * viewport in place.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, openBridgePage } from '../tests/e2e/support/bridge';
import { buildBridgeScript } from '../tests/e2e/support/global-setup';
import { RENDERER_DIR, ROOT, findChromium } from '../tests/e2e/support/paths';
import { serveRenderer } from '../tests/e2e/support/static-server';

const OUT = join(ROOT, 'screenshots');
const SIZES = [
  { width: 900, height: 600 },
  { width: 1100, height: 760 },
  { width: 1600, height: 1000 },
] as const;
const THEMES = ['light', 'dark'] as const;
type Shot = (name: string) => Promise<void>;

/** Every screen shot so far, in journey order, for the index page. */
const taken: string[] = [];

/**
 * A step of the journey that may not find its screen (a view renamed, a flow changed): it says so and the
 * journey goes on from Today, so one missing screen never costs the rest.
 */
async function step(page: Page, name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.warn(`skipped ${name}: ${(error as Error).message.split('\n')[0]}`);
    await page.keyboard.press('Escape').catch(() => undefined);
    await page.evaluate(() => (window.location.hash = '#/today')).catch(() => undefined);
  }
}

const go = async (page: Page, link: string) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
};

const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});
const textNode = (value: string) => ({
  type: 'text',
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
});
const chip = (kind: string, name: string) => ({ type: 'haven-tag', version: 1, kind, name });

/**
 * Some weeks of evenings, so Timeline is long and Patterns has something to show. The documents are built here
 * and only saved in the page: functions declared inside page.evaluate don't survive the script's transpiler.
 */
async function seedEntries(page: Page): Promise<void> {
  const lines = [
    'Dinner was quiet. I wanted to ask how the call went and waited too long.',
    'A good walk after work; we laughed about the neighbour’s cat again.',
    'The message sat unread all afternoon and I felt my chest tighten.',
    'We planned the weekend together and I felt asked, not told.',
    'Tired tonight. Said thank you for the tea and meant it.',
  ];
  const triggers = ['Unanswered message', 'Plans changed at the last minute', 'Feeling dismissed'];
  const emotions = ['Anxious', 'Relieved', 'Hurt', 'Grateful', 'Lonely'];
  const entries = Array.from({ length: 40 }, (_, n) => {
    const i = n + 1;
    const root = {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        paragraph([textNode(`${lines[i % lines.length]} `)]),
        paragraph([chip('trigger', triggers[i % triggers.length]!), chip('emotion', emotions[i % emotions.length]!)]),
      ],
    };
    return { date: new Date(Date.now() - i * 86_400_000).toISOString().slice(0, 10), doc: JSON.stringify({ root }) };
  });
  await page.evaluate(async (list) => {
    for (const { date, doc } of list) await window.haven.entries.save({ date, template: 'blank', title: '', doc });
  }, entries);
}

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

/** An entry from each built-in template New entry offers, as it opens. */
async function eachTemplate(page: Page, shot: Shot): Promise<void> {
  const builtins = await page.evaluate(async () => {
    const list = await window.haven.templates.list();
    return list.ok ? list.value.filter((t) => t.builtin).map((t) => ({ id: t.id, name: t.name })) : [];
  });
  for (const template of builtins) {
    await step(page, `template ${template.name}`, async () => {
      await page.getByRole('button', { name: 'New entry' }).click();
      await page.getByRole('menuitem', { name: template.name }).click();
      await page.getByRole('textbox', { name: 'Entry' }).waitFor();
      await page.waitForTimeout(200);
      await shot(`06b-template-${template.id}`);
    });
  }
}

async function tour(page: Page, shot: Shot, willOpen: (paths: string[]) => void): Promise<void> {
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
  await shot('04-today-tonight-prompt');
  await step(page, 'patterns empty', async () => {
    await go(page, 'Patterns');
    await page.waitForTimeout(300);
    await shot('04a-patterns-empty');
    await go(page, 'Today');
    await editor.waitFor();
  });
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
  await seedEntries(page);
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  await page.waitForTimeout(300);
  await shot('06-timeline-many');
  await step(page, 'reader', async () => {
    await page.getByRole('main').getByRole('link').filter({ hasText: 'Dinner was quiet' }).first().click();
    await page.getByRole('textbox', { name: 'Entry' }).waitFor();
    await shot('06h-entry-opened');
    await go(page, 'Timeline');
  });
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: 'Nightly check-in' }).waitFor();
  await shot('06a-new-entry-menu');
  await page.getByRole('menuitem', { name: 'Nightly check-in' }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).waitFor();
  await shot('06b-entry-from-template');
  await eachTemplate(page, shot);
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: 'Nightly check-in' }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).waitFor();
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
  await step(page, 'patterns', async () => {
    await go(page, 'Patterns');
    await page.getByRole('table').first().waitFor();
    await shot('06i-patterns');
  });
  await step(page, 'prompts', async () => {
    await go(page, 'Prompts');
    await page.getByRole('list', { name: 'Prompts' }).waitFor();
    await shot('06j-prompts');
    await page.getByRole('list', { name: 'Prompts' }).getByRole('listitem').first().scrollIntoViewIfNeeded();
    await shot('06j2-prompts-list');
  });
  await step(page, 'conversation', async () => {
    await go(page, 'Conversation');
    await shot('06k-conversation');
    await page.getByRole('button', { name: 'New card' }).click();
    await page.getByRole('dialog', { name: 'New card' }).waitFor();
    await shot('06l-new-card');
    const dialog = page.getByRole('dialog', { name: 'New card' });
    const picks = dialog.getByRole('group', { name: 'Entries' }).getByRole('checkbox');
    await picks.nth(0).check();
    await picks.nth(1).check();
    await dialog.getByRole('button', { name: 'Draft card' }).click();
    await page.getByRole('button', { name: 'Start conversation' }).waitFor();
    await page.waitForTimeout(300);
    await shot('06m-card');
    await page.getByRole('button', { name: 'Start conversation' }).click();
    await page.getByRole('heading', { level: 1, name: /^Conversation: / }).waitFor();
    await shot('06n-conversation-mode');
    await page.getByRole('button', { name: 'Start the timer' }).click();
    await page.getByRole('timer', { name: 'Time left' }).waitFor();
    await shot('06n2-conversation-talking');
    await page.getByRole('button', { name: 'Close with repair' }).click();
    await page.getByRole('textbox', { name: 'What I will do differently next time' }).waitFor();
    await shot('06o-conversation-repair');
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  });
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
  await shot('07-settings');
  await step(page, 'export', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('dialog', { name: 'Export' }).waitFor();
    await shot('07e-export');
    await page.keyboard.press('Escape');
  });
  await step(page, 'import preview', async () => {
    willOpen([join(ROOT, 'tests/fixtures/e2e/dayone-journal.zip')]);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).waitFor();
    await shot('07f-import-preview');
    await page.keyboard.press('Escape');
  });
  // Each section of Settings, reached as a person would, through the index.
  await step(page, 'settings sections', async () => {
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
  });
  await page.getByRole('link', { name: 'Manage tags' }).click();
  await page.getByRole('list', { name: 'Triggers' }).waitFor();
  await shot('07a-tags');
  await step(page, 'tag details', async () => {
    const word = page.getByRole('listitem').filter({ has: page.getByText('Unanswered message', { exact: true }) });
    await word.getByRole('button', { name: 'Unanswered message', exact: true }).click();
    // In the middle of the window, so the details and the open menu are both in the picture at every size.
    await word.evaluate((row) => row.scrollIntoView({ block: 'center' }));
    await word.getByRole('button', { name: 'Actions for Unanswered message' }).click();
    await page.getByRole('menu', { name: 'Actions for Unanswered message' }).waitFor();
    await shot('07a2-tags-details-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /^Emotions/ }).click();
    await shot('07a3-tags-emotions');
  });
  await page.getByRole('link', { name: 'Back to Settings' }).click();
  await page.getByRole('link', { name: 'Manage templates' }).click();
  await page.getByRole('list', { name: 'Templates' }).waitFor();
  await shot('07b-templates');
  await step(page, 'template menu', async () => {
    await page.getByRole('button', { name: 'Actions for Nightly check-in' }).click();
    await page.getByRole('menu', { name: 'Actions for Nightly check-in' }).waitFor();
    await shot('07b2-templates-menu');
    await page.keyboard.press('Escape');
  });
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

/** One page showing every shot, grouped by screen, light beside dark at each size. */
function writeIndex(): void {
  const cells = (name: string) =>
    SIZES.flatMap(({ width, height }) =>
      THEMES.map((theme) => {
        const file = `${name}-${width}x${height}-${theme}.png`;
        return `<figure><a href="${file}"><img src="${file}" loading="lazy" alt="${name}, ${width} by ${height}, ${theme}"></a><figcaption>${width}×${height} · ${theme}</figcaption></figure>`;
      }),
    ).join('');
  const sections = taken.map(
    (name) => `<section id="${name}"><h2>${name}</h2><div class="row">${cells(name)}</div></section>`,
  );
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Haven screenshots</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5rem;background:#f6f1ec;color:#2b2521}
nav{columns:4;margin-bottom:2rem}nav a{display:block;color:inherit}
section{margin:0 0 2.5rem}h2{font-size:1rem;margin:0 0 .5rem}
.row{display:flex;gap:.75rem;overflow-x:auto;align-items:flex-start}
figure{margin:0;flex:none}img{height:220px;border:1px solid #cbbfb4;display:block}
figcaption{font-size:12px;color:#5f554c;margin-top:.2rem}
</style>
<h1>Haven screenshots</h1>
<nav>${taken.map((name) => `<a href="#${name}">${name}</a>`).join('')}</nav>
${sections.join('\n')}
</html>`;
  writeFileSync(join(OUT, 'index.html'), html);
  console.log(`index: ${join(OUT, 'index.html')}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await buildBridgeScript();
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const { url, server } = await serveRenderer(RENDERER_DIR);
  try {
    for (const colorScheme of THEMES) {
      const dataDir = mkdtempSync(join(tmpdir(), 'haven-shots-'));
      const bridge = await openBridgePage(browser, url, dataDir, { colorScheme });
      const page = bridge.page;
      const home = SIZES[1];
      await page.setViewportSize(home);
      try {
        await tour(
          page,
          async (name) => {
            for (const size of SIZES) {
              await page.setViewportSize(size);
              // A frame for layout to settle at the new size before the picture.
              await page.evaluate(
                () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
              );
              const file = join(OUT, `${name}-${size.width}x${size.height}-${colorScheme}.png`);
              await page.screenshot({ path: file });
            }
            await page.setViewportSize(home);
            if (!taken.includes(name)) taken.push(name);
            console.log(`screenshot: ${name} (${colorScheme})`);
          },
          (paths) => bridge.platform.control.willOpen(paths),
        );
      } finally {
        await bridge.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    writeIndex();
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

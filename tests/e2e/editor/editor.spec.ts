import { expect, expectAccessible, test } from '../fixtures';
import { documentNodes, formattingToolbar, paste, saved, selectionSettled, startEmpty, tool } from '../support/editor';
import { createJournal } from '../support/journal';

const PASSPHRASE = 'lantern harbour quiet meadow';
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

test('an entry with headings, a bold word and a bulleted list saves and comes back as written', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);

  await tool(page, 'Heading 1').click();
  await expect(tool(page, 'Heading 1')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('A quieter evening');
  await page.keyboard.press('Enter');
  await expect(tool(page, 'Paragraph')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('## After the call');
  await page.keyboard.press('Enter');
  await page.keyboard.type('I felt ');
  await page.keyboard.press(`${MOD}+b`);
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('heard');
  await page.keyboard.press(`${MOD}+b`);
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type(' tonight.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- slow down');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ask first');
  await expect(tool(page, 'Bulleted list')).toHaveAttribute('aria-pressed', 'true');
  await expect(saved(page)).toBeVisible();

  await expect(box.getByRole('heading', { level: 1, name: 'A quieter evening' })).toBeVisible();
  await expect(box.getByRole('heading', { level: 2, name: 'After the call' })).toBeVisible();
  await expect(box.locator('strong')).toHaveText(['heard']);
  await expect(box.getByRole('list').getByRole('listitem')).toHaveText(['slow down', 'ask first']);
  await expect(page.getByText('14 words', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Today' }).click();
  const again = page.getByRole('textbox', { name: 'Entry' });
  await expect(again.getByRole('heading', { level: 2, name: 'After the call' })).toBeVisible();
  await expect(again.locator('strong')).toHaveText(['heard']);
  await expect(again.getByRole('list').getByRole('listitem')).toHaveText(['slow down', 'ask first']);
});

test('every toolbar button is named, shows its shortcut, reflects the selection, and arrow keys move along it', async ({
  page,
}) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);

  const shortcuts: Record<string, string> = {
    Undo: 'Z',
    Redo: 'Shift+Z ⋯+Y',
    Paragraph: 'Alt+0',
    'Heading 1': 'Alt+1',
    'Heading 2': 'Alt+2',
    'Heading 3': 'Alt+3',
    Bold: 'B',
    Italic: 'I',
    Underline: 'U',
    'Bulleted list': 'Shift+8',
    'Numbered list': 'Shift+7',
    'Check list': 'Shift+9',
    Quote: 'Shift+.',
    Link: 'Alt+K',
    'Distraction-free mode': 'Shift+F',
  };
  const buttons = formattingToolbar(page).getByRole('button');
  await expect(buttons).toHaveCount(Object.keys(shortcuts).length);
  for (const [index, [name, keys]] of Object.entries(shortcuts).entries()) {
    const button = buttons.nth(index);
    await expect(button).toHaveAccessibleName(name);
    await expect(button).toHaveAttribute('aria-keyshortcuts', `${MOD}+${keys}`.replace('⋯', MOD));
  }

  // The tooltip names the shortcut too, and shows on keyboard focus, not only on hover.
  await page.keyboard.press('Shift+Tab');
  await expect(tool(page, 'Undo')).toBeFocused();
  const tip = await tool(page, 'Undo').evaluate((element) => {
    const style = getComputedStyle(element, '::after');
    return { text: style.content, visibility: style.visibility };
  });
  expect(tip.text).toMatch(/Undo \((Ctrl\+Z|⌘Z)\)/);
  expect(tip.visibility).toBe('visible');

  // One Tab stop; arrows, Home and End move within the toolbar and wrap around.
  await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'Redo')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(tool(page, 'Distraction-free mode')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tool(page, 'Undo')).toBeFocused();
  await page.keyboard.press('End');
  await expect(tool(page, 'Distraction-free mode')).toBeFocused();
  await expect(formattingToolbar(page).locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();

  // Bold follows the selection.
  await page.keyboard.type('calm and steady');
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await selectionSettled(page, 'steady');
  await page.keyboard.press(`${MOD}+b`);
  await expect(box.locator('strong')).toHaveText(['steady']);
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Home');
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('End');
  await expect(tool(page, 'Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(`${MOD}+i`);
  await expect(tool(page, 'Italic')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(`${MOD}+i`);

  // Each block shortcut turns the paragraph into its block, and the toolbar says so; pressed again, it turns back.
  const blocks: [string, string, string][] = [
    [`${MOD}+Alt+2`, 'Heading 2', 'h2'],
    [`${MOD}+Alt+3`, 'Heading 3', 'h3'],
    [`${MOD}+Alt+1`, 'Heading 1', 'h1'],
    [`${MOD}+Shift+8`, 'Bulleted list', 'ul > li'],
    [`${MOD}+Shift+7`, 'Numbered list', 'ol > li'],
    [`${MOD}+Shift+9`, 'Check list', 'li[role="checkbox"]'],
    [`${MOD}+Shift+Period`, 'Quote', 'blockquote'],
  ];
  for (const [keys, name, selector] of blocks) {
    await page.keyboard.press(keys);
    await expect(tool(page, name)).toHaveAttribute('aria-pressed', 'true');
    await expect(box.locator(selector)).toHaveText('calm and steady');
  }
  await page.keyboard.press(`${MOD}+Shift+Period`);
  await expect(tool(page, 'Paragraph')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(`${MOD}+Alt+2`);
  await page.keyboard.press(`${MOD}+Alt+0`);
  await expect(tool(page, 'Paragraph')).toHaveAttribute('aria-pressed', 'true');
  await expect(box.locator('p')).toHaveText(['calm and steady']);

  // A toolbar button works from the keyboard too, on the editor's selection.
  await page.keyboard.press('Shift+Control+ArrowLeft');
  await selectionSettled(page, 'steady');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(tool(page, 'Underline')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(tool(page, 'Underline')).toHaveAttribute('aria-pressed', 'true');
  await expect(box.locator('.ed-underline')).toHaveText(['steady']);
});

test('Markdown shortcuts become blocks and formats while typing, limited to what an entry holds', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);
  const lines = [
    '# A title',
    '### A small heading',
    '1. first',
    'second',
    '',
    '> quoted',
    '',
    '[ ] to do',
    '',
    'Some **strong** and *soft* words, [a link](https://example.com/x).',
    '#### not a heading',
    '```',
  ];
  for (const [index, line] of lines.entries()) {
    if (line) await page.keyboard.type(line);
    if (index < lines.length - 1) await page.keyboard.press('Enter');
  }
  await expect(box.getByRole('heading', { level: 1, name: 'A title' })).toBeVisible();
  await expect(box.getByRole('heading', { level: 3, name: 'A small heading' })).toBeVisible();
  await expect(box.locator('ol > li')).toHaveText(['first', 'second']);
  await expect(box.locator('blockquote')).toHaveText('quoted');
  await expect(box.getByRole('checkbox', { name: 'to do' })).toHaveAttribute('aria-checked', 'false');
  await expect(box.locator('strong')).toHaveText(['strong']);
  await expect(box.locator('em')).toHaveText(['soft']);
  await expect(box.getByRole('link', { name: 'a link' })).toHaveAttribute('href', 'https://example.com/x');
  await expect(box.locator('p').filter({ hasText: 'not a heading' })).toHaveText('#### not a heading');
  await expect(box.locator('code, pre, h4')).toHaveCount(0);
  await expect(box.locator('p').last()).toHaveText('```');
});

test('undo and redo from the keyboard and from the toolbar', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);
  await page.keyboard.type('first thought');
  await expect(tool(page, 'Redo')).toHaveAttribute('aria-disabled', 'true');

  await page.keyboard.press(`${MOD}+z`);
  await expect(box).toHaveText('');
  await expect(tool(page, 'Redo')).not.toHaveAttribute('aria-disabled');
  await page.keyboard.press(`${MOD}+Shift+z`);
  await expect(box).toHaveText('first thought');
  await page.keyboard.press(`${MOD}+z`);
  await page.keyboard.press(`${MOD}+y`);
  await expect(box).toHaveText('first thought');

  await tool(page, 'Undo').click();
  await expect(box).toHaveText('');
  await tool(page, 'Redo').click();
  await expect(box).toHaveText('first thought');
  await expect(box).toBeFocused();
});

test('pasting from a web page keeps the words and only what an entry supports', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);
  await paste(page, {
    'text/html': `
      <meta charset="utf-8"><style>p { color: red }</style>
      <p style="color: red; font-family: 'Comic Sans MS'; font-size: 40px; text-align: center; margin-left: 80px">
        Hello <span style="color: blue; background-color: yellow; font-size: 9px">world</span> <span style="font-family: Impact; color: green">in colour</span>
      </p>
      <table style="border: 3px solid red"><tr><td>cell one</td><td>cell two</td></tr></table>
      <img src="https://example.invalid/pixel.png" alt="tracking pixel">
      <iframe src="https://example.invalid/frame"></iframe>
      <script>window.__pasteRan = true</script>
      <h5 style="color: green">A deep heading</h5>
      <p><s>struck</s> <code>code</code> <mark>marked</mark> <sup>up</sup> <b style="font-size: 30px">strong</b>
        <a href="javascript:window.__pasteRan=true">bad link</a> <a href="https://example.com/ok" style="color: red">good link</a></p>
      <ul><li style="color: purple">listed</li></ul>`,
    'text/plain': 'Hello world in colour',
  });

  await expect(box).toContainText('Hello world in colour');
  await expect(box.locator('p').filter({ hasText: 'cell one' })).toHaveText(/^cell one cell two\s*$/);
  await expect(box.getByRole('heading', { level: 3, name: 'A deep heading' })).toBeVisible();
  await expect(box.locator('[style]')).toHaveCount(0);
  await expect(box.locator('img, table, iframe, script, style, s, code, sup, h4, h5, h6')).toHaveCount(0);
  // A highlight is one of an entry's formats (Obsidian's ==marks== and Day One's highlighter come in as one).
  await expect(box.locator('mark')).toHaveText(['marked']);
  await expect(box.locator('strong')).toHaveText(['strong']);
  await expect(box.getByRole('link')).toHaveText(['good link']);
  await expect(box.getByRole('link')).toHaveAttribute('href', 'https://example.com/ok');
  await expect(box).toContainText('bad link');
  await expect(box.getByRole('listitem')).toHaveText(['listed']);
  expect(await page.evaluate(() => 'pasteRan' in window || '__pasteRan' in window)).toBe(false);

  // The saved document carries no styles or unsupported formats either.
  const nodes = await documentNodes(page);
  const leftovers = nodes.filter(
    (node) =>
      (node.style ?? '') !== '' ||
      (node.textStyle ?? '') !== '' ||
      (typeof node.format === 'number' && node.type === 'text' && (node.format & ~(1 | 2 | 8 | 128)) !== 0) ||
      (typeof node.format === 'string' && node.format !== ''),
  );
  expect(leftovers).toEqual([]);
  expect(nodes.map((node) => node.type)).not.toContain('table');
  await expect(saved(page)).toBeVisible();
});

test('pasting plain text keeps its paragraphs', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);
  await paste(page, { 'text/plain': 'The first paragraph.\n\nThe second one,\nin two lines.' });
  await expect(box).toContainText('The first paragraph.');
  const paragraphs = box.locator('p').filter({ hasText: /\S/ });
  await expect(paragraphs.first()).toHaveText('The first paragraph.');
  await expect(paragraphs.last()).toContainText('in two lines.');
  expect(await paragraphs.count()).toBeGreaterThanOrEqual(2);
});

test('a link is added through a dialog, and clicking it asks before anything opens', async ({ page, mode }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);
  await page.keyboard.type('Read this');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  await selectionSettled(page, 'this');
  await page.keyboard.press(`${MOD}+Alt+k`);

  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  await expect(dialog).toBeVisible();
  const address = dialog.getByRole('textbox', { name: 'Link address' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText(
    'Haven links only to web pages (https:// or http://) and email addresses (mailto:).',
  );
  await expect(address).toHaveAttribute('aria-invalid', 'true');

  // Focus stays inside the dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Add link' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(address).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Add link' })).toBeFocused();

  await address.fill('example.com/evening');
  await address.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(box).toBeFocused();
  const link = box.getByRole('link', { name: 'this' });
  await expect(link).toHaveAttribute('href', 'https://example.com/evening');
  await expect(tool(page, 'Link')).toHaveAttribute('aria-pressed', 'true');

  // Escape closes the dialog and hands focus back.
  await page.keyboard.press(`${MOD}+Alt+k`);
  const edit = page.getByRole('dialog', { name: 'Edit link' });
  await expect(edit.getByRole('textbox', { name: 'Link address' })).toHaveValue('https://example.com/evening');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();
  await expect(box).toBeFocused();

  // A click never navigates: it asks, with the whole address in view.
  const start = page.url();
  const confirm = page.getByRole('dialog', { name: 'Open this link in your browser?' });
  await link.click();
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('https://example.com/evening');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(box).toBeFocused();
  await link.click({ modifiers: [MOD] });
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();

  if (mode === 'bridge') {
    // In the bridge, window.haven is a plain object: record what reaches the main process.
    await page.evaluate(() => {
      const calls: string[] = [];
      const app = window.haven.app;
      const openLink = app.openLink.bind(app);
      (window as unknown as { __openedLinks: string[] }).__openedLinks = calls;
      app.openLink = (input) => {
        calls.push(input.url);
        return openLink(input);
      };
    });
  }
  await link.click({ modifiers: [MOD] });
  await confirm.getByRole('button', { name: 'Open link' }).click();
  await expect(confirm).toBeHidden();
  if (mode === 'bridge') {
    expect(await page.evaluate(() => (window as unknown as { __openedLinks: string[] }).__openedLinks)).toEqual([
      'https://example.com/evening',
    ]);
  }
  expect(page.url()).toBe(start);
  expect(page.context().pages()).toHaveLength(1);

  // The caret in a link, the same shortcut edits it; "Remove link" keeps the words.
  await link.click({ modifiers: [MOD] });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press(`${MOD}+Alt+k`);
  await edit.getByRole('button', { name: 'Remove link' }).click();
  await expect(box.getByRole('link')).toHaveCount(0);
  await expect(box).toHaveText('Read this');

  // With nothing selected, the dialog asks for the words to show too.
  await page.keyboard.press('End');
  await page.keyboard.type(' and write to ');
  await tool(page, 'Link').click();
  const add = page.getByRole('dialog', { name: 'Add a link' });
  await add.getByRole('textbox', { name: 'Link address' }).fill('sam@example.com');
  await add.getByRole('textbox', { name: 'Text to show' }).fill('Sam');
  await add.getByRole('button', { name: 'Add link' }).click();
  await expect(box.getByRole('link', { name: 'Sam' })).toHaveAttribute('href', 'mailto:sam@example.com');
  await page.keyboard.type(' soon');
  await expect(box).toHaveText('Read this and write to Sam soon');
  await expect(box.getByRole('link')).toHaveText(['Sam']);
});

test('distraction-free mode hides the navigation and the toolbar, and Escape brings them back', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const box = await startEmpty(page);
  await page.keyboard.type('Only the page.');

  await page.keyboard.press(`${MOD}+Shift+f`);
  await expect(nav).toBeHidden();
  await expect(formattingToolbar(page)).toBeHidden();
  await expect(box).toBeFocused();
  await page.keyboard.type(' Still writing.');
  await expect(box).toHaveText('Only the page. Still writing.');
  // The way out and the save state stay in sight, at the top of the window, however long the entry.
  const leave = page.getByRole('button', { name: 'Leave distraction-free mode' });
  await expect(leave).toBeVisible();
  await expect(leave).toHaveText('Leave distraction-free mode (Esc)');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  for (const element of [leave, page.getByRole('status').filter({ hasText: /^Saved$/ })]) {
    const where = await element.boundingBox();
    expect(where && where.y + where.height).toBeLessThan(80);
  }
  await page.keyboard.press('Escape');
  await expect(nav).toBeVisible();
  await expect(formattingToolbar(page)).toBeVisible();

  await tool(page, 'Distraction-free mode').click();
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Leave distraction-free mode' }).click();
  await expect(nav).toBeVisible();

  await box.click();
  await page.keyboard.press(`${MOD}+Shift+f`);
  await expect(nav).toBeHidden();
  await page.keyboard.press(`${MOD}+Shift+f`);
  await expect(nav).toBeVisible();

  // Leaving the page leaves the mode too.
  await page.keyboard.press(`${MOD}+Shift+f`);
  await expect(nav).toBeHidden();
  await page.keyboard.press(`${MOD}+k`);
  await expect(page.getByRole('searchbox', { name: 'Search entries' })).toBeFocused();
  await expect(nav).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.focusMode)).toBeUndefined();
});

test('Ctrl/Cmd+K and Ctrl/Cmd+L still reach the window from inside the editor', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  await startEmpty(page);
  await page.keyboard.type('Before searching');
  await page.keyboard.press(`${MOD}+k`);
  await expect(page.getByRole('searchbox', { name: 'Search entries' })).toBeFocused();
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByRole('textbox', { name: 'Entry' }).click();
  await page.keyboard.press(`${MOD}+l`);
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
});

test('the editor, its dialogs and distraction-free mode pass axe in light and dark themes', async ({ page }) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  const box = await startEmpty(page);
  await page.keyboard.type('## Tonight');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A calm paragraph with a ');
  await page.keyboard.press(`${MOD}+b`);
  await page.keyboard.type('bold');
  await page.keyboard.press(`${MOD}+b`);
  await page.keyboard.type(' word and [a link](https://example.com).');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Quiet words.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('[ ] call Sam');
  await page.keyboard.press('Enter');
  await page.keyboard.type('rest');
  await box
    .getByRole('checkbox')
    .first()
    .click({ position: { x: 6, y: 10 } });
  await expect(box.getByRole('checkbox').first()).toHaveAttribute('aria-checked', 'true');
  await expect(box.getByRole('link', { name: 'a link' })).toBeVisible();
  await expect(saved(page)).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await box.click();
    await expectAccessible(page);
    await page.keyboard.press('Shift+Tab');
    await expectAccessible(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press(`${MOD}+Alt+k`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('textbox', { name: 'Link address' }).fill('ftp://example.com');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await box.getByRole('link', { name: 'a link' }).click();
    await expect(page.getByRole('dialog', { name: 'Open this link in your browser?' })).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press(`${MOD}+Shift+f`);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
  }
});

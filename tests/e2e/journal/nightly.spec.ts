import { entryBox, saved } from '../support/editor';
import { createJournal, unlock, writeInToday } from '../support/journal';
import { expect, expectAccessible, test } from '../fixtures';

const PASSPHRASE = 'lantern harbour quiet meadow';

/** The editor's live document, read from Lexical itself, in the same JSON form Haven saves. */
async function liveDocument(page: import('@playwright/test').Page): Promise<unknown> {
  return page.evaluate(() => {
    const element = document.querySelector('[contenteditable="true"][aria-label="Entry"]') as
      (HTMLElement & { __lexicalEditor?: { getEditorState(): { toJSON(): unknown } } }) | null;
    return element?.__lexicalEditor?.getEditorState().toJSON() ?? null;
  });
}

test('a nightly entry survives lock and unlock exactly, is found by search, and goes to Trash and back', async ({
  page,
}) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: 'Blank' }).click();
  const editor = page.getByRole('textbox', { name: 'Entry' });
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type('## Evening after the call');
  await page.keyboard.press('Enter');
  await page.keyboard.type('I felt ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('unheard');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' when the plan changed.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ask before changing plans');
  await page.keyboard.press('Enter');
  await page.keyboard.type('take a pause when it spikes');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await expect(editor.getByRole('heading', { name: 'Evening after the call' })).toBeVisible();
  await expect(editor.locator('strong, b, .editor-bold').filter({ hasText: 'unheard' })).toBeVisible();
  await expect(editor.getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page);

  const entryUrl = page.url();
  const before = await liveDocument(page);
  expect(before).not.toBeNull();

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain('unheard');
  await unlock(page, 'Alex', PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto(entryUrl);
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText('unheard');
  expect(await liveDocument(page)).toEqual(before);

  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox', { name: 'Search entries' });
  await expect(search).toBeFocused();
  await search.fill('unhe');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['unheard']);
  await expectAccessible(page);
  await results.getByRole('link').click();
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText('unheard');

  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('Moved to Trash')).toBeVisible();
  await page.getByRole('link', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Entries in Trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByText('Trash is empty.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveCount(1);
  const today = await page.evaluate(async () => {
    const overview = await window.haven.entries.today();
    return overview.ok ? overview.value.date : null;
  });
  await expect(page.locator(`td[data-date="${today}"]`)).toHaveAttribute('data-has-entry', 'true');
  await expect(page.getByRole('cell', { name: /has entries/ })).toHaveCount(1);
  await expectAccessible(page);
});

test('the nightly reminder is turned on from Settings and kept outside the vault', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('checkbox', { name: 'Remind me to write each night' }).check();
  await expect(page.getByRole('checkbox', { name: 'Remind me to write each night' })).toBeChecked();
  const prefs = await page.evaluate(() => window.haven.prefs.get());
  expect(prefs).toMatchObject({ ok: true, value: { reminderTime: '21:30' } });
  await expectAccessible(page);
});

test('Today keeps tonight’s check-in after other entries of the day are written, and lists them under it', async ({
  page,
}) => {
  await createJournal(page, 'Alex', PASSPHRASE);
  await writeInToday(page, 'A slow evening, mostly kind.');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Trigger log/ }).click();
  const log = entryBox(page);
  await expect(log.getByRole('slider', { name: 'Intensity' })).toBeVisible();
  await log.locator('p.ed-paragraph').first().click();
  await page.keyboard.type('The message sat unanswered all afternoon.');
  await expect(saved(page)).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  await expect(entryBox(page)).toContainText('A slow evening, mostly kind.');
  await expect(entryBox(page)).not.toContainText('unanswered');
  const others = page.getByRole('list', { name: 'Also today' });
  await expect(others.getByRole('listitem')).toHaveCount(1);
  await expect(others).toContainText('Trigger log');
  await expect(others).toContainText('The message sat unanswered all afternoon.');
  await others.getByRole('link').click();
  await expect(entryBox(page)).toContainText('The message sat unanswered all afternoon.');
});

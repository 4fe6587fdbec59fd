import { join } from 'node:path';
import { expect, expectAccessible, test } from '../fixtures';
import { createJournal } from '../support/journal';
import { FIXTURES, startImport } from './steps';

const PASSPHRASE = 'harbour lantern copper evening';
/** Real Obsidian notes and a Templater template (tests/fixtures/import/SOURCES.md), as a vault folder. */
const VAULT = join(FIXTURES, 'obsidian-vault');

test('an Obsidian vault comes in without its template, and its table and code open and edit in the editor', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(180_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  const dialog = await startImport(page, dialogs, VAULT);
  await expect(dialog).toContainText('2 entries');
  await expect(dialog).toContainText('nkjdvsbjkds');
  const skipped = dialog.getByRole('list', { name: 'Worth knowing' }).getByRole('listitem');
  await expect(skipped).toHaveText([
    'Templates/tp-daily.md: its date “<% tp.date.now("YYYY-MM-DD HH:mm") %>” can’t be read.',
  ]);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 2 entries.', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('Aligned');
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await results.first().getByRole('link').click();
  const editor = page.getByRole('textbox', { name: 'Entry' });
  const table = editor.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('columnheader')).toHaveText(['Left Aligned', 'Centered', 'Right Aligned']);
  await expect(editor.getByRole('checkbox')).toHaveCount(25);

  // Writing in a cell is writing in the entry: it saves, and search finds it.
  await table.getByRole('cell', { name: 'Cell 5' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and more');
  await expect(table.getByRole('cell', { name: 'Cell 5 and more' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible({ timeout: 15_000 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }

  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('google');
  await expect(results).toHaveCount(1);
  await results.first().getByRole('link').click();
  await expect(editor.locator('code')).toHaveCount(2);
  await expect(editor.locator('code').first()).toContainText('const hello = "";');
});

import { join } from 'node:path';
import { expect, test } from '../fixtures';
import { createJournal } from '../support/journal';
import { ROOT } from '../support/paths';
import { startImport } from './steps';

const PASSPHRASE = 'harbour lantern copper evening';
/** A real Daylio export (tests/fixtures/import/SOURCES-new.md): custom moods, scales, notes with <br>. */
const DAYLIO_CSV = join(ROOT, 'tests/fixtures/import/daylio/scales.csv');

test('a Daylio export comes in with its moods as emotions the editor shows, and its notes line by line', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(120_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  const dialog = await startImport(page, dialogs, DAYLIO_CSV);
  await expect(dialog).toContainText('a Daylio export');
  await expect(dialog).toContainText('7 entries');
  await expect(dialog).toContainText('so they came in as tags: “laughing”, “vaguely ok”, “tired” and “vaguely bad”.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 7 entries.', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('Bruuuuh');
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await results.first().getByRole('link').click();
  // The mood "helpless" is Haven's emotion Helpless, in a field whose strength you can still set.
  await expect(page.getByRole('list', { name: 'Chosen emotions' })).toContainText('Helpless');
  await expect(page.getByRole('combobox', { name: 'How strong: Helpless' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText('Bruuuuh.');

  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('virtual');
  await expect(results).toHaveCount(1);
  await results.first().getByRole('link').click();
  const editor = page.getByRole('textbox', { name: 'Entry' });
  // "Who knows.<br><br>Am I [[virtual]]?" reads as two lines with an empty one between.
  await expect(editor.locator('p').nth(0)).toHaveText('Who knows.');
  await expect(editor.locator('p').nth(2)).toHaveText('Am I [[virtual]]?');
});

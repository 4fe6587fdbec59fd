import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, test } from '../fixtures';
import { createJournal } from '../support/journal';
import { importDayOne, openSettings } from './steps';

const PASSPHRASE = 'willow station amber tide';

/** The Markdown files in an export zip, by name. */
function markdownFiles(path: string): Map<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return new Map(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.md'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

test('Markdown export says it is not encrypted, then writes one file per entry that reads back', async ({
  page,
  dialogs,
}, testInfo) => {
  test.setTimeout(180_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  await importDayOne(page, dialogs);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Format' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Markdown (.zip)' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Markdown (.zip)' })).toBeFocused();
  await expect(dialog.getByRole('radio', { name: 'Everything' })).toBeChecked();
  await expect(dialog).toContainText(/An export isn.t encrypted: anyone who opens the file can read it\./);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Cancelling the save dialog writes nothing and leaves the dialog open.
  await dialogs.willSave(null);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  await expect(dialog).toBeVisible();

  const everything = testInfo.outputPath('journal.zip');
  await dialogs.willSave(everything);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toBeHidden();
  const status = page.getByRole('status').filter({ hasText: 'Exported 5 entries' });
  await expect(status).toContainText(everything);
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();

  expect(existsSync(everything)).toBe(true);
  const files = markdownFiles(everything);
  expect(files.size).toBe(5);
  const cliff = [...files.values()].find((text) => text.includes('lighthouse'));
  expect(cliff, 'the cliff path entry').toBeDefined();
  expect(cliff).toMatch(/^---\n/);
  expect(cliff).toMatch(/2023-09-14/);
  expect(cliff).toMatch(/walks/);
  expect(cliff).toMatch(/gratitude/);
  // The entry's opening heading became its title, and goes back out as the title in the front matter.
  expect(cliff).toMatch(/^title: Cliff path$/m);
  expect(cliff).toMatch(/\*\*lighthouse\*\*/);

  // One tag, chosen by keyboard: only the entries that hold it.
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('radio', { name: 'Markdown (.zip)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: 'Everything' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Entries with one tag' })).toBeChecked();
  await page.keyboard.press('Tab');
  const tag = dialog.getByRole('combobox', { name: 'Tag' });
  await expect(tag).toBeFocused();
  await tag.selectOption('walks');
  const walks = testInfo.outputPath('walks.zip');
  await dialogs.willSave(walks);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 entries' })).toContainText(walks);
  const walkFiles = [...markdownFiles(walks).values()];
  expect(walkFiles).toHaveLength(2);
  for (const text of walkFiles) expect(text).toMatch(/walks/);

  // The PDF is a book whose words are real text: a title page, then each entry with its title.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  const book = testInfo.outputPath('journal.pdf');
  await dialogs.willSave(book);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported 5 entries' })).toContainText(book);
  const words = execFileSync('pdftotext', ['-enc', 'UTF-8', book, '-'], { encoding: 'utf8' });
  expect(words).toContain('5 entries');
  expect(words).toContain('Cliff path');
  expect(words).toMatch(/lighthouse/);
});

test('the export dialog keeps a date range in order and closes with Escape', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await openSettings(page);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'Between two dates' }).check();
  await dialog.getByLabel('First day').fill('2024-05-01');
  await dialog.getByLabel('Last day').fill('2024-04-01');
  await expect(dialog).toContainText('The first day comes after the last day.');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
});

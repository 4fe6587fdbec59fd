import { expect, expectAccessible, test } from '../fixtures';
import { createJournal, writeInToday } from '../support/journal';
import { BAD_DATE, DAY_ONE_ZIP, NOT_JSON, openSettings, startImport, timelineEntries } from './steps';

const PASSPHRASE = 'harbour lantern copper evening';

test('a Day One export comes in after a preview, by keyboard, and its entries are found by search and tag', async ({
  page,
  dialogs,
}) => {
  // Two imports, a search and axe in two themes: slow on a busy 2-core machine.
  test.setTimeout(180_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  await openSettings(page);
  await dialogs.willOpen([DAY_ONE_ZIP]);
  await page.getByRole('button', { name: 'Import…' }).focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('dayone-journal.zip');
  await expect(dialog).toContainText('5 entries');
  await expect(dialog).toContainText('September 14, 2023');
  await expect(dialog).toContainText('May 3, 2024');
  for (const tag of ['gratitude', 'Lonely', 'morning pages', 'walks']) await expect(dialog).toContainText(tag);
  // The photo stays behind, and the preview says so before anything is written.
  await expect(dialog.getByRole('listitem').filter({ hasText: /^Photos: 1 skipped\./ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeFocused();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Every value the progress bar shows while the import runs, however quickly it runs.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      const now = bar?.getAttribute('aria-valuenow');
      if (now != null && seen[seen.length - 1] !== now) seen.push(now);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText(/Imported 5 entries\./, { timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.length, 'the progress bar showed while the import ran').toBeGreaterThan(0);

  const toTimeline = dialog.getByRole('link', { name: 'See them in the Timeline' });
  await expect(toTimeline).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Entries' }).getByRole('listitem');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: 'morning pages' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'walks' })).toHaveCount(2);

  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('lighthouse');
  const results = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('gratitude');
  await results.first().getByRole('link').click();
  const editor = page.getByRole('textbox', { name: 'Entry' });
  // Day One's opening heading became the entry's title, and its Markdown the editor's own bold and list.
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Cliff path');
  await expect(page.getByRole('heading', { level: 1, name: 'Thursday, September 14, 2023' })).toBeVisible();
  await expect(editor.locator('strong').filter({ hasText: 'lighthouse' })).toBeVisible();
  await expect(editor.getByRole('listitem')).toHaveCount(2);

  // The same file again brings nothing twice.
  const again = await startImport(page, dialogs, DAY_ONE_ZIP);
  await expect(again).toContainText('5 entries are already in your journal');
  await expect(again.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(again).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import…' })).toBeFocused();
  await expect(await timelineEntries(page)).toHaveCount(5);
});

test('a file that is not a journal is refused in words; one entry nobody can read is listed and the rest offered', async ({
  page,
  dialogs,
}) => {
  test.setTimeout(120_000);
  await createJournal(page, 'Sam', PASSPHRASE);
  await writeInToday(page, 'Only this entry, before any import.');
  await expect(await timelineEntries(page)).toHaveCount(1);

  await openSettings(page);
  await dialogs.willOpen([NOT_JSON]);
  await page.getByRole('button', { name: 'Import…' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not-a-journal.json');
  await expect(alert).toContainText(/JSON/);
  await expect(page.getByRole('dialog', { name: 'Import' })).toHaveCount(0);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }

  // A Day One file with one entry whose date can't be read: the rest comes in, and the preview says which and why.
  await dialogs.willOpen([BAD_DATE]);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toContainText('1 entry');
  const skipped = dialog.getByRole('list', { name: 'Worth knowing' }).getByRole('listitem');
  await expect(skipped).toHaveText(['dayone-bad-date.json, entry 2: its date “the Tuesday after next” can’t be read.']);
  await expect(dialog).not.toContainText('already in your journal');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  const rows = await timelineEntries(page);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Only this entry, before any import.');
});

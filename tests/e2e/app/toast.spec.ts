import type { Page } from '@playwright/test';
import { createJournal, writeInToday } from '../support/journal';
import { expect, expectAccessible, test } from '../fixtures';

const WORDS = 'The kettle sang while we talked';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

/** Opens the entry from Timeline and moves it to Trash, as a person would. */
async function moveAnEntryToTrash(page: Page): Promise<void> {
  await nav(page, 'Timeline').click();
  await page.getByRole('list', { name: 'Entries' }).getByRole('link').first().click();
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText(WORDS);
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
}

const toast = (page: Page) => page.getByRole('status').filter({ hasText: 'Moved to Trash' });

test('"Moved to Trash" goes away by itself, closes at once, and Undo still brings the entry back', async ({ page }) => {
  await createJournal(page, 'Alex', 'alex pass harbour lantern');
  await writeInToday(page, WORDS);

  await moveAnEntryToTrash(page);
  await expect(toast(page)).toBeVisible();
  await expectAccessible(page);
  // It doesn't follow the person around: a few seconds later, on whatever screen, it's gone.
  await page.mouse.move(1, 1);
  await nav(page, 'Search').click();
  await expect(toast(page)).toBeHidden({ timeout: 10_000 });

  // Undo puts the entry back, and the close button dismisses the next one at once.
  await nav(page, 'Timeline').click();
  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the entry' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the entry' })).toHaveCount(0);

  await moveAnEntryToTrash(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast(page)).toHaveCount(0);

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: /^Restore/ }).click();
  await moveAnEntryToTrash(page);
  // While Undo has the keyboard's focus the message waits, however long that takes.
  await toast(page).getByRole('button', { name: 'Undo' }).focus();
  await page.waitForTimeout(9_000);
  await expect(toast(page)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText(WORDS);
  await expect(toast(page)).toHaveCount(0);
});

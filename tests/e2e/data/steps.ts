import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Dialogs } from '../fixtures';
import { ROOT } from '../support/paths';

export const FIXTURES = join(ROOT, 'tests/fixtures/e2e');
/** A Day One export: Journal.json with 5 entries (one holding a photo) beside its photos folder. */
export const DAY_ONE_ZIP = join(FIXTURES, 'dayone-journal.zip');
export const NOT_JSON = join(FIXTURES, 'not-a-journal.json');
/** A Day One JSON file whose second entry has a date nobody can read: the first comes in, the second is listed. */
export const BAD_DATE = join(FIXTURES, 'dayone-bad-date.json');

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your data' })).toBeVisible();
}

/** Settings › Import… with this file answered by the open dialog; returns the Import dialog showing its preview. */
export async function startImport(page: Page, dialogs: Dialogs, file: string) {
  await openSettings(page);
  await dialogs.willOpen([file]);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Imports the Day One fixture through Settings and closes the dialog once it says it is done. */
export async function importDayOne(page: Page, dialogs: Dialogs): Promise<void> {
  const dialog = await startImport(page, dialogs, DAY_ONE_ZIP);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported 5 entries.', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** The entries the Timeline lists, as the person sees them. */
export async function timelineEntries(page: Page) {
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  return page.getByRole('list', { name: 'Entries' }).getByRole('listitem');
}

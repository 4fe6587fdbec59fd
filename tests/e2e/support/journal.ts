import { expect, type Page } from '@playwright/test';

/** Creates a journal from the lock screen as a person would, and returns the recovery key it showed. */
export async function createJournal(page: Page, name: string, passphrase: string): Promise<string> {
  const nameBox = page.getByRole('textbox', { name: 'Journal name' });
  const newJournal = page.getByRole('button', { name: 'New journal' });
  await expect(nameBox.or(newJournal)).toBeVisible();
  if (!(await nameBox.isVisible())) await newJournal.click();
  await nameBox.fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Create journal' }).click();
  const key = page.getByLabel(/^Recovery key: /);
  await expect(key).toBeVisible({ timeout: 15_000 });
  const label = (await key.getAttribute('aria-label')) ?? '';
  await page.getByRole('button', { name: 'I have saved my recovery key' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
  return label.replace('Recovery key: ', '').split(' ').join('-');
}

export async function unlock(page: Page, name: string, passphrase: string): Promise<void> {
  await page.getByRole('list', { name: 'Journals' }).getByRole('button', { name }).click();
  await page.getByRole('textbox', { name: 'Passphrase' }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export async function writeInToday(page: Page, text: string): Promise<void> {
  await page.getByRole('link', { name: 'Today' }).click();
  const editor = page.getByRole('textbox', { name: 'Entry' });
  // Tonight's page is the nightly check-in: write in its first writing space, not on one of its fields.
  await editor.locator('p.ed-paragraph').first().click();
  await page.keyboard.type(text);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

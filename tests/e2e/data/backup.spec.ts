import { existsSync, readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from '../fixtures';
import { createJournal, unlock, writeInToday } from '../support/journal';
import { openSettings } from './steps';

const PASSPHRASE = 'quiet orchard paper moon';

test('an encrypted backup file restores from the lock screen as a new journal that opens with the same passphrase', async ({
  page,
  dialogs,
}, testInfo) => {
  // Three key derivations (create, save, unlock) and axe in three states: slow on a busy 2-core machine.
  test.setTimeout(180_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  await writeInToday(page, 'The kettle sang at seven and nobody minded.');

  await openSettings(page);
  const file = testInfo.outputPath('robin-backup.haven');
  await dialogs.willSave(file);
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const status = page.getByRole('status').filter({ hasText: 'Saved an encrypted backup' });
  await expect(status).toContainText(file);
  await expect(status).toContainText('passphrase or recovery key');
  await expect(page.getByRole('button', { name: 'Save a backup…' })).toBeFocused();
  await expectAccessible(page);

  // Still encrypted: neither the words nor SQLite's own header can be read in the file.
  expect(existsSync(file)).toBe(true);
  const bytes = readFileSync(file);
  expect(bytes.includes(Buffer.from('kettle sang'))).toBe(false);
  expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Restore from backup' }).click();
  await dialogs.willOpen([file]);
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  const restored = page.getByRole('status').filter({ hasText: 'as a new journal' });
  await expect(restored).toBeVisible();
  const restoredName = /“(.+?)”/.exec((await restored.textContent()) ?? '')?.[1] ?? '';
  expect(restoredName).not.toBe('');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const journals = page.getByRole('list', { name: 'Journals' });
  await expect(journals.getByRole('listitem')).toHaveCount(2);
  await expect(journals.getByRole('button', { name: restoredName, exact: true })).toBeVisible();

  await unlock(page, restoredName, PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('kettle');
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(1);
});

test('on a computer with no journal, a backup file becomes the first one', async ({ page, dialogs }, testInfo) => {
  // Two key derivations and a deletion: slow on a busy 2-core machine.
  test.setTimeout(180_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  await writeInToday(page, 'Packed the last box before the move.');
  await openSettings(page);
  const file = testInfo.outputPath('before-the-move.haven');
  await dialogs.willSave(file);
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved an encrypted backup' })).toBeVisible();

  // The old computer's journal goes; only the file remains.
  const deletion = page.getByRole('region', { name: 'Delete this journal' });
  await deletion.getByRole('button', { name: 'Delete journal…' }).click();
  await deletion.getByLabel('Your passphrase').fill(PASSPHRASE);
  await deletion.getByLabel(/Type the journal’s name/).fill('Robin');
  await deletion.getByRole('button', { name: 'Delete forever' }).click();
  // Deleting locks first and the lock screen lists journals at once, so it may still show the one going away;
  // wait for the deletion to finish and come back as someone opening Haven on the new computer would.
  const journalsLeft = () =>
    page.evaluate(async () => {
      const listed = await window.haven.vaults.list();
      return listed.ok ? listed.value.length : -1;
    });
  await expect.poll(journalsLeft, { timeout: 20_000 }).toBe(0);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Journal name' })).toBeVisible();

  await dialogs.willOpen([file]);
  await page.getByRole('button', { name: 'Restore a journal from a backup file…' }).click();
  const journals = page.getByRole('list', { name: 'Journals' });
  await expect(journals.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('last box');
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(1);
});

test('cancelling the backup file dialog on the lock screen changes nothing', async ({ page, dialogs }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('button', { name: 'Restore from backup' }).click();
  await dialogs.willOpen(null);
  await page.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(page.getByRole('list', { name: 'Journals' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

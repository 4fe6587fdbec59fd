import type { Page } from '@playwright/test';
import { createJournal, unlock } from '../support/journal';
import { expect, test } from '../fixtures';

const JOURNALS = [
  { name: 'Alex', passphrase: 'alex pass harbour lantern' },
  { name: 'Sam', passphrase: 'sam pass meadow kettle' },
  { name: 'Robin', passphrase: 'robin pass orchard swallow' },
] as const;

async function threeJournals(page: Page): Promise<void> {
  for (const journal of JOURNALS) {
    await createJournal(page, journal.name, journal.passphrase);
    await page.getByRole('button', { name: 'Lock' }).click();
  }
}

const journalChoice = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Journals' }).getByRole('button', { name });

/** The journal open now, as the sidebar names it. */
const openJournal = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByText(/^(Alex|Sam|Robin)$/);

test('the lock screen returns to the journal just locked, and its passphrase opens it', async ({ page, harness }) => {
  await threeJournals(page);
  await unlock(page, 'Sam', 'sam pass meadow kettle');
  await expect(openJournal(page)).toHaveText('Sam');

  // Locked by hand: the passphrase box is Sam's and already has the caret.
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(journalChoice(page, 'Sam')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('form', { name: 'Unlock Sam' })).toBeVisible();
  await page.keyboard.type('sam pass meadow kettle');
  await page.keyboard.press('Enter');
  await expect(openJournal(page)).toHaveText('Sam');

  // Locked by the computer going to sleep.
  await harness.power.emit('suspend');
  await expect(journalChoice(page, 'Sam')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('textbox', { name: 'Passphrase' }).fill('sam pass meadow kettle');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(openJournal(page)).toHaveText('Sam');

  // Locked with the shortcut from Robin's journal: now Robin is the one returned to.
  await page.keyboard.press('Control+L');
  await unlock(page, 'Robin', 'robin pass orchard swallow');
  await expect(openJournal(page)).toHaveText('Robin');
  await page.keyboard.press('Control+L');
  await expect(journalChoice(page, 'Robin')).toHaveAttribute('aria-pressed', 'true');
  await expect(journalChoice(page, 'Alex')).toHaveAttribute('aria-pressed', 'false');
});

test('after a restart no journal is selected, unless the person asked for the last one', async ({ harness }) => {
  let page = harness.page;
  await threeJournals(page);
  await unlock(page, 'Sam', 'sam pass meadow kettle');
  await expect(openJournal(page)).toHaveText('Sam');

  page = await harness.restart();
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  for (const { name } of JOURNALS) await expect(journalChoice(page, name)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('textbox', { name: 'Passphrase' })).toHaveCount(0);
  await expect(page.getByText('Choose your journal to unlock it.')).toBeVisible();

  await unlock(page, 'Sam', 'sam pass meadow kettle');
  await page.getByRole('link', { name: 'Settings' }).click();
  const remember = page.getByRole('checkbox', { name: 'When Haven opens, select the journal used last' });
  await expect(remember).not.toBeChecked();
  await remember.check();
  await expect(remember).toBeChecked();

  page = await harness.restart();
  await expect(journalChoice(page, 'Sam')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('textbox', { name: 'Passphrase' }).fill('sam pass meadow kettle');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(openJournal(page)).toHaveText('Sam');
});

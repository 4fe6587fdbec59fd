import { createJournal, unlock, writeInToday } from '../support/journal';
import { expect, expectAccessible, test } from '../fixtures';

const MARKER = 'violet-harbour-7731';

test('two partners keep separate journals that the other cannot open or read', async ({ page }) => {
  await expectAccessible(page);
  await createJournal(page, 'Alex', 'alex pass harbour lantern');
  await writeInToday(page, `Tonight I noticed ${MARKER} again.`);
  await page.getByRole('button', { name: 'Lock' }).click();

  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);
  await expectAccessible(page);

  await createJournal(page, 'Sam', 'sam pass meadow kettle');
  await expect(page.getByRole('textbox', { name: 'Entry' })).toBeVisible();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByText('Nothing here yet.', { exact: false })).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);
  await page.getByRole('button', { name: 'Lock' }).click();

  await unlock(page, 'Alex', 'sam pass meadow kettle');
  await expect(page.getByRole('alert')).toContainText("doesn't open");
  expect(await page.content()).not.toContain(MARKER);

  await page.getByRole('textbox', { name: 'Passphrase' }).fill('alex pass harbour lantern');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText(MARKER);
});

test('Haven locks itself after the idle time and the page forgets what was written', async ({ page }) => {
  await createJournal(page, 'Alex', 'alex pass harbour lantern');
  await writeInToday(page, `Idle check ${MARKER}`);
  const set = await page.evaluate(() => window.haven.session.setLock({ idleSeconds: 2, blurSeconds: null }));
  expect(set.ok).toBe(true);
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('status')).toContainText('quiet while');
  expect(await page.content()).not.toContain(MARKER);
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(MARKER);
});

test('Haven locks when the computer goes to sleep or the screen locks', async ({ page, power }) => {
  await createJournal(page, 'Alex', 'alex pass harbour lantern');
  await writeInToday(page, `Suspend check ${MARKER}`);
  await power.emit('suspend');
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);

  await unlock(page, 'Alex', 'alex pass harbour lantern');
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText(MARKER);
  await power.emit('lock-screen');
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);
});

test('Ctrl+L locks from anywhere in the journal', async ({ page }) => {
  await createJournal(page, 'Alex', 'alex pass harbour lantern');
  await writeInToday(page, `Shortcut check ${MARKER}`);
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);
});

test('words typed just before the computer sleeps are saved before Haven locks', async ({ page, power }) => {
  await createJournal(page, 'Alex', 'alex pass harbour lantern');
  await page.getByRole('textbox', { name: 'Entry' }).locator('p.ed-paragraph').first().click();
  await page.keyboard.type(`Last thought ${MARKER}`);
  // No waiting for "Saved": the lock itself must save what is pending first.
  await power.emit('suspend');
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain(MARKER);
  await unlock(page, 'Alex', 'alex pass harbour lantern');
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText(`Last thought ${MARKER}`);
});

test('an unlock that takes more than a few seconds says why, then opens the journal', async ({ page }) => {
  await createJournal(page, 'Alex', 'alex pass harbour lantern');
  await writeInToday(page, `Slow unlock ${MARKER}`);
  await page.getByRole('button', { name: 'Lock' }).click();
  // The page's own clock, so three seconds pass at once while the key is still being derived (about a second).
  await page.clock.install();
  await unlock(page, 'Alex', 'alex pass harbour lantern');
  await expect(page.getByRole('button', { name: 'Unlocking…' })).toBeDisabled();
  await page.clock.runFor(3_500);
  await expect(page.getByRole('status').filter({ hasText: 'Still opening.' })).toBeVisible();
  await page.clock.resume();
  await expect(page.getByRole('textbox', { name: 'Entry' })).toContainText(MARKER);
});

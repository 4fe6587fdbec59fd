import { createJournal, unlock } from '../support/journal';
import { expect, expectAccessible, test } from '../fixtures';

const STRONG = 'plum ferry candle orbit';

test('a guessable passphrase is refused with the reason and an example, by the form and by the main process', async ({
  page,
}) => {
  await page.getByRole('textbox', { name: 'Journal name' }).fill('Alex');
  await page.getByLabel('Passphrase', { exact: true }).fill('alex123');
  await page.getByLabel('Confirm passphrase', { exact: true }).fill('alex123');
  await expect(page.getByText('Weak', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Create journal' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase would be easy to guess.');
  const note = page.getByText('A few unrelated words make a passphrase that is easy to remember');
  await expect(note).toContainText('It is one of the passphrases people use most');
  await expect(page.getByLabel(/^Recovery key: /)).toHaveCount(0);
  await expectAccessible(page);

  // The main process holds the same rule, whatever a page sends.
  const direct = await page.evaluate(() => window.haven.vaults.create({ name: 'Alex', passphrase: 'alex123' }));
  expect(direct).toMatchObject({
    ok: false,
    error: { code: 'weak-passphrase', message: expect.stringContaining('That passphrase would be easy to guess.') },
  });
  expect(await page.evaluate(() => window.haven.vaults.list())).toEqual({ ok: true, value: [] });

  // The example offered is one Haven takes.
  const example = /like “([a-z ]+)”/.exec((await note.textContent()) ?? '')?.[1] ?? '';
  expect(example.split(' ')).toHaveLength(4);
  await createJournal(page, 'Alex', example);
});

test('a passphrase can be shown while typed, and Caps Lock is pointed out', async ({ page }) => {
  await page.getByRole('textbox', { name: 'Journal name' }).fill('Sam');
  const box = page.getByLabel('Passphrase', { exact: true });
  await box.fill(STRONG);
  const show = page.getByRole('button', { name: 'Show passphrase' }).first();
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await expect(box).toHaveAttribute('type', 'password');
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(box).toHaveAttribute('type', 'text');
  await expect(box).toHaveValue(STRONG);
  await show.click();
  await expect(box).toHaveAttribute('type', 'password');

  await createJournal(page, 'Sam', STRONG);
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByRole('list', { name: 'Journals' }).getByRole('button', { name: 'Sam' }).click();
  const unlockBox = page.getByRole('textbox', { name: 'Passphrase' });
  // Playwright's keyboard has no Caps Lock state, so the key event carries it as a real one would.
  const press = (capsLock: boolean) =>
    unlockBox.evaluate((input, on) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', bubbles: true, modifierCapsLock: on }));
    }, capsLock);
  await press(true);
  await expect(page.getByText('Caps Lock is on')).toBeVisible();
  await expect(unlockBox).toHaveAccessibleDescription(/Caps Lock is on/);
  await expectAccessible(page);
  await press(false);
  await expect(page.getByText('Caps Lock is on')).toHaveCount(0);
});

test('after five wrong passphrases the lock screen waits 30 seconds before the next try', async ({ page }) => {
  await createJournal(page, 'Robin', STRONG);
  await page.getByRole('button', { name: 'Lock' }).click();
  for (let i = 1; i <= 5; i++) {
    await unlock(page, 'Robin', `guess number ${i}`);
    await expect(page.getByRole('alert')).toContainText("doesn't open");
  }
  await expect(page.getByRole('status').filter({ hasText: 'You can try again in' })).toContainText(
    /in (2\d|30) seconds/,
  );
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeDisabled();
  const refused = await page.evaluate(async (passphrase) => {
    const list = await window.haven.vaults.list();
    return list.ok ? window.haven.vaults.unlock({ vaultId: list.value[0]!.id, passphrase }) : list;
  }, STRONG);
  expect(refused).toMatchObject({ ok: false, error: { code: 'too-many-attempts' } });
});

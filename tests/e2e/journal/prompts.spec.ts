import { expect, expectAccessible, test } from '../fixtures';
import { documentNodes, entryBox, saved } from '../support/editor';
import { createJournal, unlock } from '../support/journal';

const PASSPHRASE = 'meadow quiet harbour lantern';

test('Today offers a prompt with its reason; another one on request; written into tonight’s entry it survives lock and unlock', async ({
  page,
}) => {
  await createJournal(page, 'Rin', PASSPHRASE);
  const card = page.getByRole('region', { name: 'Tonight’s prompt' });
  await expect(card).toBeVisible();
  const text = card.locator('.tonight-prompt-text');
  const first = await text.textContent();
  expect(first?.length).toBeGreaterThan(10);
  await expect(card.locator('.tonight-prompt-reason')).toHaveText(/\S/);

  await card.getByRole('button', { name: 'Another prompt' }).click();
  await expect(text).not.toHaveText(first!);
  const second = (await text.textContent())!;
  // Tonight's choice holds: opening Today again shows the same one.
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(card.locator('.tonight-prompt-text')).toHaveText(second);

  await card.getByRole('button', { name: 'Write about this' }).click();
  const box = entryBox(page);
  await expect(box.getByRole('figure')).toContainText(second);
  await page.keyboard.type('My answer stays with the question.');
  await expect(saved(page)).toBeVisible();
  const prompts = (await documentNodes(page)).filter((node) => node.type === 'haven-prompt');
  expect(prompts).toHaveLength(1);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain('My answer stays');
  await unlock(page, 'Rin', PASSPHRASE);
  await expect(box.getByRole('figure')).toContainText(second);
  // The answer sits right after the question.
  const after = await box.evaluate((element) => {
    const figure = element.querySelector('figure');
    return figure?.closest('.ed-field-host')?.nextElementSibling?.textContent ?? '';
  });
  expect(after).toBe('My answer stays with the question.');
});

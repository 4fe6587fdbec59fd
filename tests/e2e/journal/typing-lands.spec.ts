import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import { expect, test } from '../fixtures';
import { entryBox, saved } from '../support/editor';
import { createJournal, unlock } from '../support/journal';

const PASSPHRASE = 'meadow copper lantern quiet';

test('after creating or unlocking a journal, typing without a click lands in tonight’s check-in', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await expect(entryBox(page)).toBeFocused();
  await page.keyboard.type('Typed the moment it opened.');
  await expect(saved(page)).toBeVisible();
  await expect(entryBox(page)).toContainText('Typed the moment it opened.');

  await page.keyboard.press('Control+l');
  await unlock(page, 'Sam', PASSPHRASE);
  await expect(entryBox(page)).toBeFocused();
  await page.keyboard.type(' And again after unlocking.');
  await expect(saved(page)).toBeVisible();
  // Both went into the check-in's first writing space, one after the other.
  const firstSpace = await entryBox(page).evaluate((box) => {
    const paragraphs = Array.from(box.querySelectorAll('p'));
    return paragraphs.find((p) => p.textContent?.includes('Typed'))?.textContent ?? '';
  });
  expect(firstSpace).toBe('Typed the moment it opened. And again after unlocking.');
});

test('after choosing any template from "New entry", typing lands in that entry', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  for (const [index, template] of BUILTIN_TEMPLATES.entries()) {
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${template.name}`) }).click();
    await expect(entryBox(page)).toBeFocused();
    const words = `Straight into ${template.name.toLowerCase()} ${index}`;
    await page.keyboard.type(words);
    await expect(saved(page)).toBeVisible();
    await expect(entryBox(page), template.name).toContainText(words);
  }
});

test('a page opened from "New entry" and left empty is not kept, and not counted', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Trigger log/ }).click();
  await expect(entryBox(page)).toBeFocused();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  await expect(page.getByText('0 entries', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Nothing here yet/)).toBeVisible();

  // One with words stays; the empty one opened after it still goes.
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Gratitude/ }).click();
  await expect(entryBox(page)).toBeFocused();
  await page.keyboard.type('The bus driver waited for me.');
  await expect(saved(page)).toBeVisible();
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Repair reflection/ }).click();
  await expect(entryBox(page)).toBeFocused();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
});

test('inside an entry, Tab reaches the writing and the fields in reading order, and Move to Trash last', async ({
  page,
}) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Trigger log/ }).click();
  await expect(entryBox(page)).toBeFocused();
  await page.keyboard.type('The door closed a little hard.');
  await expect(saved(page)).toBeVisible();
  await page.getByRole('heading', { level: 1 }).focus();
  const order: string[] = [];
  for (let step = 0; step < 80; step += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent;
      return (label ?? element.textContent ?? '').trim();
    });
    order.push(name);
    if (name === 'Move to Trash') break;
  }
  expect(order[0]).toBe('Title');
  // The formatting toolbar is one stop (its buttons are reached with the arrow keys), then the writing.
  expect(order.slice(1, 3)).toContain('Entry');
  expect(order.filter((name) => ['Undo', 'Redo', 'Bold'].includes(name)).length).toBeLessThanOrEqual(1);
  expect(order.at(-1)).toBe('Move to Trash');
  expect(order.indexOf('Triggers')).toBeGreaterThan(0);
  expect(order.indexOf('Move to Trash')).toBeGreaterThan(order.indexOf('Triggers'));
});

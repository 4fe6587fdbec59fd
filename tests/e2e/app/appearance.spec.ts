import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures';
import { createJournal, unlock } from '../support/journal';

const PASSPHRASE = 'lantern harbour quiet meadow';
const LIGHT_BG = 'rgb(247, 243, 238)';
const DARK_BG = 'rgb(28, 25, 23)';

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The writing's typeface and size as the person sees them in tonight's check-in. */
async function writingStyle(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  const entry = page.getByRole('textbox', { name: 'Entry' });
  await expect(entry).toBeVisible();
  return entry.evaluate((element) => {
    const style = getComputedStyle(element);
    return { font: style.fontFamily, size: parseFloat(style.fontSize) };
  });
}

async function openAppearance(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Appearance' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Appearance' })).toBeFocused();
  return page.getByRole('region', { name: 'Appearance', exact: true });
}

const radio = (page: Page, group: string, name: string) =>
  page.getByRole('radiogroup', { name: group }).getByRole('radio', { name, exact: true });

test('Appearance changes the theme, text size and typeface at once, and they survive a restart', async ({
  page,
  harness,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await createJournal(page, 'Sam', PASSPHRASE);
  const before = await writingStyle(page);
  expect(before.font).toContain('Literata');
  expect(await pageBackground(page)).toBe(LIGHT_BG);

  await openAppearance(page);
  await expect(radio(page, 'Theme', 'System')).toBeChecked();
  await radio(page, 'Theme', 'Dark').check();
  await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
  await radio(page, 'Text size', 'Larger').check();
  await radio(page, 'Writing typeface', 'Sans').check();
  await radio(page, 'Line width', 'Wide').check();
  await expect(radio(page, 'Line width', 'Wide')).toBeChecked();

  const after = await writingStyle(page);
  expect(after.font).toContain('Source Sans');
  expect(after.size).toBeGreaterThan(before.size);

  const again = await harness.restart();
  await again.emulateMedia({ colorScheme: 'light' });
  // The lock screen already wears the chosen theme: it lives outside the journal.
  await expect(again.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await pageBackground(again)).toBe(DARK_BG);
  await unlock(again, 'Sam', PASSPHRASE);
  await expect(again.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 15_000 });
  expect(await writingStyle(again)).toEqual(after);
  await openAppearance(again);
  await expect(radio(again, 'Theme', 'Dark')).toBeChecked();
  await expect(radio(again, 'Text size', 'Larger')).toBeChecked();
  await expect(radio(again, 'Writing typeface', 'Sans')).toBeChecked();
  await expect(radio(again, 'Line width', 'Wide')).toBeChecked();
});

test('System follows the computer, and Light holds even when the computer is dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await createJournal(page, 'Sam', PASSPHRASE);
  expect(await pageBackground(page)).toBe(DARK_BG);
  await openAppearance(page);
  await radio(page, 'Theme', 'Light').check();
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_BG);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
  await radio(page, 'Theme', 'System').check();
  await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
});

test('Settings has an index of its sections that the keyboard can follow, and About speaks plainly', async ({
  page,
}) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const index = page.getByRole('navigation', { name: 'Settings sections' });
  await expect(index.getByRole('link')).toHaveText([
    'General',
    'Appearance',
    'Security',
    'Reminders',
    'Your data',
    'About',
  ]);
  for (const name of ['General', 'Appearance', 'Security', 'Reminders', 'Your data', 'About'])
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();

  await index.getByRole('link', { name: 'Security' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Security' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Lock when I haven’t used Haven' })).toBeFocused();

  // The last section moves only the page column: the navigation stays where it was.
  await index.getByRole('link', { name: 'About' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'About' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'About' })).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' })).toBeInViewport();

  const about = page.getByRole('region', { name: 'About', exact: true });
  await expect(about).toContainText(/Linux|macOS|Windows/);
  await expect(about).not.toContainText(/\b(linux|darwin|win32)\b/);
  await expect(about).toContainText('isn’t therapy');
  await expect(about).toContainText('couples therapist');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Settings has nothing serious for axe to find in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await createJournal(page, 'Sam', PASSPHRASE);
    await openAppearance(page);
    await expectAccessible(page);
    // And chosen by hand, against the computer's own setting.
    await radio(page, 'Theme', colorScheme === 'light' ? 'Dark' : 'Light').check();
    await expectAccessible(page);
  });
}

test('Settings fits its window at 900×600 and 1600×1000, with the larger text and wide lines chosen', async ({
  page,
}) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await openAppearance(page);
  await radio(page, 'Text size', 'Larger').check();
  await radio(page, 'Line width', 'Wide').check();
  for (const size of [
    { width: 900, height: 600 },
    { width: 1600, height: 1000 },
  ]) {
    await page.setViewportSize(size);
    const overflowing = await page.getByRole('main').evaluate((main) =>
      [main, ...main.querySelectorAll('*')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
        .filter((element) => getComputedStyle(element).overflowX !== 'hidden')
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect(overflowing, `wider than their box at ${size.width}×${size.height}`).toEqual([]);
  }
});

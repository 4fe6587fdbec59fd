import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures';
import { createJournal, unlock } from '../support/journal';

const PASSPHRASE = 'heron meadow lantern tide';
const FEELING = 'What are you feeling right now, in one or two words?';
const BODY = 'Where in your body did today show up: your shoulders, jaw, chest or stomach?';
const OWN = 'What did I do today that my partner might not have noticed, but mattered?';

async function openPrompts(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prompts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prompts' })).toBeFocused();
  await expect(page.getByRole('list', { name: 'Prompts' }).getByRole('listitem').first()).toBeVisible();
}

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('prompts are kept as favourites, filtered and hidden, and the marks outlast a lock', async ({ page }) => {
  // Two key derivations (create, unlock) and an axe pass: slow on a busy machine.
  test.setTimeout(120_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  await openPrompts(page);

  const library = page.getByRole('list', { name: 'Prompts' });
  const favourites = page.getByRole('region', { name: 'Favourites' });
  await expect(library.getByRole('listitem')).toHaveCount(144);
  await expect(favourites).toContainText('Prompts you mark as favourites gather here.');
  const feeling = library.getByRole('listitem').filter({ hasText: FEELING });
  await expect(feeling).toContainText('Naming emotions');
  await expect(feeling).toContainText('Light · For anyone · Not answered yet');
  await expect(feeling).toContainText('Then: Where do you notice it in your body?');

  // A favourite changes in place and gathers under Favourites.
  const favourite = library.getByRole('button', { name: /^Favourite “What are you feeling right now/ });
  await expect(favourite).toHaveAttribute('aria-pressed', 'false');
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  await expect(favourite).toBeFocused();
  await expect(status(page, 'to your favourites')).toBeVisible();
  await expect(favourites.getByRole('list', { name: 'Favourites' }).getByRole('listitem')).toHaveText([
    new RegExp(FEELING.replace(/[?]/g, '\\?')),
  ]);

  // Filter by theme, then by words; Escape clears the words.
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption({ label: 'Gratitude and small moments' });
  const items = library.getByRole('listitem');
  await expect.poll(() => items.count()).toBeLessThan(144);
  const count = await items.count();
  expect(count).toBeGreaterThan(3);
  for (const text of await items.allTextContents()) expect(text).toContain('Gratitude and small moments');
  const filter = page.getByRole('textbox', { name: 'Filter prompts' });
  await filter.fill('thank');
  await expect.poll(() => items.count()).toBeLessThan(count);
  for (const text of await items.allTextContents()) expect(text.toLowerCase()).toContain('thank');
  await filter.press('Escape');
  await expect(items).toHaveCount(count);
  await theme.selectOption({ label: 'All themes' });
  await expect(items).toHaveCount(144);

  // Hiding keeps the prompt in All, marked, and it is listed under Hidden.
  await library.getByRole('button', { name: /^Hide “Where in your body did today/ }).click();
  await expect(status(page, /^Hid “Where in your body did today.*stays under Hidden\.$/)).toBeVisible();
  await expect(library.getByRole('button', { name: /^Show again “Where in your body/ })).toBeFocused();

  // One theme's worth of rows holds every kind: a favourite, a hidden one, plain ones.
  await theme.selectOption({ label: 'Naming emotions' });
  await expect(library.getByRole('listitem').filter({ hasText: BODY })).toContainText('Hidden');
  await expectAccessible(page);
  await theme.selectOption({ label: 'All themes' });
  const show = page.getByRole('group', { name: 'Show' });
  await show.getByRole('radio', { name: 'Hidden' }).check();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(BODY);
  await expect(items.first()).toContainText('Hidden');

  // The marks are in the vault: lock, unlock and they are still there.
  await page.getByRole('button', { name: 'Lock' }).click();
  await unlock(page, 'Robin', PASSPHRASE);
  await openPrompts(page);
  await expect(page.getByRole('list', { name: 'Favourites' })).toContainText(FEELING);
  await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'Hidden' }).check();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(BODY);

  // From the keyboard: showing it again leaves the Hidden list and focus lands on the list's heading.
  await page.getByRole('button', { name: /^Show again “Where in your body/ }).focus();
  await page.keyboard.press('Enter');
  await expect(status(page, 'can be offered again')).toBeVisible();
  await expect(library).toHaveCount(0);
  await expect(page.getByText('Nothing is hidden.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'All prompts' })).toBeFocused();

  // Taking the last favourite out of Favourites leaves the empty state and focus on its heading.
  await page
    .getByRole('list', { name: 'Favourites' })
    .getByRole('button', { name: /^Favourite “What are you/ })
    .click();
  await expect(favourites).toContainText('Prompts you mark as favourites gather here.');
  await expect(favourites.getByRole('heading', { name: 'Favourites' })).toBeFocused();
});

test('your own prompt joins the library, and what fits you is kept', async ({ page }) => {
  test.setTimeout(120_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  await openPrompts(page);

  // Writing your own: a missing theme is said plainly and the first theme box takes focus.
  await page.getByRole('button', { name: 'Write your own' }).click();
  await expect(page.getByRole('heading', { name: 'Write your own prompt' })).toBeFocused();
  const form = page.getByRole('form', { name: 'Write your own prompt' });
  await expect(page.getByRole('region', { name: 'Write your own prompt' })).toContainText('join tonight’s choices');
  await form.getByRole('textbox', { name: 'Your prompt' }).fill(OWN);
  await form.getByRole('button', { name: 'Add prompt' }).click();
  await expect(form.getByRole('alert')).toHaveText('Pick at least one theme.');
  const themes = form.getByRole('group', { name: 'Themes' });
  await expect(themes.getByRole('checkbox').first()).toBeFocused();
  await themes.getByRole('checkbox', { name: 'Gratitude and small moments' }).check();
  await themes.getByRole('checkbox', { name: 'Being a team' }).check();
  await form.getByRole('group', { name: 'Depth' }).getByRole('radio', { name: 'Deeper' }).check();
  await form
    .getByRole('combobox', { name: 'Who it suits' })
    .selectOption({ label: 'If you step back when things get heated' });
  await form.getByRole('button', { name: 'Add prompt' }).click();
  await expect(form.getByRole('status')).toContainText('joins tonight’s choices');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await expect(form.getByRole('textbox', { name: 'Your prompt' })).toHaveValue('');

  await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'Your own' }).check();
  const items = page.getByRole('list', { name: 'Prompts' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(OWN);
  await expect(items.first()).toContainText('Your own');
  await expect(items.first()).toContainText('Gratitude and small moments');
  await expect(items.first()).toContainText('Being a team');
  await expect(items.first()).toContainText('Deeper · If you step back when things get heated · Not answered yet');

  // What fits you: each change is saved at once.
  await page.getByRole('button', { name: 'What fits you' }).click();
  await expect(page.getByRole('heading', { name: 'What fits you' })).toBeFocused();
  await expect(page.getByText('never a diagnosis')).toBeVisible();
  const habits = page.getByRole('group', { name: 'Habits you recognise in yourself' });
  await expect(habits).toContainText('Most people recognise a little of both.');
  const tendency = habits.getByRole('checkbox', { name: 'When things get heated, I go quiet and need time alone.' });
  await tendency.check();
  await expect(status(page, /^Saved$/)).toBeVisible();
  const focus = page.getByRole('group', { name: 'What you would like to reflect on' });
  await focus.getByRole('checkbox', { name: 'Repair' }).check();
  await expect(status(page, /^Saved$/)).toBeVisible();
  await expectAccessible(page);

  // A dark evening: the same page holds its contrast.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);

  // Leave and come back: the choices and the prompt are still there.
  await page.getByRole('link', { name: 'Today' }).click();
  await openPrompts(page);
  await expect(
    page
      .getByRole('group', { name: 'Habits you recognise in yourself' })
      .getByRole('checkbox', { name: 'When things get heated, I go quiet and need time alone.' }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'What you would like to reflect on' }).getByRole('checkbox', { name: 'Repair' }),
  ).toBeChecked();
  await expect(
    page.getByRole('group', { name: 'What you would like to reflect on' }).getByRole('checkbox', { name: 'Triggers' }),
  ).not.toBeChecked();

  // Deleting your own prompt asks first, in the app.
  await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'Your own' }).check();
  await expect(items).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete “What did I do today/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete your prompt?' });
  await expect(dialog).toContainText(OWN);
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(items).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete “What did I do today/ }).click();
  await dialog.getByRole('button', { name: 'Delete prompt' }).click();
  await expect(status(page, 'Deleted your prompt')).toBeVisible();
  await expect(page.getByText('You haven’t written a prompt yet.')).toBeVisible();
});

test('“Write about this” on a library prompt puts it into tonight’s check-in on Today', async ({ page }) => {
  await createJournal(page, 'Robin', PASSPHRASE);
  await openPrompts(page);
  const library = page.getByRole('list', { name: 'Prompts' });
  await library.getByRole('button', { name: /^Write about this: “What are you feeling right now/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const entry = page.getByRole('textbox', { name: 'Entry' });
  await expect(entry).toContainText(FEELING);
  await expect(status(page, 'Added to tonight’s entry')).toBeVisible();
  // The caret waits just below the prompt for the answer.
  await page.keyboard.type('Tired, and a little hopeful.');
  await expect(entry).toContainText(`${FEELING}Tired, and a little hopeful.`);
  expect((await entry.textContent())?.split(FEELING)).toHaveLength(2);
  // It is tonight's check-in that keeps it.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const today = await window.haven.entries.today();
        return today.ok && today.value.entry ? `${today.value.entry.template}: ${today.value.entry.doc}` : '';
      }),
    )
    .toMatch(new RegExp(`^nightly: .*${FEELING.replace(/[?]/g, '\\?')}`));

  // Coming back to Today later doesn't write it in again.
  await openPrompts(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(entry).toContainText(FEELING);
  expect((await entry.textContent())?.split(FEELING)).toHaveLength(2);
});

test('Prompts has nothing serious for axe in light and dark', async ({ page }) => {
  await createJournal(page, 'Robin', PASSPHRASE);
  await openPrompts(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
});

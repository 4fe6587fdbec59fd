import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures';
import { documentNodes, entryBox, saved } from '../support/editor';
import { createJournal, unlock } from '../support/journal';

const PASSPHRASE = 'harbour lantern meadow quiet';

interface Focused {
  tag: string;
  role: string | null;
  type: string | null;
  name: string;
  inEditor: boolean;
  editable: boolean;
}

/** What has keyboard focus: enough to decide what a person would do there. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const labelled = element?.getAttribute('aria-labelledby');
    const name =
      element?.getAttribute('aria-label') ?? (labelled ? (document.getElementById(labelled)?.textContent ?? '') : '');
    const label = element && 'labels' in element ? (element as HTMLInputElement).labels?.[0]?.textContent : null;
    const group = element?.closest('[role="radiogroup"]');
    const groupName = group
      ? (document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent ?? '')
      : '';
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      role: element?.getAttribute('role') ?? null,
      type: element?.getAttribute('type') ?? null,
      name: groupName || label || name,
      inEditor: Boolean(element?.closest('.ed-root')),
      editable: element?.getAttribute('contenteditable') === 'true',
    };
  });

async function pick(page: Page, words: string[]): Promise<void> {
  for (const word of words) {
    await page.keyboard.type(word);
    await expect(page.getByRole('option', { name: new RegExp(`^${word}`) }).first()).toBeVisible();
    await page.keyboard.press('Enter');
  }
}

test('a trigger log written with the keyboard alone keeps every field through lock and unlock, and shows in Timeline and Search', async ({
  page,
}) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  const newEntry = page.getByRole('button', { name: 'New entry' });
  await newEntry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: 'New entry' })).toBeVisible();
  while (
    !(await page.getByRole('menuitem', { name: /^Trigger log/ }).evaluate((item) => item === document.activeElement))
  ) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const box = entryBox(page);
  await expect(box.getByRole('slider', { name: 'Intensity' })).toBeVisible();
  await expectAccessible(page);

  // From the title, Tab walks the template section by section.
  await page.getByRole('textbox', { name: 'Title' }).focus();
  const writing: string[] = [];
  const done = new Set<string>();
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    const at = await focused(page);
    if (!at.inEditor) break;
    if (at.editable) {
      const words = `Words for space ${writing.length + 1}`;
      writing.push(words);
      await page.keyboard.type(words);
    } else if (at.role === 'combobox' && at.name === 'Triggers') {
      await pick(page, ['Unanswered message']);
      done.add('Triggers');
    } else if (at.role === 'combobox' && at.name === 'Emotions') {
      await pick(page, ['Anxious', 'Lonely']);
      done.add('Emotions');
    } else if (at.role === 'combobox' && at.name === 'Needs') {
      await pick(page, ['Reassurance']);
      done.add('Needs');
    } else if (at.type === 'range' && at.name === 'Intensity') {
      await page.keyboard.press('Home');
      for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
      done.add('Intensity');
    } else if (at.type === 'radio' && at.name === 'Response') {
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      done.add('Response');
    }
  }
  expect([...done].sort()).toEqual(['Emotions', 'Intensity', 'Needs', 'Response', 'Triggers']);
  const textSections = (await documentNodes(page)).filter((node) => node.type === 'haven-section').length;
  expect(writing.length).toBe(textSections);
  expect(textSections).toBeGreaterThanOrEqual(5);
  await expect(saved(page)).toBeVisible();

  const checkValues = async () => {
    await expect(box.getByRole('slider', { name: 'Intensity' })).toHaveValue('7');
    await expect(
      box.getByRole('radiogroup', { name: 'Response' }).getByRole('radio', { name: 'Withdrew' }),
    ).toBeChecked();
    await expect(box.getByRole('list', { name: 'Chosen triggers' })).toHaveText(/Unanswered message/);
    await expect(box.getByRole('list', { name: 'Chosen emotions' }).getByRole('listitem')).toHaveText([
      /Anxious/,
      /Lonely/,
    ]);
    await expect(box.getByRole('list', { name: 'Chosen needs' })).toHaveText(/Reassurance/);
    for (const words of writing) await expect(box).toContainText(words);
  };
  await checkValues();
  const entryUrl = page.url();

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
  expect(await page.content()).not.toContain('Words for space 1');
  await unlock(page, 'Sam', PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.goto(entryUrl);
  await checkValues();

  await page.getByRole('link', { name: 'Timeline' }).click();
  const card = page.getByRole('link', { name: /Trigger log/ }).first();
  await expect(card).toContainText('Unanswered message');
  await expect(card).toContainText('Anxious');
  await expect(card).toContainText('Reassurance');

  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByText('Filters').click();
  await page.getByLabel('Tag', { exact: true }).fill('Unanswered message');
  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText('Trigger log');
});

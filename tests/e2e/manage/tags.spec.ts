import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures';
import { createJournal } from '../support/journal';

const PASSPHRASE = 'copper kettle evening rain';

const text = (value: string) => ({
  type: 'text',
  version: 1,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
});
const chip = (kind: string, name: string) => ({ type: 'haven-tag', version: 1, kind, name });
const paragraph = (children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});

/** A document of one paragraph of words followed by trigger chips, as the editor writes it. */
const withTriggers = (words: string, triggers: string[]) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [paragraph([text(words), ...triggers.map((name) => chip('trigger', name))])],
    },
  });

/** Saves an entry for today holding these triggers, as the editor would, and returns its id. */
async function entryWithTriggers(page: Page, words: string, triggers: string[]): Promise<string> {
  const doc = withTriggers(words, triggers);
  return page.evaluate(async (document) => {
    const today = await window.haven.entries.today();
    if (!today.ok) throw new Error(today.error.message);
    const saved = await window.haven.entries.save({
      date: today.value.date,
      template: 'blank',
      title: '',
      doc: document,
    });
    if (!saved.ok) throw new Error(saved.error.message);
    return saved.value.id;
  }, doc);
}

/** The row for one word in the list shown, found by its exact name. */
const row = (page: Page, list: string, name: string) =>
  page
    .getByRole('list', { name: list })
    .getByRole('listitem')
    .filter({ has: page.getByText(name, { exact: true }) });

/** Opens a row's menu ("Actions for …") and chooses one of its items by name. */
async function choose(page: Page, rowOf: ReturnType<typeof row>, name: string, item: string): Promise<void> {
  await rowOf.getByRole('button', { name: `Actions for ${name}` }).click();
  await page
    .getByRole('menu', { name: `Actions for ${name}` })
    .getByRole('menuitem', { name: item })
    .click();
}

/** A row's own button, named for the word and described by its use count ("3 entries"); it opens the details. */
const rowButton = (rowOf: ReturnType<typeof row>, name: string) => rowOf.getByRole('button', { name, exact: true });

test('tags show their use, and renaming, merging and archiving reach the entries that hold them', async ({ page }) => {
  await createJournal(page, 'Robin', PASSPHRASE);
  const first = await entryWithTriggers(page, 'The evening went quiet. ', ['Unanswered message', 'Left on read']);
  await entryWithTriggers(page, 'Again today. ', ['Unanswered message', 'Ignored text']);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Manage tags' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Triggers/ })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('textbox', { name: 'Filter tags' }).fill('unanswered');
  const unanswered = row(page, 'Triggers', 'Unanswered message');
  await expect(rowButton(unanswered, 'Unanswered message')).toHaveAccessibleDescription('2 entries');
  // A built-in word, with its note and the fear it usually stirs up, in its details.
  await rowButton(unanswered, 'Unanswered message').click();
  await expect(unanswered).toContainText('Silence tends to fill itself');
  await expect(unanswered.getByRole('combobox', { name: 'What it can stir up: Unanswered message' })).toHaveValue(
    'being-left',
  );
  await expectAccessible(page);

  await unanswered.getByRole('combobox', { name: 'Colour for Unanswered message' }).selectOption({ label: 'Rose' });
  await expect(page.getByRole('status').filter({ hasText: '“Unanswered message” is now rose.' })).toBeVisible();
  await unanswered
    .getByRole('combobox', { name: 'What it can stir up: Unanswered message' })
    .selectOption({ label: 'A fear of being controlled or crowded' });
  await expect(page.getByRole('status').filter({ hasText: 'can stir up a fear of being controlled' })).toBeVisible();

  // Rename: every entry that holds the word follows.
  const filter = page.getByRole('textbox', { name: 'Filter tags' });
  await filter.fill('');
  await choose(page, unanswered, 'Unanswered message', 'Rename Unanswered message');
  const rename = page.getByRole('dialog', { name: 'Rename “Unanswered message”' });
  await expect(rename.getByRole('textbox', { name: 'New name' })).toBeFocused();
  await expect(rename).toContainText('The 2 entries that hold “Unanswered message” will use the new name.');
  await expectAccessible(page);
  await rename.getByRole('textbox', { name: 'New name' }).fill('Message left on read');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Renamed “Unanswered message” to “Message left on read” in 2 entries.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  const renamed = row(page, 'Triggers', 'Message left on read');
  await expect(renamed.getByRole('button', { name: 'Actions for Message left on read' })).toBeFocused();
  await expect(rowButton(renamed, 'Message left on read')).toHaveAccessibleDescription('2 entries');
  await expect(renamed.getByRole('combobox', { name: 'Colour for Message left on read' })).toHaveValue('rose');

  // Renaming to a word that exists offers the merge right there.
  await choose(page, row(page, 'Triggers', 'Ignored text'), 'Ignored text', 'Rename Ignored text');
  const clash = page.getByRole('dialog', { name: 'Rename “Ignored text”' });
  await clash.getByRole('textbox', { name: 'New name' }).fill('left ON read');
  await clash.getByRole('button', { name: 'Rename' }).click();
  await expect(clash.getByRole('alert')).toContainText('There is already a trigger called “Left on read”');
  await clash.getByRole('button', { name: 'Merge into “Left on read”' }).click();
  await expect(clash).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged “Ignored text” into “Left on read” in 1 entry.' }),
  ).toBeVisible();
  await expect(row(page, 'Triggers', 'Ignored text')).toHaveCount(0);
  await expect(rowButton(row(page, 'Triggers', 'Left on read'), 'Left on read')).toHaveAccessibleDescription(
    '2 entries',
  );

  // Merge: pick the word to fold into, told how many entries follow.
  await choose(page, row(page, 'Triggers', 'Left on read'), 'Left on read', 'Merge Left on read');
  const merge = page.getByRole('dialog', { name: 'Merge “Left on read”' });
  await merge.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'Message left on read' });
  await expect(merge).toContainText('The 2 entries that hold “Left on read” will hold “Message left on read” instead.');
  await expectAccessible(page);
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Merged “Left on read” into “Message left on read”' }),
  ).toBeVisible();
  await expect(row(page, 'Triggers', 'Left on read')).toHaveCount(0);
  await expect(rowButton(renamed, 'Message left on read')).toHaveAccessibleDescription('2 entries');

  // Archive, with Undo; archived words show on request.
  await choose(page, renamed, 'Message left on read', 'Archive Message left on read');
  await expect(page.getByRole('status').filter({ hasText: 'Archived “Message left on read”' })).toBeVisible();
  await expect(row(page, 'Triggers', 'Message left on read')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await expect(row(page, 'Triggers', 'Message left on read')).toContainText('Archived');
  const actions = renamed.getByRole('button', { name: 'Actions for Message left on read' });
  await actions.click();
  await expect(page.getByRole('menuitem', { name: 'Unarchive Message left on read' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rowButton(renamed, 'Message left on read')).toHaveAccessibleDescription('2 entries');
  await actions.click();
  await expect(page.getByRole('menuitem', { name: 'Archive Message left on read' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Tabs answer the arrow keys; the emotions list is the long one.
  await page.getByRole('tab', { name: /^Triggers/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Emotions/ })).toBeFocused();
  await expect(page.getByRole('tab', { name: /^Emotions/ })).toHaveAttribute('aria-selected', 'true');
  expect(await page.getByRole('list', { name: 'Emotions' }).getByRole('listitem').count()).toBeGreaterThan(100);
  await filter.fill('lonely');
  await expect(row(page, 'Emotions', 'Lonely')).toContainText('Lonely');
  await expectAccessible(page);

  // The entry itself now holds the new name, and the old ones are gone from it.
  await page.goto(`${page.url().split('#')[0]}#/entry/${first}`);
  const entry = page.getByRole('textbox', { name: 'Entry' });
  await expect(entry).toContainText('Message left on read');
  await expect(entry).not.toContainText('Unanswered message');
  await expect(entry).not.toContainText('Left on read');
  const found = await page.evaluate(() => window.haven.search.query({ text: '', tag: 'Message left on read' }));
  expect(found.ok && found.value.results).toHaveLength(2);
});

test('renaming a word held by many entries shows its progress, then every entry follows', async ({ page }) => {
  test.setTimeout(120_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  const doc = withTriggers('Waiting for an answer again. ', ['Left on read']);
  const COUNT = 1_500;
  await page.evaluate(
    async ({ document, count }) => {
      for (let i = 0; i < count; i++) {
        const day = new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        const saved = await window.haven.entries.save({ date: day, template: 'blank', title: '', doc: document });
        if (!saved.ok) throw new Error(saved.error.message);
      }
    },
    { document: doc, count: COUNT },
  );

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Manage tags' }).click();
  const word = row(page, 'Triggers', 'Left on read');
  await expect(rowButton(word, 'Left on read')).toHaveAccessibleDescription('1,500 entries');
  await choose(page, word, 'Left on read', 'Rename Left on read');
  const rename = page.getByRole('dialog', { name: 'Rename “Left on read”' });
  await rename.getByRole('textbox', { name: 'New name' }).fill('No reply');
  // Every value the bar shows and what the dialog says meanwhile, however fast it runs.
  type Watched = { seenProgress: number[]; seenStatus: string[] };
  await page.evaluate(() => {
    const watched = window as unknown as Watched;
    watched.seenProgress = [];
    watched.seenStatus = [];
    new MutationObserver(() => {
      const bar = document.querySelector('dialog [role="progressbar"]');
      if (bar) watched.seenProgress.push(Number(bar.getAttribute('aria-valuenow')));
      const status = document.querySelector('dialog [role="status"]')?.textContent;
      if (status) watched.seenStatus.push(status);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden({ timeout: 60_000 });
  await expect(page.getByText('Renamed “Left on read” to “No reply” in 1,500 entries.')).toBeVisible();
  await expect(rowButton(row(page, 'Triggers', 'No reply'), 'No reply')).toHaveAccessibleDescription('1,500 entries');
  // The bar moved as the main process reported each hundred entries, and never backwards.
  const { seenProgress: seen, seenStatus } = await page.evaluate(() => {
    const { seenProgress, seenStatus } = window as unknown as Watched;
    return { seenProgress, seenStatus };
  });
  expect(seen.filter((done) => done > 0 && done < 1_500).length).toBeGreaterThan(2);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  expect(seenStatus).toContain('Renaming “Left on read” in 1,500 entries…');
});

test('a word’s actions are reached through its menu with the keyboard alone', async ({ page }) => {
  await createJournal(page, 'Robin', PASSPHRASE);
  await entryWithTriggers(page, 'Quiet again. ', ['Unanswered message']);
  await entryWithTriggers(page, 'And again. ', ['Unanswered message']);
  await entryWithTriggers(page, 'Once more. ', ['Unanswered message']);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Manage tags' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeFocused();
  const filter = page.getByRole('textbox', { name: 'Filter tags' });
  await filter.focus();
  await page.keyboard.type('unanswered');

  // One line a word, and the count reads as entries.
  const word = row(page, 'Triggers', 'Unanswered message');
  const select = rowButton(word, 'Unanswered message');
  await expect(select).toHaveAccessibleDescription('3 entries');
  await expect(select).toHaveAttribute('aria-expanded', 'false');

  // Tab reaches the row, Enter opens its details; the fear is asked about in plain words.
  for (let i = 0; i < 8 && !(await select.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(select).toHaveAttribute('aria-expanded', 'true');
  await expect(word.getByRole('combobox', { name: 'What it can stir up: Unanswered message' })).toBeVisible();

  // The next Tab is the row's menu: Enter opens it on its first item, the arrows move, Escape gives focus back.
  await page.keyboard.press('Tab');
  const actions = word.getByRole('button', { name: 'Actions for Unanswered message' });
  await expect(actions).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions for Unanswered message' });
  await expect(menu.getByRole('menuitem', { name: 'Rename Unanswered message' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Merge Unanswered message' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Rename Unanswered message' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();

  // Space opens it too; Enter on Rename asks for the new name. (The filter is cleared first, so the renamed
  // word stays in sight.)
  await filter.fill('');
  await actions.focus();
  await page.keyboard.press('Space');
  await expect(menu.getByRole('menuitem', { name: 'Rename Unanswered message' })).toBeFocused();
  await page.keyboard.press('Enter');
  const rename = page.getByRole('dialog', { name: 'Rename “Unanswered message”' });
  await expect(rename.getByRole('textbox', { name: 'New name' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Message left on read');
  await page.keyboard.press('Enter');
  await expect(rename).toBeHidden();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Renamed “Unanswered message” to “Message left on read” in 3 entries.' }),
  ).toBeVisible();
  const renamed = row(page, 'Triggers', 'Message left on read');
  await expect(rowButton(renamed, 'Message left on read')).toHaveAccessibleDescription('3 entries');
  await expect(renamed.getByRole('button', { name: 'Actions for Message left on read' })).toBeFocused();
});

test('Tags has nothing serious for axe in light and dark, with a row’s details and menu open', async ({ page }) => {
  await createJournal(page, 'Robin', PASSPHRASE);
  await entryWithTriggers(page, 'Quiet. ', ['Unanswered message']);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Manage tags' }).click();
  const word = row(page, 'Triggers', 'Unanswered message');
  await rowButton(word, 'Unanswered message').click();
  await word.getByRole('button', { name: 'Actions for Unanswered message' }).click();
  await expect(page.getByRole('menu', { name: 'Actions for Unanswered message' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
});

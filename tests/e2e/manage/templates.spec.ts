import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures';
import { createJournal } from '../support/journal';

const PASSPHRASE = 'willow lantern harbour dusk';

const templateNames = (page: Page) =>
  page.getByRole('list', { name: 'Templates' }).getByRole('heading', { level: 2 }).allTextContents();

/** The built-in to copy: the trigger log, or the nightly check-in while the trigger log is not there yet. */
async function sourceTemplate(page: Page): Promise<{ name: string; sections: number }> {
  return page.evaluate(async () => {
    const list = await window.haven.templates.list();
    if (!list.ok) throw new Error(list.error.message);
    const source = list.value.find((t) => t.id === 'trigger-log') ?? list.value.find((t) => t.id === 'nightly');
    if (!source) throw new Error('No built-in template to copy.');
    return { name: source.name, sections: source.sections.length };
  });
}

test('a built-in template is copied, reshaped, saved, moved and deleted', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  const source = await sourceTemplate(page);
  const copy = `Copy of ${source.name}`;

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Manage templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeFocused();
  const templates = page.getByRole('list', { name: 'Templates' });
  await expect(templates.getByRole('listitem').filter({ hasText: source.name })).toContainText('Built-in');
  await templates.getByRole('button', { name: `Actions for ${source.name}` }).click();
  const sourceMenu = page.getByRole('menu', { name: `Actions for ${source.name}` });
  await expect(sourceMenu.getByRole('menuitem', { name: `Delete ${source.name}` })).toHaveCount(0);
  await expectAccessible(page);

  await sourceMenu.getByRole('menuitem', { name: `Duplicate ${source.name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `called “${copy}”` })).toBeVisible();
  await expect(templates.getByRole('link', { name: `Edit ${copy}` })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: `Edit “${copy}”` })).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Template name' });
  await expect(name).toHaveValue(copy);
  await name.fill('Conflict log');
  await page.getByRole('textbox', { name: 'Description' }).fill('For the evenings after a hard talk.');

  const sections = page.getByRole('list', { name: 'Sections' }).getByRole('listitem');
  await expect(sections).toHaveCount(source.sections);
  const firstLabel = await sections.first().getByRole('textbox', { name: 'Label' }).inputValue();

  // Remove the first section; its name is in the button's.
  await page.getByRole('button', { name: `Remove section ${firstLabel}` }).click();
  await expect(sections).toHaveCount(source.sections - 1);
  await expect(page.getByRole('status').filter({ hasText: `Removed “${firstLabel}”.` })).toBeVisible();

  // Add a small choice at the end, then move it up one place.
  await page.getByRole('combobox', { name: 'Kind of section' }).selectOption({ label: 'Small choice' });
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(sections).toHaveCount(source.sections);
  const added = sections.last();
  await expect(added.getByRole('group', { name: /Small choice/ })).toBeVisible();
  await expect(added.getByRole('textbox', { name: 'Label' })).toBeFocused();
  await added.getByRole('textbox', { name: 'Label' }).fill('What helped');
  await added.getByRole('textbox', { name: 'Options' }).fill('Talked it through\nTook a pause\nWent for a walk');
  const secondLast = await sections
    .nth(source.sections - 2)
    .getByRole('textbox', { name: 'Label' })
    .inputValue();
  await page.getByRole('button', { name: 'Move up What helped' }).click();
  await expect(sections.nth(source.sections - 2).getByRole('textbox', { name: 'Label' })).toHaveValue('What helped');
  await expect(sections.last().getByRole('textbox', { name: 'Label' })).toHaveValue(secondLast);
  await expect(page.getByRole('button', { name: 'Move up What helped' })).toBeFocused();

  // What can't be saved says why, next to the form, and points at the field.
  await name.fill('');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('alert')).toContainText('Give the template a name.');
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await name.fill('Conflict log');

  // Leaving with unsaved changes asks first.
  await page.getByRole('link', { name: 'Timeline' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await expectAccessible(page);
  await leave.getByRole('button', { name: 'Keep editing' }).click();
  await expect(leave).toBeHidden();
  await expect(name).toHaveValue('Conflict log');
  // Back asks too, and staying keeps the address on the editor.
  const editorUrl = page.url();
  await page.goBack();
  await expect(leave).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(leave).toBeHidden();
  expect(page.url()).toBe(editorUrl);
  await expect(name).toHaveValue('Conflict log');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Conflict log”.' })).toBeVisible();
  expect(await templateNames(page)).toContain('Conflict log');
  expect(await templateNames(page)).not.toContain(copy);
  const saved = await page.evaluate(async () => {
    const list = await window.haven.templates.list();
    const template = list.ok ? list.value.find((t) => t.name === 'Conflict log') : undefined;
    return template && { description: template.description, version: template.version, sections: template.sections };
  });
  expect(saved?.description).toBe('For the evenings after a hard talk.');
  expect(saved?.version).toBe(2);
  expect(saved?.sections).toHaveLength(source.sections);
  expect(saved?.sections[source.sections - 2]).toMatchObject({
    kind: 'choice',
    label: 'What helped',
    options: ['Talked it through', 'Took a pause', 'Went for a walk'],
  });

  // Alt+ArrowUp moves the focused template up one place, and focus stays with it.
  const before = await templateNames(page);
  const at = before.indexOf('Conflict log');
  await templates.getByRole('link', { name: 'Edit Conflict log' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: `Moved “Conflict log” up, to ${at} of` })).toBeVisible();
  expect((await templateNames(page)).indexOf('Conflict log')).toBe(at - 1);
  await expect(templates.getByRole('link', { name: 'Edit Conflict log' })).toBeFocused();
  const order = await page.evaluate(async () => {
    const list = await window.haven.templates.list();
    return list.ok ? list.value.map((t) => t.name) : [];
  });
  expect(order.indexOf('Conflict log')).toBe(at - 1);

  // Deleting asks first and says old entries keep their text.
  await templates.getByRole('button', { name: 'Actions for Conflict log' }).click();
  await page
    .getByRole('menu', { name: 'Actions for Conflict log' })
    .getByRole('menuitem', { name: 'Delete Conflict log' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Conflict log”?' });
  await expect(confirm).toContainText('Entries you already wrote with it keep their text');
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Delete template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Conflict log”.' })).toBeVisible();
  expect(await templateNames(page)).not.toContain('Conflict log');
});

test('built-ins open read-only with a way to copy them, and a new template starts empty', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.goto(`${page.url().split('#')[0]}#/templates`);
  const templates = page.getByRole('list', { name: 'Templates' });

  await templates.getByRole('link', { name: 'View Nightly check-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nightly check-in' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Template name' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Sections' }).getByRole('listitem').first()).toContainText(
    'Writing space',
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Duplicate to edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit “Copy of Nightly check-in”' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Template name' })).toHaveValue('Copy of Nightly check-in');
  // Nothing changed yet, so Cancel leaves without asking.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();

  await page.getByRole('button', { name: 'New template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New template' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Template name' }).fill('Sunday reflection');
  await page.getByRole('button', { name: 'Add section' }).click();
  const section = page.getByRole('list', { name: 'Sections' }).getByRole('listitem');
  await section.getByRole('textbox', { name: 'Label' }).fill('What went well this week');
  await section.getByRole('textbox', { name: 'Hint' }).fill('Small things count.');
  await page.getByRole('combobox', { name: 'Kind of section' }).selectOption({ label: 'Prompt' });
  await page.getByRole('button', { name: 'Add section' }).click();
  // A prompt with no question can't be saved, and the message names the section.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert')).toContainText('Section 2: Write the question.');
  await expect(section.last().getByRole('textbox', { name: 'Question' })).toBeFocused();
  await page.keyboard.type('What do I want to ask for next week?');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Sunday reflection”.' })).toBeVisible();
  await expect(templates.getByRole('heading', { level: 2, name: 'Sunday reflection', exact: true })).toBeVisible();
  await expect(templates.getByRole('heading', { level: 2, name: 'Copy of Nightly check-in' })).toBeVisible();
});

test('a template’s actions are reached through its menu with the keyboard alone', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Manage templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeFocused();
  const templates = page.getByRole('list', { name: 'Templates' });

  // From the heading, Tab reaches the first template's link, then its menu.
  const actions = templates.getByRole('button', { name: 'Actions for Nightly check-in' });
  for (let i = 0; i < 8 && !(await actions.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(actions).toBeFocused();
  await expect(actions).toHaveAttribute('aria-haspopup', 'menu');

  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions for Nightly check-in' });
  await expect(menu.getByRole('menuitem', { name: 'Duplicate Nightly check-in' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Move up Nightly check-in' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Move down Nightly check-in' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Move up Nightly check-in' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();

  await page.keyboard.press('Space');
  await expect(menu.getByRole('menuitem', { name: 'Duplicate Nightly check-in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'called “Copy of Nightly check-in”' })).toBeVisible();
  await expect(templates.getByRole('link', { name: 'Edit Copy of Nightly check-in' })).toBeFocused();
  expect(await templateNames(page)).toContain('Copy of Nightly check-in');
});

test('Templates has nothing serious for axe in light and dark, with a menu open', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.goto(`${page.url().split('#')[0]}#/templates`);
  const templates = page.getByRole('list', { name: 'Templates' });
  await templates.getByRole('button', { name: 'Actions for Nightly check-in' }).click();
  await expect(page.getByRole('menu', { name: 'Actions for Nightly check-in' })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
});

test('each template’s row says how many entries it has written', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Gratitude/ }).click();
  await page.keyboard.type('The bus driver waited for me.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.goto(`${page.url().split('#')[0]}#/templates`);
  const templates = page.getByRole('list', { name: 'Templates' });
  const row = (name: string) =>
    templates.getByRole('listitem').filter({ has: page.getByRole('heading', { name, exact: true }) });
  await expect(row('Gratitude and small moments')).toContainText('1 entry');
  await expect(row('Trigger log')).toContainText('Not used yet');
});

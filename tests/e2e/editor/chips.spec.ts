import { document as lexicalDocument, paragraph, text } from '../../../resources/templates/lexical-json';
import { asNode } from '../../../resources/templates/section-nodes';
import { EMOTIONS, NEEDS, TRIGGERS } from '../../../resources/vocabulary';
import { expect, test } from '../fixtures';
import { entryBox, saved } from '../support/editor';
import { createJournal } from '../support/journal';

const PASSPHRASE = 'pebble orchard lantern drift';

const picker = (kind: 'trigger' | 'emotion' | 'need', names: readonly string[], withIntensity: boolean) =>
  asNode({
    version: 1,
    type: 'haven-picker',
    sectionId: `${kind}s`,
    kind,
    label: `${kind[0]!.toUpperCase()}${kind.slice(1)}s`,
    hint: '',
    withIntensity,
    // Every other emotion has a strength set, so both looks of the strength control are measured.
    items: names.map((name, i) => ({ name, intensity: withIntensity && i % 2 === 0 ? i % 11 : null })),
  });

test('every built-in trigger, emotion and need chip keeps its name on one line at every window size', async ({
  page,
}) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  const doc = lexicalDocument(
    paragraph(text('Every word, to see how each chip sits.')),
    picker(
      'trigger',
      TRIGGERS.map((trigger) => trigger.name),
      false,
    ),
    picker(
      'emotion',
      EMOTIONS.map((emotion) => emotion.name),
      true,
    ),
    picker(
      'need',
      NEEDS.map((need) => need.name),
      false,
    ),
    paragraph(),
  );
  const id = await page.evaluate(async (body) => {
    const result = await window.haven.entries.save({ date: '2026-11-20', template: 'trigger-log', doc: body });
    return result.ok ? result.value.id : null;
  }, doc);
  expect(id).not.toBeNull();
  await page.goto(`${new URL(page.url()).origin}/#/entry/${id}`);
  await expect(entryBox(page).getByRole('list', { name: 'Chosen emotions' }).getByRole('listitem')).toHaveCount(
    EMOTIONS.length,
  );
  await expect(page.getByRole('combobox', { name: /^How strong: / }).first()).toBeVisible();

  for (const size of [
    { width: 900, height: 600 },
    { width: 1100, height: 760 },
    { width: 1600, height: 1000 },
  ]) {
    await page.setViewportSize(size);
    const broken = await page.evaluate(() => {
      const lists = ['Chosen triggers', 'Chosen emotions', 'Chosen needs'];
      const found: string[] = [];
      let checked = 0;
      for (const label of lists) {
        for (const item of Array.from(document.querySelectorAll(`[aria-label="${label}"] > li`))) {
          // The chip's name is its first text: measure how many line boxes that text takes.
          const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
          const name = walker.nextNode();
          if (!name || !name.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(name);
          const rects = Array.from(range.getClientRects());
          const lines = new Set(rects.map((rect) => Math.round(rect.top)));
          checked += 1;
          if (lines.size !== 1) found.push(`${name.textContent} (${lines.size} lines)`);
          // One line, and all of it showing: not squeezed to nothing or cut short beside its strength control.
          const box = name.parentElement!;
          if (box.clientWidth < 8 || box.scrollWidth > box.clientWidth + 1) {
            found.push(`${name.textContent} (${box.clientWidth} of ${box.scrollWidth} px showing)`);
          }
        }
      }
      return { found, checked };
    });
    expect(broken.checked, `${size.width}×${size.height}`).toBe(TRIGGERS.length + EMOTIONS.length + NEEDS.length);
    expect(broken.found, `${size.width}×${size.height}`).toEqual([]);
  }
});

test('a new word typed into a picker and confirmed with Enter is kept when the person moves on', async ({ page }) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  await page.getByRole('button', { name: 'New entry' }).click();
  await page.getByRole('menuitem', { name: /^Trigger log/ }).click();
  const triggers = entryBox(page).getByRole('combobox', { name: 'Triggers' });
  await triggers.click();
  await page.keyboard.type('Left off the group chat');
  await expect(page.getByRole('option', { name: /Left off the group chat/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Add a new trigger' })).toBeVisible();
  // The person doesn't answer the question; they go on to the next field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const chosen = entryBox(page).getByRole('list', { name: 'Chosen triggers' });
  await expect(chosen).toContainText('Left off the group chat');
  await expect(saved(page)).toBeVisible();
  const entryUrl = page.url();
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.goto(entryUrl);
  await expect(entryBox(page).getByRole('list', { name: 'Chosen triggers' })).toContainText('Left off the group chat');
});

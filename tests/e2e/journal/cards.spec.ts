import type { Locator, Page } from '@playwright/test';
import { document, paragraph, text } from '../../../resources/templates/lexical-json';
import { asNode } from '../../../resources/templates/section-nodes';
import { expect, expectAccessible, test } from '../fixtures';
import { entryBox, saved } from '../support/editor';
import { createJournal } from '../support/journal';
import { generateNights, saveNights } from '../patterns/vault';

const PASSPHRASE = 'harbour lantern meadow quiet';
const PROSE = 'Sam came home late and walked straight past me from the hallway.';
const TRIGGERS = ['Plans changed at the last minute', 'Unanswered message'];
const EMOTIONS = ['Relieved', 'Hurt'];
/** A name longer than most: its chip must wrap inside the card, not run past its edge. */
const LONG_TAG = 'Being talked over at the family dinner table while everyone else laughed along';
const SIZES = [
  { width: 900, height: 600 },
  { width: 1600, height: 1000 },
] as const;

const picker = (kind: 'trigger' | 'emotion' | 'need', names: string[]) =>
  asNode({
    version: 1,
    type: 'haven-picker',
    sectionId: `${kind}s`,
    kind,
    label: kind,
    hint: '',
    withIntensity: kind === 'emotion',
    items: names.map((name) => ({ name, intensity: kind === 'emotion' ? 6 : null })),
  });

/** Tonight's trigger log: the person's words around pickers, and a word too long for a narrow card's line. */
const triggerLog = document(
  asNode({ version: 1, type: 'haven-section', sectionId: 'what-happened', label: 'What happened', hint: '' }),
  paragraph(text(PROSE)),
  picker('trigger', [...TRIGGERS, LONG_TAG]),
  picker('emotion', EMOTIONS),
  asNode({ version: 1, type: 'haven-response', sectionId: 'response', label: 'Response', hint: '', value: 'froze' }),
  picker('need', ['Reassurance']),
  paragraph(text('Afterwards: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.')),
);

async function saveTriggerLog(page: Page): Promise<void> {
  const result = await page.evaluate(
    (doc) =>
      window.haven.entries.save({
        date: new Date().toLocaleDateString('sv'),
        title: 'After the hallway',
        template: 'trigger-log',
        doc,
      }),
    triggerLog,
  );
  expect(result.ok).toBe(true);
}

/**
 * What is wider than its box (scrollWidth over clientWidth) among the cards and all they hold, and every other
 * element of the view; and the cards taller than their box (clipped) or overlapping the next.
 */
async function layoutProblems(page: Page, cards: Locator): Promise<string[]> {
  const problems = await page.locator('main').evaluate((main) => {
    const found: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${(element.textContent ?? '').slice(0, 40)}"`;
    for (const element of main.querySelectorAll('*')) {
      // The editor's own layout has its own specs; a visually hidden label is 1 px wide by design.
      if (element.closest('.ed-root') || element.classList.contains('visually-hidden')) continue;
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        found.push(`wider than its box: ${describe(element)} ${element.scrollWidth} > ${element.clientWidth}`);
      }
    }
    return found;
  });
  const boxes = await cards.evaluateAll((list) =>
    list.map((card) => {
      const rect = card.getBoundingClientRect();
      return {
        name: (card.textContent ?? '').slice(0, 40),
        clipped: card.scrollHeight > card.clientHeight + 1 || card.scrollWidth > card.clientWidth + 1,
        top: rect.top,
        bottom: rect.bottom,
      };
    }),
  );
  boxes.forEach((box, index) => {
    if (box.clipped) problems.push(`clipped card: "${box.name}"`);
    const next = boxes[index + 1];
    if (next && next.top < box.bottom - 1) problems.push(`card overlaps the next: "${box.name}"`);
  });
  return problems;
}

async function inBothThemes(page: Page, check: () => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await check();
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a trigger log’s card shows its own words and its chips, and cards fit at every size in Timeline and Search', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await createJournal(page, 'Sam', PASSPHRASE);
  await saveNights(page, generateNights(40).slice(1));
  await saveTriggerLog(page);

  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    const entries = page.getByRole('list', { name: 'Entries' });
    const card = entries.getByRole('link', { name: /^After the hallway/ });
    await expect(card).toBeVisible();
    // The excerpt is the person's prose alone; what they picked is chips, each its own word.
    await expect(card.getByText(PROSE, { exact: false })).toHaveText(
      /^Sam came home late and walked straight past me from the hallway\. Afterwards: a+\.$/,
    );
    for (const name of [...TRIGGERS, ...EMOTIONS, 'Reassurance', LONG_TAG]) {
      await expect(card.getByText(name, { exact: true })).toBeVisible();
    }
    // The template, the time it was started and how long it is.
    await expect(card.getByText('Trigger log', { exact: true })).toBeVisible();
    await expect(card.getByText(/^\d+ words$/)).toBeVisible();
    await expect(card.getByText(/^\d{1,2}[:.]\d{2}( [AP]M)?$/)).toBeVisible();
    expect(await layoutProblems(page, entries.getByRole('link')), `Timeline at ${size.width}×${size.height}`).toEqual(
      [],
    );
    await inBothThemes(page, () => expectAccessible(page));

    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('hallway');
    const results = page.getByRole('list', { name: 'Results' });
    await expect(results.getByRole('listitem')).toHaveCount(1);
    await expect(results.getByRole('link').getByText(LONG_TAG, { exact: true })).toBeVisible();
    // The words around the match are the person's own; what they picked stays in the chips.
    await expect(results.getByRole('link').getByText(/from the hallway/)).not.toContainText('Unanswered message');
    await page.getByRole('searchbox', { name: 'Search entries' }).fill('Generated evening');
    await expect(results.getByRole('listitem')).toHaveCount(39);
    expect(await layoutProblems(page, results.getByRole('link')), `Search at ${size.width}×${size.height}`).toEqual([]);
    await inBothThemes(page, () => expectAccessible(page));
  }
});

test('a wide window shows Timeline beside a reader; arrow keys move through the cards and Enter opens one there', async ({
  page,
}) => {
  await createJournal(page, 'Sam', PASSPHRASE);
  const nights = generateNights(12);
  await saveNights(page, nights);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();

  const entries = page.getByRole('list', { name: 'Entries' });
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader).toBeVisible();
  const listBox = await entries.boundingBox();
  const readerBox = await reader.boundingBox();
  expect(readerBox!.x, 'the reader sits to the right of the list').toBeGreaterThanOrEqual(listBox!.x + listBox!.width);
  // The newest entry is there to read, and the caret stays on the page's heading.
  await expect(entryBox(page)).toContainText(nights[0]!.marker);
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeFocused();

  // A click shows that entry in the reader, ready to write in.
  await entries.getByRole('link', { name: /^Night 3\b/ }).click();
  await expect(entryBox(page)).toContainText(nights[3]!.marker);
  await expect(entries.getByRole('link', { name: /^Night 3\b/ })).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(/#\/timeline$/);
  await page.keyboard.type('Tea helped. ');
  await expect(saved(page)).toBeVisible();
  await expect(entries.getByRole('link', { name: /^Night 3\b/ })).toContainText('Tea helped.');

  // The keyboard: arrows move between cards, Enter opens the one reached.
  await entries.getByRole('link', { name: /^Night 3\b/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(entries.getByRole('link', { name: /^Night 4\b/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(entries.getByRole('link', { name: /^Night 2\b/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(entryBox(page)).toContainText(nights[2]!.marker);
  await expect(entryBox(page)).toBeFocused();
  await entries.getByRole('link', { name: /^Night 2\b/ }).focus();
  await page.keyboard.press('End');
  await expect(entries.getByRole('link', { name: /^Night 11\b/ })).toBeFocused();
  await inBothThemes(page, () => expectAccessible(page));

  // A narrower window opens the entry view instead.
  await page.setViewportSize({ width: 1100, height: 760 });
  await expect(reader).toBeHidden();
  await entries.getByRole('link', { name: /^Night 5\b/ }).click();
  await expect(page).toHaveURL(/#\/entry\//);
  await expect(entryBox(page)).toContainText(nights[5]!.marker);
});

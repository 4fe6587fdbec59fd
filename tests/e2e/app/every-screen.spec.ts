import type { Page } from '@playwright/test';
import { BUILTIN_TEMPLATES } from '../../../resources/templates/builtin';
import { expect, expectAccessible, test } from '../fixtures';
import { entryBox, saved } from '../support/editor';
import { createJournal } from '../support/journal';

/**
 * Every screen, as a person reaches it, checked two ways: nothing on it is wider than its own box at the
 * smallest and the largest window Haven is built for, and axe finds nothing serious in either theme.
 */

const PASSPHRASE = 'harbour willow copper quiet';
const SIZES = [
  { width: 900, height: 600 },
  { width: 1600, height: 1000 },
];

const words = (text: string) => ({ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text });
const para = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
});
const chip = (kind: string, name: string) => ({ type: 'haven-tag', version: 1, kind, name });

/** A month of evenings with long words and long tag names, the cases that push a layout wider. */
async function seed(page: Page): Promise<void> {
  const long =
    'Underneath the disappointment about the rearranged weekend there was something older and quieter, a feeling of ' +
    'not being asked, and I noticed it before I said anything this time.';
  const entries = Array.from({ length: 30 }, (_, n) => ({
    date: new Date(Date.now() - (n + 1) * 86_400_000).toISOString().slice(0, 10),
    doc: JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          para(words(`${n % 3 === 0 ? 'Incomprehensibilities-and-overthinking ' : ''}${long}`)),
          para(
            chip('trigger', 'Plans changed at the last minute'),
            chip('emotion', n % 2 ? 'Embarrassed' : 'Overwhelmed'),
            chip('need', 'Reassurance'),
            chip('tag', 'a-rather-long-tag-name-someone-typed'),
          ),
        ],
      },
    }),
  }));
  await page.evaluate(async (list) => {
    for (const { date, doc } of list) {
      await window.haven.entries.save({
        date,
        template: 'blank',
        title: 'A long evening after the weekend plans',
        doc,
      });
    }
  }, entries);
}

/** Elements of the page whose content is wider than their box, other than deliberate single-line truncation. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} “${name}”`;
    };
    return [document.documentElement, ...document.body.querySelectorAll('*')]
      .filter((element) => {
        if (!(element instanceof HTMLElement) || element.clientWidth === 0) return false;
        if (element.scrollWidth <= element.clientWidth + 1) return false;
        const style = getComputedStyle(element);
        // Text cut with an ellipsis on purpose (and shown whole on hover or in the reader) is not overflow.
        if (style.textOverflow === 'ellipsis' && (style.overflowX === 'hidden' || style.overflowX === 'clip')) {
          return false;
        }
        // Visually hidden text for screen readers has a one-pixel box by design.
        if (element.clientWidth <= 1) return false;
        return true;
      })
      .map((element) => `${describe(element)} ${(element as HTMLElement).scrollWidth} > ${element.clientWidth}`);
  });
}

const go = async (page: Page, name: string) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

/** Today, Timeline, Search with results, an entry of each built-in template and Settings, each as a step. */
async function visitEach(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await go(page, 'Today');
  await expect(entryBox(page)).toBeVisible();
  await check('Today');

  await go(page, 'Timeline');
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  await check('Timeline');

  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search entries' }).fill('weekend');
  await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  await check('Search');

  for (const template of BUILTIN_TEMPLATES) {
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${template.name}`) }).click();
    await expect(entryBox(page)).toBeFocused();
    await page.keyboard.type('Written to keep the page.');
    await expect(saved(page)).toBeVisible();
    await check(`an entry from ${template.name}`);
  }

  await go(page, 'Settings');
  await check('Settings');
}

test('Today, Timeline, Search, an entry of each template and Settings fit their window at 900×600 and 1600×1000', async ({
  page,
}) => {
  test.slow();
  await createJournal(page, 'Sam', PASSPHRASE);
  await seed(page);
  await visitEach(page, async (screen) => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      expect(await overflowing(page), `${screen} at ${size.width}×${size.height}`).toEqual([]);
    }
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious on any screen in the ${colorScheme} theme`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await createJournal(page, 'Sam', PASSPHRASE);
    await seed(page);
    await visitEach(page, () => expectAccessible(page));
    for (const name of ['Patterns', 'Conversation', 'Prompts']) {
      await go(page, name);
      await expectAccessible(page);
    }
    await go(page, 'Settings');
    for (const manager of ['Manage tags', 'Manage templates']) {
      await page.getByRole('link', { name: manager }).click();
      await expect(page.getByRole('link', { name: 'Back to Settings' })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Back to Settings' }).click();
    }
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('list', { name: 'Journals' })).toBeVisible();
    await expectAccessible(page);
  });
}

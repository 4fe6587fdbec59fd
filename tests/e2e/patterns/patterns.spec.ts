import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../fixtures';
import { entryBox } from '../support/editor';
import { createJournal } from '../support/journal';
import { generateNights, saveNights, TRIGGERS } from './vault';

const PASSPHRASE = 'harbour lantern meadow quiet';
const PERIOD_DAYS = 30;

async function inBothThemes(page: Page, check: () => Promise<void>): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await check();
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('patterns of a 90-night journal lead to a coached card, its exports, and a conversation that ends in repair', async ({
  page,
  dialogs,
  dataDir,
}) => {
  test.setTimeout(180_000);
  const nights = generateNights();
  const inPeriod = nights.filter((night) => night.daysAgo < PERIOD_DAYS);
  const counts = new Map<string, number>(TRIGGERS.map((t) => [t, 0]));
  for (const night of inPeriod) for (const t of night.triggers) counts.set(t, (counts.get(t) ?? 0) + 1);
  const [top, topCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  expect(top, 'the generator makes unanswered messages the most frequent trigger').toBe('Unanswered message');
  const topTitles = inPeriod.filter((n) => n.triggers.includes(top)).map((n) => n.title);
  expect(topTitles).toHaveLength(topCount);

  await createJournal(page, 'Sam', PASSPHRASE);
  await saveNights(page, nights);

  // Patterns: the last 30 days by default; the top trigger and its count, in words and in the table.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click();
  await expect(page.getByRole('heading', { name: 'Patterns', level: 1 })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  const frequency = page.getByRole('region', { name: 'Trigger frequency' });
  await expect(frequency.getByText(`Most often: ${top}, ${topCount} times`)).toBeVisible();
  await frequency.getByRole('button', { name: 'Show as table' }).click();
  const table = frequency.getByRole('table', { name: 'Trigger frequency' });
  await expect(table.getByRole('row').nth(1).getByRole('rowheader')).toHaveText(top);
  await inBothThemes(page, () => expectAccessible(page));

  // Its drill-down lists exactly the entries behind the number.
  await table.getByRole('button', { name: `${topCount}: entries with ${top}`, exact: true }).click();
  const drill = page.getByRole('dialog', { name: `Entries: ${top}` });
  const listed = drill.getByRole('list', { name: `Entries: ${top}` }).getByRole('listitem');
  await expect(listed).toHaveCount(topCount);
  const titles = await listed.locator('.entry-card-title').allTextContents();
  expect(titles.sort()).toEqual([...topTitles].sort());
  await drill.getByRole('button', { name: 'Close' }).click();
  await expect(drill).toBeHidden();

  // Switching the period asks again: the last 7 days hold fewer.
  await page.getByRole('radio', { name: 'Last 7 days' }).check();
  const weekCount = nights.filter((n) => n.daysAgo < 7 && n.triggers.includes(top)).length;
  await expect(frequency.getByText(`Most often: ${top}, ${weekCount} times`)).toBeVisible();
  await page.getByRole('radio', { name: 'Last 30 days' }).check();

  // A card drafted from the top trigger's insight.
  const insight = page
    .getByRole('list', { name: 'Insights' })
    .getByRole('listitem')
    .filter({ hasText: `'${top}' came up ${topCount} times` });
  await expect(insight).toHaveCount(1);
  await insight.getByRole('button', { name: 'Make a conversation card' }).click();
  const editor = entryBox(page);
  await expect(editor).toContainText('When');
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeVisible();

  // The coach marks blaming words as they are typed, and never stands in the way.
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('And you never listen');
  const suggestions = page.getByRole('list', { name: 'Suggestions' });
  await expect(suggestions.getByRole('listitem').filter({ hasText: '“you never”' })).toBeVisible();
  await expect(editor).toContainText('And you never listen');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await inBothThemes(page, () => expectAccessible(page));

  // Exports: a PDF and Markdown where the person picks, holding this card and no entry's own words.
  const pdf = join(dataDir, 'card.pdf');
  await dialogs.willSave(pdf);
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the card to' })).toContainText('card.pdf');
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const markdown = join(dataDir, 'card.md');
  await dialogs.willSave(markdown);
  await page.getByRole('button', { name: 'Export Markdown…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the card to' })).toContainText('card.md');
  const exported = readFileSync(markdown, 'utf8');
  expect(exported).toContain('And you never listen');
  expect(exported).toContain(top);
  expect(exported).not.toMatch(/marker\d\dq/);
  const copied = await page.evaluate(async () => {
    const id = window.location.hash.split('/').pop() ?? '';
    const result = await window.haven.cards.export({ id, format: 'text' });
    return result.ok ? result.value.text : '';
  });
  expect(copied).toContain('And you never listen');
  expect(copied).not.toMatch(/marker\d\dq/);

  // Conversation mode: the whole window, a running timer, turns with mirroring, pause, and repair.
  await page.getByRole('button', { name: 'Start conversation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Conversation: / })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByRole('radio', { name: '10 minutes' }).check();
  await page.getByRole('button', { name: 'Start the timer' }).click();
  const timer = page.getByRole('timer', { name: 'Time left' });
  await expect(timer).toHaveText(/^(10:00|09:5\d)$/);
  await expect(timer).toHaveText(/^09:5\d$/, { timeout: 5_000 });
  await inBothThemes(page, () => expectAccessible(page));
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await timer.textContent();
  await page.waitForTimeout(1_500);
  await expect(timer).toHaveText(paused ?? '');
  await page.getByRole('button', { name: 'Resume' }).click();

  const switchTurns = page.getByRole('button', { name: 'Switch turns' });
  await expect(page.getByRole('heading', { name: 'You are speaking' })).toBeVisible();
  await expect(switchTurns).toBeDisabled();
  await page.getByRole('checkbox', { name: 'I’ve summarized what I heard' }).check();
  await switchTurns.click();
  await expect(page.getByRole('heading', { name: 'Your partner is speaking' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'I’ve summarized what I heard' })).not.toBeChecked();

  await page.getByRole('button', { name: 'Close with repair' }).click();
  await page
    .getByRole('textbox', { name: 'What I will do differently next time' })
    .fill('Answer with one line when I see a message, even when busy.');
  await page.getByRole('textbox', { name: 'A thank-you' }).fill('Thank you for staying with me tonight.');
  await page.getByRole('button', { name: 'Save as entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as a Repair reflection' })).toBeVisible();
  const repairs = await page.evaluate(async () => {
    const result = await window.haven.entries.list({ template: 'repair', offset: 0, limit: 10 });
    return result.ok ? result.value.items.map((item) => item.title) : [];
  });
  expect(repairs).toHaveLength(1);
  expect(repairs[0]).toMatch(/^Repair after/);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('list', { name: 'Entries' }).getByRole('link', { name: /^Repair after/ })).toBeVisible();

  // The Conversation view lists the card and passes the accessibility check in both themes.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversation' }).click();
  await expect(page.getByRole('heading', { name: 'Conversation', level: 1 })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Cards' }).getByRole('listitem')).toHaveCount(1);
  await inBothThemes(page, () => expectAccessible(page));
});

test('a new card from the Conversation view is drafted from the entries picked, and only from those', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const nights = generateNights(10, 11);
  await createJournal(page, 'Ari', PASSPHRASE);
  await saveNights(page, nights);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Conversation' }).click();
  await page.getByRole('button', { name: 'New card' }).click();
  const dialog = page.getByRole('dialog', { name: 'New card' });
  await expect(dialog.getByRole('radio', { name: 'Last 30 days' })).toBeChecked();
  const entries = dialog.getByRole('group', { name: 'Entries' });
  await entries.getByRole('checkbox', { name: /^Night 2\b/ }).check();
  await entries.getByRole('checkbox', { name: /^Night 5\b/ }).check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Draft card' }).click();
  await expect(entryBox(page)).toContainText('When');

  const text = await page.evaluate(async () => {
    const id = window.location.hash.split('/').pop() ?? '';
    const result = await window.haven.cards.export({ id, format: 'text' });
    return result.ok ? result.value.text : '';
  });
  const markers = [...text.matchAll(/marker\d\dq/g)].map((m) => m[0]);
  expect(markers.every((m) => m === 'marker02q' || m === 'marker05q')).toBe(true);
});

test('all time is charted by month, a custom range counts its own days, and "since my last card" starts at the card', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const nights = generateNights(400);
  const top = TRIGGERS[0];
  const dayOf = (daysAgo: number) => {
    const day = new Date();
    day.setDate(day.getDate() - daysAgo);
    return day;
  };
  await createJournal(page, 'Sam', PASSPHRASE);
  await saveNights(page, nights);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click();
  const sinceCard = page.getByRole('radio', { name: 'Since my last conversation card' });
  await expect(sinceCard).toBeDisabled();
  const summary = page.getByRole('region', { name: 'This period' });

  // All time: every night, and more than a year of them, so the charts over time go month by month.
  await page.getByRole('radio', { name: 'All time' }).check();
  await expect(summary.getByRole('button', { name: '400: every entry in this period' })).toBeVisible();
  const frequency = page.getByRole('region', { name: 'Trigger frequency' });
  const allTime = nights.filter((n) => n.triggers.includes(top)).length;
  await expect(frequency.getByText(`Most often: ${top}, ${allTime} times`)).toBeVisible();
  const byMonth = page.getByRole('region', { name: 'Triggers by month' });
  await byMonth.getByRole('button', { name: 'Show as table' }).click();
  const now = new Date();
  const thisMonth = nights.filter(
    (n) =>
      n.triggers.includes(top) &&
      dayOf(n.daysAgo).getMonth() === now.getMonth() &&
      dayOf(n.daysAgo).getFullYear() === now.getFullYear(),
  );
  const row = byMonth.getByRole('row').filter({ has: page.getByRole('rowheader', { name: top }) });
  const lastMonth = row.getByRole('button').last();
  await expect(lastMonth).toHaveAccessibleName(new RegExp(`^${thisMonth.length}: ${top}, \\w+ ${now.getFullYear()}$`));
  await lastMonth.click();
  const drill = page.getByRole('dialog', { name: new RegExp(`^Entries: ${top}, `) });
  const listed = drill.getByRole('listitem');
  await expect(listed).toHaveCount(thisMonth.length);
  expect((await listed.locator('.entry-card-title').allTextContents()).sort()).toEqual(
    thisMonth.map((n) => n.title).sort(),
  );
  await drill.getByRole('button', { name: 'Close' }).click();

  // A custom range: ten days to three days ago, both ends included.
  await page.getByRole('radio', { name: 'Custom range' }).check();
  const iso = (daysAgo: number) => {
    const day = dayOf(daysAgo);
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  };
  await page.getByLabel('From', { exact: true }).fill(iso(10));
  await page.getByLabel('To', { exact: true }).fill(iso(3));
  await expect(summary.getByRole('button', { name: '8: every entry in this period' })).toBeVisible();
  const inRange = nights.filter((n) => n.daysAgo >= 3 && n.daysAgo <= 10 && n.triggers.includes(top)).length;
  await frequency.getByRole('button', { name: 'Show as table' }).click();
  await expect(frequency.getByRole('button', { name: `${inRange}: entries with ${top}`, exact: true })).toBeVisible();

  // "Since my last conversation card" opens up once there is a card, and covers today alone.
  await page.getByRole('radio', { name: 'Last 30 days' }).check();
  await page
    .getByRole('list', { name: 'Insights' })
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: 'Make a conversation card' })
    .click();
  await expect(page.getByRole('button', { name: 'Start conversation' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns' }).click();
  await sinceCard.check();
  await expect(summary.getByRole('button', { name: '1: every entry in this period' })).toBeVisible();
  await expect(summary.getByText(/^1 of 1$/)).toBeVisible();
  await inBothThemes(page, () => expectAccessible(page));
});

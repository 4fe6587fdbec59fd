import { expect, expectAccessible, test } from '../fixtures';
import { DOCUMENT_MAX_CHARS } from '../../../resources/document/readable';
import { entryBox, paste, saved, startEmpty } from '../support/editor';
import { createJournal } from '../support/journal';
import { plantDocument } from '../support/plant';

const PASSPHRASE = 'willow station amber tide';

/** Quotes nested `depth` deep, as a string: far deeper than the editor's renderer can walk. */
const deepDocument = (depth: number) =>
  `{"root":{"type":"root","version":1,"children":[${'{"type":"quote","version":1,"children":['.repeat(depth)}` +
  `{"type":"text","version":1,"text":"deep"}${']}'.repeat(depth)}]}}`;

const unknownDocument = JSON.stringify({
  root: { type: 'root', version: 1, children: [{ type: 'collapsible-container', version: 1, children: [] }] },
});

test('an entry planted in the database opens as a notice with its words, and the rest of Haven keeps working', async ({
  page,
  dataDir,
  dialogs,
}, testInfo) => {
  test.setTimeout(120_000);
  await createJournal(page, 'Robin', PASSPHRASE);

  // Tonight's entry and one from last week, saved as the editor would, then locked away.
  const ids = await page.evaluate(async () => {
    const today = await window.haven.entries.today();
    if (!today.ok) throw new Error(today.error.message);
    const paragraph = (words: string) =>
      JSON.stringify({
        root: {
          type: 'root',
          version: 1,
          children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: words }] }],
        },
      });
    const save = async (date: string, title: string, words: string) => {
      // Tonight's check-in is the nightly template's entry: that is the one Today opens.
      const result = await window.haven.entries.save({ date, title, template: 'nightly', doc: paragraph(words) });
      if (!result.ok) throw new Error(result.error.message);
      return result.value.id;
    };
    const earlier = await save('2026-01-05', 'Earlier', 'A walk by the river, and nothing to fix.');
    const card = await window.haven.cards.draft({ from: '2026-01-01', to: '2026-01-31', entryIds: [earlier] });
    if (!card.ok) throw new Error(card.error.message);
    return {
      tonight: await save(today.value.date, 'Tonight', 'The kitchen was quiet and I finally said it.'),
      earlier,
      card: card.value.id,
    };
  });
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await plantDocument(dataDir, PASSPHRASE, { entry: ids.tonight }, unknownDocument);
  await plantDocument(dataDir, PASSPHRASE, { entry: ids.earlier }, deepDocument(10_000));
  await plantDocument(dataDir, PASSPHRASE, { card: ids.card }, unknownDocument);

  await page.getByRole('textbox', { name: 'Passphrase' }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();

  // Tonight opens as the notice, with the words Haven kept, instead of a blank window.
  const notice = page.getByRole('region', { name: 'This entry can’t be shown in the editor' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice.getByRole('region', { name: 'Recovered text' })).toHaveText(
    'The kitchen was quiet and I finally said it.',
  );
  await expect(entryBox(page)).toHaveCount(0);
  await expectAccessible(page);

  // Every other view works: the Timeline, the other unreadable entry, Settings and Trash.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Entries' });
  await expect(list.getByRole('link', { name: /Tonight/ })).toBeVisible();
  await list.getByRole('link', { name: /Earlier/ }).click();
  await expect(notice.getByRole('region', { name: 'Recovered text' })).toHaveText(
    'A walk by the river, and nothing to fix.',
  );
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // An export leaves neither out, and says which ones it could only write as text.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await exportDialog.getByRole('radio', { name: 'PDF' }).check();
  await dialogs.willSave(testInfo.outputPath('journal.pdf'));
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 entries' })).toContainText(
    /2 entries can’t be shown in the editor, so the export holds the text Haven could recover of them: .*2026 \(“Earlier”\); .* \(“Tonight”\)\./,
  );
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();

  // A view that still fails (a card whose document the editor can't open) fails alone: the menu still works.
  await page.evaluate((card) => (window.location.hash = `#/card/${card}`), ids.card);
  await expect(page.getByRole('heading', { level: 1, name: 'This page couldn’t be shown' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await nav.getByRole('link', { name: 'Conversation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Conversation' })).toBeVisible();

  // Move to Trash puts it aside, and tonight's page offers a fresh check-in.
  await nav.getByRole('link', { name: 'Today' }).click();
  await notice.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved to Trash' })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(entryBox(page)).toBeVisible();
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('The kitchen was quiet');
});

test('an entry that grows past what one save can carry says so in its save status', async ({ page }) => {
  test.setTimeout(120_000);
  await createJournal(page, 'Robin', PASSPHRASE);
  const box = await startEmpty(page);
  // One long line of words: its document is just past the ceiling.
  await paste(page, { 'text/plain': 'word '.repeat(Math.ceil(DOCUMENT_MAX_CHARS / 5) + 100) });
  await expect(
    page.getByRole('status').filter({ hasText: 'This entry has grown too long to save as one.' }),
  ).toHaveText(
    'This entry has grown too long to save as one. Move part of it into a new entry, and Haven will save both. ' +
      'Your words are still here, but what you wrote since the last save isn’t saved yet.',
    { timeout: 30_000 },
  );
  await box.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('A shorter night.');
  await expect(saved(page)).toBeVisible({ timeout: 30_000 });
});

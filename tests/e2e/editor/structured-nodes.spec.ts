import { expect, expectAccessible, test } from '../fixtures';
import { documentNodes, entryBox } from '../support/editor';
import { createJournal } from '../support/journal';

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
const block = (type: string, children: unknown[]) => ({
  type,
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  ...(type === 'paragraph' ? { textFormat: 0, textStyle: '' } : {}),
});

test('an entry holding tag chips, an intensity and a response opens, reads well and keeps them', async ({ page }) => {
  await createJournal(page, 'Alex', 'quiet lantern harbour meadow');
  const doc = JSON.stringify({
    root: block('root', [
      block('paragraph', [
        text('When '),
        chip('trigger', 'An unanswered message'),
        text(' came up, I felt '),
        chip('emotion', 'Anxious'),
        text('.'),
      ]),
      { type: 'haven-intensity', version: 1, value: 7 },
      { type: 'haven-response', version: 1, value: 'stayed-present' },
      block('paragraph', [text('What I needed: '), chip('need', 'Reassurance')]),
    ]),
  });
  const id = await page.evaluate(async (document) => {
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

  await page.goto(`${page.url().split('#')[0]}#/entry/${id}`);
  const box = entryBox(page);
  await expect(box).toContainText('An unanswered message');
  // Written before fields had labels of their own: they open as the labelled controls they are now.
  await expect(box.getByRole('slider', { name: 'Intensity' })).toHaveValue('7');
  await expect(box.getByRole('radio', { name: 'Stayed present' })).toBeChecked();
  await expect(box).toContainText('Reassurance');

  const structured = (await documentNodes(page)).filter((node) => node.type.startsWith('haven-'));
  expect(structured).toEqual([
    chip('trigger', 'An unanswered message'),
    chip('emotion', 'Anxious'),
    { type: 'haven-intensity', version: 1, sectionId: '', label: 'Intensity', hint: '', value: 7 },
    { type: 'haven-response', version: 1, sectionId: '', label: 'Response', hint: '', value: 'stayed-present' },
    chip('need', 'Reassurance'),
  ]);
  const search = await page.evaluate(() => window.haven.search.query({ text: 'anxious', tag: 'Reassurance' }));
  expect(search.ok && search.value.results.map((result) => result.id)).toEqual([id]);
  await expectAccessible(page);
});

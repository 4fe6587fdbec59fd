import { afterEach, describe, expect, it } from 'vitest';
import { createPrompts } from '../../../main/journal/prompts';
import { PROMPTS } from '../../../resources/prompts';
import { docOf, openJournal, paragraph, prompt, tag } from './helpers';

const journals: Awaited<ReturnType<typeof openJournal>>[] = [];
async function journal() {
  const opened = await openJournal();
  journals.push(opened);
  return { ...opened, prompts: createPrompts(opened.vault.db) };
}
afterEach(() => {
  for (const opened of journals.splice(0)) opened.vault.close();
});

describe('prompts over a vault', () => {
  it('keeps tonight’s prompt all evening, and "Another prompt" moves to the next one, remembered for the night', async () => {
    const { prompts } = await journal();
    const first = prompts.tonight('2026-11-25');
    expect(first.prompt).not.toBeNull();
    expect(prompts.tonight('2026-11-25').prompt?.id).toBe(first.prompt?.id);

    const second = prompts.another('2026-11-25', first.prompt!.id);
    expect(second.prompt?.id).not.toBe(first.prompt?.id);
    expect(prompts.tonight('2026-11-25').prompt?.id).toBe(second.prompt?.id);
    // Shown tonight, so not offered again for 21 days.
    for (const date of ['2026-11-26', '2026-12-10', '2026-12-15']) {
      expect([first.prompt?.id, second.prompt?.id]).not.toContain(prompts.tonight(date).prompt?.id);
    }
  });

  it('explains a choice led by this week’s triggers, counting entries', async () => {
    const { prompts, write } = await journal();
    for (const date of ['2026-11-20', '2026-11-23', '2026-11-24']) {
      write(date, '', { doc: docOf(paragraph('It happened again: ', tag('trigger', 'Feeling dismissed'))) });
    }
    // A week earlier doesn't count.
    write('2026-11-10', '', { doc: docOf(paragraph(tag('trigger', 'Criticism'))) });
    const tonight = prompts.tonight('2026-11-25');
    expect(tonight.reason).toBe('‘Feeling dismissed’ came up three times this week.');
  });

  it('follows a renamed built-in trigger to the themes it touches', async () => {
    const { prompts, write, tags } = await journal();
    await tags.rename('trigger', 'Feeling dismissed', 'Brushed off');
    write('2026-11-24', '', { doc: docOf(paragraph(tag('trigger', 'Brushed off'))) });
    write('2026-11-25', '', { doc: docOf(paragraph(tag('trigger', 'Brushed off'))) });
    expect(prompts.tonight('2026-11-25').reason).toBe('‘Brushed off’ came up twice this week.');
  });

  it('"Not for me" passes over the prompt and lowers it from then on', async () => {
    const { prompts, vault } = await journal();
    const first = prompts.tonight('2026-11-25').prompt!;
    const next = prompts.notForMe('2026-11-25', first.id);
    expect(next.prompt?.id).not.toBe(first.id);
    prompts.notForMe('2026-11-25', next.prompt!.id);
    const lowered = vault.db
      .prepare('SELECT prompt_id, not_for_me FROM prompt_use WHERE not_for_me > 0 ORDER BY 1')
      .all();
    expect(lowered).toEqual([first.id, next.prompt!.id].sort().map((id) => ({ prompt_id: id, not_for_me: 1 })));
  });

  it('records a prompt as answered when an entry holds it, and keeps favourites and hidden marks', async () => {
    const { prompts, write, entries } = await journal();
    const chosen = PROMPTS[0]!;
    const saved = write('2026-11-25', '', {
      doc: docOf(prompt(chosen.id, chosen.text), paragraph('My answer, in my words.')),
    });
    expect(prompts.list().find((item) => item.id === chosen.id)?.answered).toBe(1);
    entries.remove(saved.id);
    expect(prompts.list().find((item) => item.id === chosen.id)?.answered).toBe(0);

    prompts.mark(PROMPTS[1]!.id, { favourite: true });
    prompts.mark(PROMPTS[2]!.id, { hidden: true });
    const list = prompts.list();
    expect(list.filter((item) => item.favourite).map((item) => item.id)).toEqual([PROMPTS[1]!.id]);
    expect(list.filter((item) => item.hidden).map((item) => item.id)).toEqual([PROMPTS[2]!.id]);
  });

  it('offers the person’s own prompts alongside the library’s, and deletes only those', async () => {
    const { prompts, vault } = await journal();
    const own = prompts.create(
      {
        text: 'What would make tomorrow evening feel easy for you?',
        themes: ['self-care'],
        fit: 'anyone',
        depth: 'light',
      },
      new Date(),
    );
    expect(own.custom).toBe(true);
    prompts.setPreferences({ tendencies: [], focus: ['self-care'] });
    // Hide every library prompt: the person's own is then tonight's.
    for (const item of PROMPTS) prompts.mark(item.id, { hidden: true });
    expect(prompts.tonight('2026-11-25').prompt?.id).toBe(own.id);
    expect(() => prompts.remove(PROMPTS[0]!.id)).toThrow(/hidden, not deleted/);
    prompts.remove(own.id);
    expect(prompts.tonight('2026-11-26').prompt).toBeNull();
    expect(vault.db.prepare('SELECT count(*) FROM custom_prompts').pluck().get()).toBe(0);
  });

  it('offers prompts from a set for its moment, without changing tonight’s prompt', async () => {
    const { prompts } = await journal();
    const tonight = prompts.tonight('2026-11-25').prompt!.id;
    for (const set of ['after-hard-moment', 'before-conversation'] as const) {
      const chosen = prompts.forSet('2026-11-25', set).prompt!;
      expect(PROMPTS.find((item) => item.id === chosen.id)?.sets).toContain(set);
    }
    expect(prompts.tonight('2026-11-25').prompt?.id).toBe(tonight);
  });

  it('keeps preferences in the vault, dropping tendencies it doesn’t know', async () => {
    const { prompts } = await journal();
    expect(prompts.preferences()).toEqual({ tendencies: [], focus: [] });
    const saved = prompts.setPreferences({ tendencies: ['quiet-when-heated', 'made-up'], focus: ['repair', 'repair'] });
    expect(saved).toEqual({ tendencies: ['quiet-when-heated'], focus: ['repair'] });
    expect(prompts.preferences()).toEqual(saved);
  });
});

import { describe, expect, it } from 'vitest';
import { deriveFromDoc, EXCERPT_CHARS } from '../../../main/journal/derive';
import { choice, docOf, intensity, item, openJournal, paragraph, picker, response, section, tag } from './helpers';

/** A trigger log as the editor writes one: the person's words between pickers, a choice and the sliders. */
const triggerLog = docOf(
  section('What happened', '', 'what-happened'),
  paragraph('Sam came home late and walked past me from the hallway.'),
  picker('trigger', [item('Plans changed at the last minute'), item('Unanswered message')], 'triggers'),
  picker('emotion', [item('Relieved', 2), item('Hurt', 7)], 'emotions'),
  intensity(6),
  response('withdrew'),
  section('The story I told myself', '', 'story'),
  paragraph('That I ', tag('emotion', 'Hurt'), ' him somehow.'),
  choice('repaired', 'Did we repair it?', ['Yes', 'Not yet'], 'Not yet'),
  picker('need', [item('Reassurance')], 'needs'),
);

describe('a card’s excerpt', () => {
  it('holds only the person’s own words of a trigger log: no picked words, no chosen options', () => {
    const derived = deriveFromDoc(triggerLog);
    expect(derived.excerpt).toBe('Sam came home late and walked past me from the hallway. That I Hurt him somehow.');
    // Search and patterns still read the picked words and the choice.
    expect(derived.text).toContain('Plans changed at the last minute, Unanswered message');
    expect(derived.text).toContain('Not yet');
  });

  it('is cut at a word’s end with an ellipsis, never inside an emoji', () => {
    const long = deriveFromDoc(docOf(paragraph(`${'quiet '.repeat(40)}end`))).excerpt;
    expect([...long].length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
    expect(long).toMatch(/quiet…$/);
    const emoji = deriveFromDoc(docOf(paragraph('🌙'.repeat(EXCERPT_CHARS + 5)))).excerpt;
    expect(emoji).toBe(`${'🌙'.repeat(EXCERPT_CHARS)}…`);
  });

  it('reaches Timeline, Today and search without field values, also for rows saved before it was kept', async () => {
    const { vault, entries, search } = await openJournal();
    const saved = entries.save({ date: '2026-11-25', title: '', template: 'trigger-log', doc: triggerLog });
    const own = 'Sam came home late and walked past me from the hallway. That I Hurt him somehow.';
    const [card] = entries.list({ limit: 10 }).items;
    expect(card).toMatchObject({
      excerpt: own,
      tags: expect.arrayContaining([{ kind: 'trigger', name: 'Unanswered message' }]),
    });
    const [found] = search.query({ text: '', template: 'trigger-log' });
    expect(found).toMatchObject({ snippet: [{ text: own, match: false }], createdAt: saved.createdAt });
    expect(found!.words).toBe(card!.words);
    // Around typed words, the snippet keeps the person's lines and leaves the picked words to the chips.
    const around = (typed: string) =>
      search
        .query({ text: typed })[0]!
        .snippet.map((part) => part.text)
        .join('');
    expect(around('hallway')).toContain('from the hallway.');
    expect(around('hallway')).not.toMatch(/Unanswered|Relieved|Not yet/);
    // A word found only in a field shows the start of the person's words instead.
    expect(around('unanswered')).toBe(own);
    // A row from before migration 1060 has no excerpt yet: it is derived from the document when read.
    vault.db.prepare('UPDATE entries SET excerpt = NULL').run();
    expect(entries.list({ limit: 10 }).items[0]!.excerpt).toBe(own);
    expect(search.query({ text: '', template: 'trigger-log' })[0]!.snippet).toEqual([{ text: own, match: false }]);
    vault.close();
  });
});

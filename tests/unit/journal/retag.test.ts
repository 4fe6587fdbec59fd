import { describe, expect, it } from 'vitest';
import { stringifyDeep, stringifyIteratively } from '../../../main/journal/json';
import { retagDoc } from '../../../main/journal/retag';
import { docOf, item, paragraph, picker, tag } from './helpers';

const nodes = (doc: string | null) => (JSON.parse(doc!) as { root: { children: unknown[] } }).root.children;

describe('retagDoc', () => {
  it('renames chips and picker items of the kind in any case and spacing, and nothing else', () => {
    const doc = docOf(
      paragraph('I felt ', tag('emotion', 'anxious'), ' and ', tag('emotion', '  ANXIOUS ')),
      paragraph(tag('need', 'Anxious'), tag('tag', 'anxious')),
      picker('emotion', [item('Calm', 2), item('Anxious', 6)]),
      picker('trigger', [item('Anxious')], 'triggers'),
    );
    const [first, second, emotions, triggers] = nodes(retagDoc(doc, 'emotion', 'Anxious', 'Worried'));
    expect(first).toEqual(paragraph('I felt ', tag('emotion', 'Worried'), ' and ', tag('emotion', 'Worried')));
    expect(second).toEqual(paragraph(tag('need', 'Anxious'), tag('tag', 'anxious')));
    expect(emotions).toMatchObject({ items: [item('Calm', 2), item('Worried', 6)] });
    expect(triggers).toMatchObject({ items: [item('Anxious')] });
  });

  it('on a merge, keeps each picked word once, where it first was, with the stronger intensity', () => {
    const doc = docOf(
      picker('emotion', [item('Anxious', 3), item('Calm'), item('Worried', 8)]),
      picker('emotion', [item('worried', 2), item('Anxious', 5)], 'second'),
      picker('emotion', [item('Anxious', null), item('Worried', null)], 'third'),
      picker('emotion', [item('Anxious', 9), item('Worried', null)], 'fourth'),
    );
    const pickers = nodes(retagDoc(doc, 'emotion', 'Anxious', 'Worried'));
    expect(pickers.map((node) => (node as { items: unknown }).items)).toEqual([
      [item('Worried', 8), item('Calm')],
      [item('Worried', 5)],
      [item('Worried', null)],
      [item('Worried', 9)],
    ]);
  });

  it('changes only the spelling when the new name differs in case', () => {
    const doc = docOf(paragraph(tag('tag', 'work')), picker('need', [item('space', 1)]));
    expect(nodes(retagDoc(doc, 'tag', 'Work', 'Work'))[0]).toEqual(paragraph(tag('tag', 'Work')));
    expect(retagDoc(doc, 'need', 'SPACE', 'Space')).toContain('"name":"Space"');
  });

  it('answers null when the document holds no such tag, or is no document', () => {
    const doc = docOf(paragraph(tag('emotion', 'Calm')), picker('emotion', [item('Hurt')]));
    expect(retagDoc(doc, 'emotion', 'Anxious', 'Worried')).toBeNull();
    expect(retagDoc(doc, 'need', 'Calm', 'Worried')).toBeNull();
    expect(retagDoc('not json', 'emotion', 'Calm', 'Worried')).toBeNull();
    expect(retagDoc('{"root": 3}', 'emotion', 'Calm', 'Worried')).toBeNull();
    expect(retagDoc(doc, 'emotion', '   ', 'Worried')).toBeNull();
  });

  it('reaches a chip deep in a nested document', () => {
    let node: unknown = paragraph(tag('emotion', 'Calm'));
    for (let depth = 0; depth < 5_000; depth++)
      node = { type: 'list', children: [{ type: 'listitem', children: [node] }] };
    const deep = stringifyDeep({ root: { type: 'root', children: [node] } });
    const retagged = retagDoc(deep, 'emotion', 'calm', 'Settled');
    expect(retagged).toContain('"name":"Settled"');
    expect(retagged).not.toContain('Calm');
  });
});

describe('stringifyDeep and stringifyIteratively', () => {
  it('writes what JSON.stringify writes', () => {
    const values = [
      { root: { type: 'root', children: [paragraph('a "quoted" \\ line\n', tag('emotion', 'Café 🙂'))] } },
      [1, -2.5, 1e21, true, false, null, '', [], {}, [undefined], { skip: undefined, keep: 0 }],
      'plain',
      42,
      null,
      { '': { 'a"b': ['\u2028', '\u0000'] } },
    ];
    for (const value of values) {
      expect(stringifyIteratively(value)).toBe(JSON.stringify(value));
      expect(stringifyDeep(value)).toBe(JSON.stringify(value));
    }
  });

  it('writes a value nested deeper than JSON.stringify can', () => {
    const depth = 50_000;
    const text = '{"c":['.repeat(depth) + '1' + ']}'.repeat(depth);
    expect(stringifyDeep(JSON.parse(text))).toBe(text);
  });
});

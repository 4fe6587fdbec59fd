import { describe, expect, it } from 'vitest';
import { countWords, deriveFromDoc } from '../../../main/journal/derive';

const doc = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', children } });
const paragraph = (...texts: string[]) => ({
  type: 'paragraph',
  children: texts.map((text) => ({ type: 'text', text })),
});

describe('deriveFromDoc', () => {
  it('joins the text of every block, one block per line', () => {
    const derived = deriveFromDoc(
      doc(
        { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'After dinner' }] },
        paragraph('I felt ', 'dismissed', ' when my message went unanswered.'),
        { type: 'quote', children: [{ type: 'text', text: 'Pause, then come back.' }] },
      ),
    );
    expect(derived.text).toBe(
      'After dinner\nI felt dismissed when my message went unanswered.\nPause, then come back.',
    );
    expect(derived.words).toBe(14);
  });

  it('keeps line breaks and list items apart', () => {
    const derived = deriveFromDoc(
      doc(
        {
          type: 'paragraph',
          children: [{ type: 'text', text: 'one' }, { type: 'linebreak' }, { type: 'text', text: 'two' }],
        },
        { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'three' }] }] },
      ),
    );
    expect(derived.text.split('\n')).toEqual(['one', 'two', 'three']);
  });

  it('derives nothing from a document that is not Lexical JSON', () => {
    const nothing = {
      text: '',
      words: 0,
      excerpt: '',
      tags: [],
      intensity: null,
      responses: [],
      choices: [],
      prompts: [],
    };
    expect(deriveFromDoc('not json')).toEqual(nothing);
    expect(deriveFromDoc('{"root": 3}')).toEqual(nothing);
    expect(deriveFromDoc('null')).toEqual(nothing);
  });

  it('counts words in any script, with apostrophes inside words', () => {
    expect(countWords("I didn't say it — l'été, 晚上 and café")).toBe(8);
    expect(countWords('   ')).toBe(0);
  });
});

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  ...extra,
});
const chip = (kind: unknown, name: unknown) => ({ type: 'haven-tag', version: 1, kind, name });
const listItem = (children: unknown[], extra: Record<string, unknown> = {}) => el('listitem', children, extra);

describe('deriveFromDoc on every kind of node', () => {
  const everything = doc(
    el('heading', [text('After the call')], { tag: 'h2' }),
    el('paragraph', [
      text('I was '),
      text('really', 1),
      text(' '),
      text('hurt', 2),
      text(' — '),
      text('code', 16),
      text(' and '),
      text('struck', 4),
      { type: 'linebreak', version: 1 },
      el('link', [text('a link I saved')], { url: 'https://example.invalid/not-in-the-text' }),
    ]),
    el('quote', [text('Pause, then come back.')]),
    el(
      'list',
      [
        listItem([text('first point')]),
        listItem([el('list', [listItem([text('nested point')])], { listType: 'bullet', tag: 'ul' })]),
        listItem([text('last point')]),
      ],
      { listType: 'bullet', tag: 'ul' },
    ),
    el(
      'list',
      [listItem([text('called back')], { checked: true }), listItem([text('apologised')], { checked: false })],
      { listType: 'check', tag: 'ul' },
    ),
    el('paragraph', [
      text('Triggers: '),
      chip('trigger', 'Feeling dismissed'),
      text(', emotions: '),
      chip('emotion', 'Anxious'),
      text(', needs: '),
      chip('need', 'Reassurance'),
      text(', tags: '),
      chip('tag', 'work'),
      text('.'),
    ]),
    { type: 'haven-intensity', version: 1, value: 7 },
    { type: 'haven-response', version: 1, value: 'withdrew' },
    el('code', [text('const calm = true;')], { language: 'js' }),
    el('paragraph', [{ type: 'tab', version: 1, text: '\t' }, text('indented')]),
    { type: 'image', version: 1, src: 'photo.jpg', altText: 'not text' },
    el('collapsible-container', [el('paragraph', [text('inside an unknown block')])]),
  );

  it('reads text from blocks, inline formats, links, line breaks, lists, code and tabs, one block a line', () => {
    expect(deriveFromDoc(everything).text.split('\n')).toEqual([
      'After the call',
      'I was really hurt — code and struck',
      'a link I saved',
      'Pause, then come back.',
      'first point',
      'nested point',
      'last point',
      'called back',
      'apologised',
      'Triggers: Feeling dismissed, emotions: Anxious, needs: Reassurance, tags: work.',
      'const calm = true;',
      '\tindented',
      'inside an unknown block',
    ]);
  });

  it('reads the tags of each kind, the intensity and the response', () => {
    expect(deriveFromDoc(everything)).toMatchObject({
      tags: [
        { kind: 'trigger', name: 'Feeling dismissed' },
        { kind: 'emotion', name: 'Anxious' },
        { kind: 'need', name: 'Reassurance' },
        { kind: 'tag', name: 'work' },
      ],
      intensity: 7,
      responses: ['withdrew'],
    });
    expect(deriveFromDoc(everything).words).toBe(44);
  });
});

describe('deriveFromDoc on what the structured nodes hold', () => {
  it('keeps the strongest intensity, rounded, and ignores values that are not 0 to 10', () => {
    const intensities = (...values: unknown[]) =>
      deriveFromDoc(doc(...values.map((value) => ({ type: 'haven-intensity', version: 1, value })))).intensity;
    expect(intensities(3, 7.6, 5)).toBe(8);
    expect(intensities(0)).toBe(0);
    expect(intensities(11, -1, '9', null, Number.NaN)).toBeNull();
    expect(intensities(10, 11)).toBe(10);
    expect(deriveFromDoc(doc(paragraph('no slider here'))).intensity).toBeNull();
  });

  it('keeps each tag once per kind whatever its case, trims names, and skips chips that are not tags', () => {
    const derived = deriveFromDoc(
      doc(
        el('paragraph', [
          chip('emotion', 'Hurt'),
          text(' '),
          chip('emotion', 'hurt'),
          text(' '),
          chip('need', 'Hurt'),
          text(' '),
          chip('trigger', '  Criticism  '),
          text(' '),
          chip('mood', 'Sleepy'),
          chip('emotion', '   '),
          chip('emotion', 42),
          chip(undefined, 'Nameless kind'),
        ]),
      ),
    );
    expect(derived.tags).toHaveLength(3);
    expect(derived.tags[0]).toMatchObject({ kind: 'emotion', name: expect.stringMatching(/^hurt$/i) });
    expect(derived.tags.slice(1)).toEqual([
      { kind: 'need', name: 'Hurt', intensity: null },
      { kind: 'trigger', name: 'Criticism', intensity: null },
    ]);
    // A chip that isn't a tag adds nothing to the text either.
    expect(derived.text).not.toMatch(/Sleepy|Nameless|42/);
  });

  it('keeps each response once and ignores values it does not know', () => {
    const responses = (...values: unknown[]) =>
      deriveFromDoc(doc(...values.map((value) => ({ type: 'haven-response', version: 1, value })))).responses;
    expect(responses('pursued', 'froze', 'pursued')).toEqual(['pursued', 'froze']);
    expect(responses('stayed-present')).toEqual(['stayed-present']);
    expect(responses('fought', 'PURSUED', null, 3)).toEqual([]);
  });

  it('reads text carried by node types it does not know, and their children', () => {
    const derived = deriveFromDoc(
      doc(
        el('paragraph', [
          { type: 'emoji', version: 1, text: '🙂' },
          text(' mentions '),
          { type: 'mention', text: '@Sam' },
        ]),
        { type: 'horizontalrule', version: 1 },
        el('table', [el('tablerow', [el('tablecell', [el('paragraph', [text('in a table')])])])]),
      ),
    );
    expect(derived.text).toBe('🙂 mentions @Sam\nin a table');
  });

  it('reads a deeply nested document', () => {
    let node: unknown = el('paragraph', [text('deep down '), chip('emotion', 'Calm')]);
    for (let depth = 0; depth < 1_000; depth++) node = el(depth % 2 ? 'quote' : 'list', [listItem([node])]);
    const derived = deriveFromDoc(doc(node));
    expect(derived.text).toBe('deep down Calm');
    expect(derived.tags).toEqual([{ kind: 'emotion', name: 'Calm', intensity: null }]);
  });

  it('ignores a document whose root has no children, or children that are not nodes', () => {
    expect(deriveFromDoc(JSON.stringify({ root: { type: 'root' } })).text).toBe('');
    expect(
      deriveFromDoc(JSON.stringify({ root: { type: 'root', children: [null, 3, 'text', [paragraph('x')]] } })).text,
    ).toBe('');
  });
});

describe('deriveFromDoc and tag chips in running text', () => {
  const chipNode = (kind: string, name: string) => ({ type: 'haven-tag', version: 1, kind, name });
  const line = (...children: unknown[]) =>
    JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children }] } });

  it('keeps chips that touch each other or a word as separate words, and punctuation close', () => {
    const derived = deriveFromDoc(
      line(
        chipNode('emotion', 'Hurt'),
        chipNode('emotion', 'Anxious'),
        { type: 'text', text: ', then ' },
        chipNode('need', 'Space'),
        { type: 'text', text: 'again' },
      ),
    );
    expect(derived.text).toBe('Hurt Anxious, then Space again');
    expect(derived.words).toBe(5);
  });
});

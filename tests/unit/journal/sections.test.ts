import { describe, expect, it } from 'vitest';
import { deriveFromDoc } from '../../../main/journal/derive';
import { templateDoc } from '../../../resources/templates/document';
import type { TemplateSectionInput } from '../../../resources/templates/schema';
import { TemplateSection } from '../../../resources/templates/schema';
import { choice, docOf, intensity, item, paragraph, picker, prompt, response, section, tag } from './helpers';

/** One section of every kind, as a template holds them. */
const EVERY_KIND: TemplateSectionInput[] = [
  { kind: 'text', id: 'happened', label: 'What happened', hint: 'Just the facts, as a camera would see them.' },
  { kind: 'emotions', id: 'felt', label: 'Emotions', hint: 'Pick the words that fit.' },
  { kind: 'intensity', id: 'strength', label: 'How strong it was', hint: '0 is calm, 10 is flooded.' },
  { kind: 'tags', id: 'triggers', label: 'Triggers', hint: 'What set it off?', tagKind: 'trigger' },
  { kind: 'tags', id: 'needs', label: 'Needs', hint: 'What did I need underneath?', tagKind: 'need' },
  { kind: 'response', id: 'did', label: 'What I did', hint: 'No judgement here.' },
  { kind: 'choice', id: 'repair', label: 'Did we repair it?', hint: '', options: ['Yes', 'Not yet', 'No'] },
  { kind: 'prompt', id: 'question', text: 'What story did I tell myself about it?' },
];

/** The nodes of a new entry made from EVERY_KIND, to fill in as a person would. */
function newEntryNodes(): Record<string, unknown>[] {
  const sections = EVERY_KIND.map((input) => TemplateSection.parse(input));
  return (JSON.parse(templateDoc(sections)) as { root: { children: Record<string, unknown>[] } }).root.children;
}

const docWith = (nodes: Record<string, unknown>[]) => JSON.stringify({ root: { type: 'root', children: nodes } });

/** Fills the node of each section kind in a new entry; `text` paragraphs follow their heading or question. */
function filledEntry(): string {
  const nodes = newEntryNodes();
  const byType = (type: string, sectionId?: string) =>
    nodes.find((node) => node.type === type && (sectionId === undefined || node.sectionId === sectionId))!;
  const after = (node: Record<string, unknown>) => nodes[nodes.indexOf(node) + 1]!;
  Object.assign(after(byType('haven-section', 'happened')), paragraph('The message sat unread all evening.'));
  byType('haven-picker', 'felt').items = [item('Hurt', 7), item('Anxious'), item('Lonely', 3.6)];
  byType('haven-intensity').value = 6;
  byType('haven-picker', 'triggers').items = [item('An unanswered message')];
  byType('haven-picker', 'needs').items = [item('Reassurance'), item('Closeness')];
  byType('haven-response').value = 'withdrew';
  byType('haven-choice').value = 'Not yet';
  Object.assign(byType('haven-prompt'), { promptId: 'story-i-told' });
  Object.assign(after(byType('haven-prompt')), paragraph('That I did not matter.'));
  return docWith(nodes);
}

describe('deriving an entry made from a template', () => {
  it('counts none of the template’s own words: a new entry is empty until the person writes', () => {
    expect(deriveFromDoc(templateDoc(EVERY_KIND.map((input) => TemplateSection.parse(input))))).toEqual({
      text: '',
      words: 0,
      excerpt: '',
      tags: [],
      intensity: null,
      responses: [],
      choices: [],
      prompts: [],
    });
  });

  it('reads what the person put in every kind of section', () => {
    const derived = deriveFromDoc(filledEntry());
    expect(derived.tags).toEqual([
      { kind: 'emotion', name: 'Hurt', intensity: 7 },
      { kind: 'emotion', name: 'Anxious', intensity: null },
      { kind: 'emotion', name: 'Lonely', intensity: 4 },
      { kind: 'trigger', name: 'An unanswered message', intensity: null },
      { kind: 'need', name: 'Reassurance', intensity: null },
      { kind: 'need', name: 'Closeness', intensity: null },
    ]);
    expect(derived.intensity).toBe(6);
    expect(derived.responses).toEqual(['withdrew']);
    expect(derived.choices).toEqual([{ sectionId: 'repair', label: 'Did we repair it?', value: 'Not yet' }]);
    expect(derived.prompts).toEqual(['story-i-told']);
  });

  it('keeps the person’s words, picked words and chosen option as text, and no label, hint or question', () => {
    const derived = deriveFromDoc(filledEntry());
    expect(derived.text.split('\n')).toEqual([
      'The message sat unread all evening.',
      'Hurt, Anxious, Lonely',
      'An unanswered message',
      'Reassurance, Closeness',
      'Not yet',
      'That I did not matter.',
    ]);
    expect(derived.text).not.toMatch(/What happened|camera|Pick the words|story did I tell|repair it/);
    expect(derived.words).toBe(6 + 3 + 3 + 2 + 2 + 5);
  });
});

describe('deriving each kind of section node', () => {
  it('takes tags from chips and pickers alike, once per kind, keeping the strongest intensity', () => {
    const derived = deriveFromDoc(
      docOf(
        paragraph('It was ', tag('emotion', 'hurt'), ' again.'),
        picker('emotion', [item('Hurt', 4), item('Calm', 2)]),
        picker('emotion', [item('HURT', 8), item('calm', 1)], 'more'),
        picker('trigger', [item('Hurt')], 'triggers'),
      ),
    );
    expect(derived.tags).toEqual([
      { kind: 'emotion', name: 'hurt', intensity: 8 },
      { kind: 'emotion', name: 'Calm', intensity: 2 },
      { kind: 'trigger', name: 'Hurt', intensity: null },
    ]);
  });

  it('reads picker items of each kind, settling their names, and skips what is not an item', () => {
    const derived = deriveFromDoc(
      docOf(
        picker('trigger', [item('  Being   interrupted '), item(''), item('   '), item(42), null, 'Criticism', {}]),
        picker('need', [item('Space', 11)], 'needs'),
        picker('tag', [item('work')], 'plain'),
        picker('mood', [item('Sleepy')], 'moods'),
        picker(undefined, [item('Nameless')], 'none'),
        picker('emotion', 'Hurt', 'not-a-list'),
        picker('emotion', { name: 'Hurt' }, 'an-object'),
      ),
    );
    expect(derived.tags).toEqual([
      { kind: 'trigger', name: 'Being interrupted', intensity: null },
      { kind: 'need', name: 'Space', intensity: null },
    ]);
    expect(derived.text).toBe('Being interrupted\nSpace');
  });

  it('keeps an item’s intensity only when it is 0 to 10, rounded', () => {
    const intensities = (...values: unknown[]) =>
      deriveFromDoc(
        docOf(
          picker(
            'emotion',
            values.map((value, i) => item(`word${i}`, value)),
          ),
        ),
      ).tags.map((derived) => derived.intensity);
    expect(intensities(0, 10, 4.5, 11, -1, '5', null, Number.NaN, undefined)).toEqual([
      0,
      10,
      5,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('takes the strongest slider that was set, and none when none was', () => {
    expect(deriveFromDoc(docOf(intensity(null), intensity(3), intensity(null))).intensity).toBe(3);
    expect(deriveFromDoc(docOf(intensity(null))).intensity).toBeNull();
    expect(deriveFromDoc(docOf(intensity(0))).intensity).toBe(0);
  });

  it('ignores a response that was not given', () => {
    expect(deriveFromDoc(docOf(response(null), response('froze'))).responses).toEqual(['froze']);
    expect(deriveFromDoc(docOf(response(null))).responses).toEqual([]);
  });

  it('keeps a choice only when its value is one of its options, once per section', () => {
    const derived = deriveFromDoc(
      docOf(
        choice('repair', 'Did we repair it?', ['Yes', 'No'], 'Yes'),
        choice('repair', 'Did we repair it?', ['Yes', 'No'], 'No'),
        choice('talked', 'Did we talk?', ['Yes', 'No'], null),
        choice('slept', 'Slept well?', ['Yes', 'No'], 'Maybe'),
        choice('odd', 'Odd', 'Yes', 'Yes'),
        choice('number', 'Number', [1, 2], 1),
        { type: 'haven-choice', version: 1, options: ['A', 'B'], value: 'B' },
      ),
    );
    expect(derived.choices).toEqual([
      { sectionId: 'repair', label: 'Did we repair it?', value: 'Yes' },
      { sectionId: '', label: '', value: 'B' },
    ]);
    expect(derived.text.split('\n')).toEqual(['Yes', 'No', 'B']);
  });

  it('lists the prompts answered, and never their question as text', () => {
    const derived = deriveFromDoc(
      docOf(
        prompt('kindness', 'What was one kindness today?'),
        paragraph('The bus driver waited.'),
        prompt(null, 'A question of the template’s own'),
        prompt('', 'An empty id'),
        prompt(7, 'A number for an id'),
        prompt('kindness', 'Asked twice'),
      ),
    );
    expect(derived.prompts).toEqual(['kindness']);
    expect(derived.text).toBe('The bus driver waited.');
  });

  it('reads no children of Haven’s own nodes, and no text they carry', () => {
    const derived = deriveFromDoc(
      docOf(
        { ...section('Heading'), children: [paragraph('hidden in a heading ', tag('emotion', 'Hidden'))] },
        { ...picker('emotion', []), children: [paragraph('hidden in a picker')] },
        { ...intensity(5), text: 'five' },
        paragraph('shown'),
      ),
    );
    expect(derived.text).toBe('shown');
    expect(derived.tags).toEqual([]);
    expect(derived.intensity).toBe(5);
  });

  it('derives what it can from malformed section nodes without throwing', () => {
    const hostile = docOf(
      { type: 'haven-picker' },
      { type: 'haven-picker', kind: 'emotion', items: [[item('Nested')], { name: { toString: 'x' } }] },
      { type: 'haven-choice', options: null, value: undefined },
      { type: 'haven-prompt', promptId: { id: 'x' } },
      { type: 'haven-section', label: 42 },
      { type: 'haven-intensity', value: '7' },
      { type: 'haven-response', value: ['froze'] },
      paragraph('still read'),
    );
    expect(deriveFromDoc(hostile)).toEqual({
      text: 'still read',
      words: 2,
      excerpt: 'still read',
      tags: [],
      intensity: null,
      responses: [],
      choices: [],
      prompts: [],
    });
  });
});

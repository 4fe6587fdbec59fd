import { describe, expect, it } from 'vitest';
import { coach } from '../../../renderer/src/conversation/coach';

const flagged: [string, string][] = [
  ['you always', 'you always'],
  ['You never listen', 'You never'],
  ['You’re never on time', 'You’re never'],
  ['you just never ask', 'you just never'],
  ['Why do you leave the dishes?', 'Why do you'],
  ['why don’t you call', 'why don’t you'],
  ['you should', 'you should'],
  ['You need to stop', 'You need to'],
  ['You make me so angry', 'You make me'],
  ['Obviously it was late', 'Obviously'],
  ['late as usual', 'as usual'],
  ['Yeah right.', 'Yeah right'],
  ['Fine, whatever.', 'whatever'],
  ['Big surprise', 'Big surprise'],
];

const left: string[] = [
  'I always',
  'I never',
  'thank you',
  'Thank you for staying.',
  'you always make me laugh',
  'I love that you never give up on us.',
  'whatever you need, I am here',
  'When you came home late, I felt worried.',
  'Thanks a lot for the tea.',
  'I should rest more.',
];

describe('the I-statement coach', () => {
  it.each(flagged)('marks %j at %j', (text, phrase) => {
    const marks = coach(text);
    expect(marks.map((m) => m.phrase)).toEqual([phrase]);
    const [mark] = marks;
    expect(text.slice(mark!.start, mark!.end)).toBe(phrase);
    expect(mark!.suggestion).not.toBe('');
    expect(mark!.why).not.toBe('');
  });

  it.each(left)('leaves %j alone', (text) => {
    expect(coach(text)).toEqual([]);
  });

  it('marks each phrase in a longer text, in order, with offsets into the whole text', () => {
    const text = 'You never listen. Why do you do that?\nYou should know.';
    expect(coach(text).map((m) => [m.phrase, m.start])).toEqual([
      ['You never', 0],
      ['Why do you', 18],
      ['You should', 38],
    ]);
  });

  it('suggests an I-statement for blame', () => {
    expect(coach('you make me wait')[0]?.suggestion).toMatch(/When …, I feel …/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MIN_PASSPHRASE_SCORE,
  loadPassphraseRule,
  passphraseAdvice,
  refusalMessage,
  relatedWords,
} from '../../../resources/passphrase/rule';
import { EXAMPLE_WORDS } from '../../../resources/passphrase/words';
import { BLAME_ABSOLUTES_AND_DIAGNOSIS } from './wording';

describe('the passphrase rule', () => {
  it('refuses what someone close would try first, and takes a few unrelated words', async () => {
    const rule = await loadPassphraseRule();
    for (const guessable of ['alex123', 'sunshine', 'password1234', 'iloveyousam', 'Alex2024!', '14/02/2019']) {
      expect(rule.judge(guessable, relatedWords('Alex')).strongEnough, guessable).toBe(false);
    }
    expect(rule.judge('plum ferry candle orbit', relatedWords('Alex')).strongEnough).toBe(true);
    expect(MIN_PASSPHRASE_SCORE).toBe(3);
  });

  it('counts the journal’s name, and each word of it, as words anyone can guess', async () => {
    const rule = await loadPassphraseRule();
    expect(relatedWords(' Sam Rivera ')).toEqual(['Sam Rivera', 'Sam', 'Rivera', 'haven', 'journal']);
    expect(rule.judge('Quillonby2026').strongEnough).toBe(true);
    const verdict = rule.judge('Quillonby2026', relatedWords('Quillonby'));
    expect(verdict.strongEnough).toBe(false);
    expect(verdict.reason).toBe('It uses the journal’s name, which anyone can read on the lock screen.');
  });

  it('says why in its own words, with an example it would accept', async () => {
    const rule = await loadPassphraseRule();
    const verdict = rule.judge('alex123', relatedWords('Alex'));
    const example = rule.example();
    expect(refusalMessage(verdict, example)).toBe(
      'That passphrase would be easy to guess. It is one of the passphrases people use most, so it is among the ' +
        'first tried. A few unrelated words make a passphrase that is easy to remember and hard to guess, like ' +
        `“${example}”.`,
    );
    expect(passphraseAdvice(verdict, example)).not.toMatch(/password/i);
  });

  it('offers a fresh strong example each time, from gentle words only', async () => {
    const rule = await loadPassphraseRule();
    const examples = Array.from({ length: 50 }, () => rule.example());
    expect(new Set(examples).size).toBe(50);
    for (const example of examples) {
      const words = example.split(' ');
      expect(words).toHaveLength(4);
      for (const word of words) expect(EXAMPLE_WORDS).toContain(word);
      expect(rule.judge(example).strongEnough).toBe(true);
    }
    expect(new Set(EXAMPLE_WORDS).size).toBe(EXAMPLE_WORDS.length);
    expect(EXAMPLE_WORDS.length).toBeGreaterThanOrEqual(300);
    for (const word of EXAMPLE_WORDS) {
      expect(word).toMatch(/^[a-z]{3,10}$/);
      for (const pattern of BLAME_ABSOLUTES_AND_DIAGNOSIS) expect(word).not.toMatch(pattern);
    }
  });
});

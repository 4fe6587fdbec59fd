/**
 * The passphrase rule, in one place for the main process (which enforces it) and the renderer (which shows it
 * while someone types). The likeliest person to guess a Haven passphrase is a partner or housemate at the same
 * keyboard, who knows the names, places and dates that matter to its owner; so a passphrase must resist
 * zxcvbn's estimate, which tries common passwords, words, names, dates and keyboard patterns, and the journal's
 * own name besides.
 */

import { EXAMPLE_WORDS } from './words';

/** zxcvbn's score: 0 (guessed in moments) to 4 (very hard to guess). */
export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

/**
 * Score 3 means about 10^8 guesses or more: beyond anyone trying names and birthdays at the keyboard (with
 * Haven's waits, years), and costly offline too, where each guess is one calibrated scrypt run.
 */
export const MIN_PASSPHRASE_SCORE: PassphraseScore = 3;

export interface PassphraseVerdict {
  score: PassphraseScore;
  label: string;
  strongEnough: boolean;
  /** Why it would be easy to guess, in a person's words; null when it is strong enough. */
  reason: string | null;
}

export interface PassphraseRule {
  judge(passphrase: string, related?: readonly string[]): PassphraseVerdict;
  /** A strong passphrase of four random words, new each time, to show as an example. */
  example(): string;
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;
const GENERAL_REASON = 'Someone who knows you, or a program that tries common words and names, could guess it.';

/** zxcvbn's warnings in Haven's own words: what makes this one easy to guess, said without blame. */
const WARNINGS = {
  straightRow: 'Keys in a row on the keyboard are among the first things anyone tries.',
  keyPattern: 'Short keyboard patterns are among the first things anyone tries.',
  simpleRepeat: 'Repeated characters, like “aaa”, are quick to guess.',
  extendedRepeat: 'Repeated patterns, like “abcabc”, are quick to guess.',
  sequences: 'Runs like “abc” or “123” are quick to guess.',
  recentYears: 'Recent years are quick to guess.',
  dates: 'Dates are quick to guess, above all by someone who knows which ones matter to you.',
  topTen: 'It is one of the passphrases people use most, so it is among the first tried.',
  topHundred: 'It is one of the passphrases people use most, so it is among the first tried.',
  common: 'It is one of the passphrases people use most, so it is among the first tried.',
  similarToCommon: 'It is close to one of the passphrases people use most.',
  wordByItself: 'A single word is quick to guess.',
  namesByThemselves: 'A name on its own is quick to guess.',
  commonNames: 'Names are quick to guess, above all by someone who knows you.',
  userInputs: 'It uses the journal’s name, which anyone can read on the lock screen.',
  pwned: 'It has appeared in passphrase leaks online.',
};

/** The words someone who knows the journal would try first: its name and each word in it, and the app's. */
export function relatedWords(journalName: string): string[] {
  const name = journalName.normalize('NFC').trim();
  const parts = name.split(/[\s\p{P}]+/u).filter((part) => part.length > 0);
  return [...new Set([name, ...parts, 'haven', 'journal'].filter((word) => word.length > 0))];
}

/** What makes this passphrase easy to guess, and a strong one to copy or adapt. */
export function passphraseAdvice(verdict: PassphraseVerdict, example: string): string {
  return (
    `${verdict.reason ?? GENERAL_REASON} ` +
    `A few unrelated words make a passphrase that is easy to remember and hard to guess, like “${example}”.`
  );
}

/** The sentence shown when a passphrase is refused. */
export function refusalMessage(verdict: PassphraseVerdict, example: string): string {
  return `That passphrase would be easy to guess. ${passphraseAdvice(verdict, example)}`;
}

function randomIndex(length: number): number {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return value! % length;
}

let loading: Promise<PassphraseRule> | null = null;

/**
 * zxcvbn's dictionaries are megabytes, so they load on first use: in the renderer only when someone starts
 * choosing a passphrase (never on the lock screen's first paint), in main at the first new passphrase.
 */
export function loadPassphraseRule(): Promise<PassphraseRule> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: { ...english.translations, warnings: WARNINGS },
    });

    const judge = (passphrase: string, related: readonly string[] = []): PassphraseVerdict => {
      const result = zxcvbn.check(passphrase.normalize('NFC'), [...related]);
      const score = result.score as PassphraseScore;
      const strongEnough = score >= MIN_PASSPHRASE_SCORE;
      return {
        score,
        label: LABELS[score],
        strongEnough,
        reason: strongEnough ? null : (result.feedback.warning ?? GENERAL_REASON),
      };
    };

    const example = (): string => {
      // Drawing again on the rare run of very common words keeps every example one the rule accepts.
      for (;;) {
        const candidate = Array.from({ length: 4 }, () => EXAMPLE_WORDS[randomIndex(EXAMPLE_WORDS.length)]).join(' ');
        if (judge(candidate).strongEnough) return candidate;
      }
    };

    return { judge, example };
  });
  return loading;
}

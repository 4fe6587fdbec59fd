import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export interface Strength {
  /** 0 (guessed in moments) to 4 (very hard to guess). */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  advice: string | null;
}

let estimator: ZxcvbnFactory | null = null;

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

/**
 * A strength estimate from zxcvbn, which knows common passwords, names, words and keyboard patterns. Built on
 * first use so the lock screen paints before the dictionaries load.
 */
export function estimateStrength(passphrase: string, related: string[] = []): Strength {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  const result = estimator.check(passphrase, related);
  const score = result.score as Strength['score'];
  const advice =
    score >= 3
      ? null
      : (result.feedback.warning ??
        'Someone who knows you, or a program that tries common words, could guess this. A few unrelated words make a passphrase that is easy to remember and hard to guess.');
  return { score, label: LABELS[score], advice };
}

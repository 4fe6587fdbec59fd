export interface Strength {
  /** 0 (guessed in moments) to 4 (very hard to guess). */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  advice: string | null;
}

export type Estimator = (passphrase: string, related?: string[]) => Strength;

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;
const GENERAL_ADVICE =
  'Someone who knows you, or a program that tries common words, could guess this. A few unrelated words make a passphrase that is easy to remember and hard to guess.';

let loading: Promise<Estimator> | null = null;

/**
 * zxcvbn's estimate, which knows common passwords, names, words and keyboard patterns. Its dictionaries are
 * megabytes, so they load only when someone starts choosing a passphrase, never on the lock screen's first paint.
 */
export function loadEstimator(): Promise<Estimator> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
    return (passphrase: string, related: string[] = []) => {
      const result = zxcvbn.check(passphrase, related);
      const score = result.score as Strength['score'];
      const advice = score >= 3 ? null : (result.feedback.warning ?? GENERAL_ADVICE);
      return { score, label: LABELS[score], advice };
    };
  });
  return loading;
}

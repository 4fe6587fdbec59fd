/**
 * Wording no text a person reads in Haven should hold: blame, absolutes aimed at someone, demands and diagnosis.
 * Each content test adds what fits its own text (emotion words may name guilt; a prompt may not assign it).
 */
export const BLAME_ABSOLUTES_AND_DIAGNOSIS: readonly RegExp[] = [
  /\byou always\b/i,
  /\byou never\b/i,
  /\b(?:he|she|they|partner) (?:always|never)\b/i,
  /\balways\b/i,
  /\bnever\b/i,
  /\bshould\b/i,
  /\bnarcissis/i,
  /\bdisorder/i,
  /\bdiagnos/i,
  /\bpatholog/i,
  /\bsymptom/i,
  /\bavoidant\b/i,
  /\bcodependen/i,
  /\bborderline\b/i,
  /\bbipolar\b/i,
  /\bdepressi/i,
  /\bptsd\b/i,
  /\btrauma/i,
  /\bcrazy\b/i,
  /\btoxic\b/i,
  /\bmanipulat/i,
  /\bgaslight/i,
  /\bclingy\b/i,
  /\bneedy\b/i,
  /\bselfish\b/i,
  /\boverreact/i,
  /\bhysteric/i,
  /\bparanoi/i,
  /\bdramatic\b/i,
];

/** Guidance (template hints, prompts) also never names fault or asks "why do you". */
export const GUIDANCE_EXTRAS: readonly RegExp[] = [
  /\bfault\b/i,
  /\bblame/i,
  /\bwhy do you\b/i,
  /\bwhat['’]s wrong with\b/i,
  /\bdysfunction/i,
  /\battachment style/i,
];

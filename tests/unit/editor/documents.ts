/** Documents for tests on both sides: the editor's (web) and the main process's (node). */

/**
 * A document of quotes nested `depth` deep around one word, written as a string: JSON.stringify itself runs out
 * of stack long before such a document does anything else.
 */
export const deepDocument = (depth: number, word = 'buried') =>
  `{"root":{"type":"root","version":1,"children":[${'{"type":"quote","version":1,"children":['.repeat(depth - 1)}` +
  `{"type":"text","version":1,"text":"${word}"}${']}'.repeat(depth - 1)}]}}`;

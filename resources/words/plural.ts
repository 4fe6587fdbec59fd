/**
 * A count in words, "1 word", "2,480 words", "1 entry": the one home of Haven's plurals (DESIGN §8), so a
 * card, the editor's word count and a view's total say a number the same way. The many form defaults to
 * the one form with an s.
 */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export const wordsCount = (n: number): string => countOf(n, 'word');
export const entriesCount = (n: number): string => countOf(n, 'entry', 'entries');

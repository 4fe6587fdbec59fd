/** "1 entry", "61 entries", "10,000 entries". */
export const entries = (n: number): string => (n === 1 ? '1 entry' : `${n.toLocaleString()} entries`);

/** The last part of a path, for naming a file the person chose without its whole folder. */
export const fileName = (path: string): string => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** A phrase from the main process as a sentence: capitalised, with its full stop. */
export const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

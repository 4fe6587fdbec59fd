import { createEntries } from '../main/journal/entries';
import { checkpoint } from '../main/vault/database';
import { contract } from '../preload/contract';
import { DOCUMENT_MAX_CHARS } from '../resources/document/readable';
import { createRandom, longDocument, openBenchVault } from './generate';
import { median } from './stats';

/**
 * How long one save takes as an entry grows, end to end on the main side: the contract's check of the
 * document (resources/document/readable.ts), derive, the row, its tags and the full-text index, and the commit
 * (synchronous=FULL, as the app runs). The figures set DOCUMENT_MAX_CHARS: the longest document that still
 * saves inside an autosave of 100–200 ms with room for the editor's own serializing and the trip across the
 * bridge. The last size is the ceiling itself.
 */

const SEED = 42;
const budgetAtCeilingMs = 200;

export default async function run(opts: { smoke: boolean }): Promise<void> {
  const size = opts.smoke ? 1_000 : 10_000;
  const vault = await openBenchVault({ entries: size, seed: SEED, encrypted: true, cache: !opts.smoke });
  try {
    const entries = createEntries(vault.db, () => new Date());
    const words = opts.smoke ? [2_000] : [2_000, 20_000, 50_000, 100_000];
    const docs = words.map((count) => longDocument(createRandom(SEED), count));
    // The ceiling: the longest generated prose that fits under it.
    let fit = 100_000;
    while (longDocument(createRandom(SEED), fit + 5_000)(5).length <= DOCUMENT_MAX_CHARS) fit += 5_000;
    words.push(fit);
    docs.push(longDocument(createRandom(SEED), fit));
    let atCeiling = 0;
    for (const [i, typed] of docs.entries()) {
      const first = entries.save({ date: '2026-11-25', title: 'Long', template: 'blank', doc: typed(0) });
      const times: number[] = [];
      for (let edit = 1; edit <= 5; edit++) {
        const input = { id: first.id, date: first.date, title: 'Long', template: 'blank', doc: typed(edit) };
        const start = performance.now();
        entries.save({ ...contract['entries:save'].input.parse(input), id: first.id });
        times.push(performance.now() - start);
        checkpoint(vault.db);
      }
      const ms = median(times);
      atCeiling = ms;
      const chars = typed(5).length;
      console.log(
        `document-size  ${words[i]!.toLocaleString('en')} words, ${(chars / 1e6).toFixed(2)} M chars: ` +
          `save median ${ms.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
      );
    }
    const limit = opts.smoke ? 1_000 : budgetAtCeilingMs;
    console.log(
      `document-size  at the ceiling (${DOCUMENT_MAX_CHARS.toLocaleString('en')} chars): ${atCeiling.toFixed(1)} ms, budget ${limit} ms`,
    );
    if (atCeiling > limit) throw new Error(`a document at the ceiling saved in ${atCeiling.toFixed(1)} ms`);
  } finally {
    vault.close();
  }
}

import { createEntries } from '../main/journal/entries';
import { checkpoint } from '../main/vault/database';
import { createRandom, longDocument, openBenchVault } from './generate';
import { median, percentileOfSorted, sortAscending } from './stats';

/**
 * DESIGN §6: autosave of a 2,000-word entry, including its search index update, p99 < 10 ms at 100k entries.
 *
 * Saves one entry over and over through `entries.save` (derive, row, tags, FTS5 delete + insert, commit) while
 * it grows by a word a save, as while typing, in a generated journal (bench/generate.ts) opened with the app's
 * own connection settings. The app autosaves about once a second while someone types and runs a PASSIVE
 * checkpoint every 15 s on a timer (main/session/session.ts), so here a checkpoint runs every 15 saves,
 * outside the timed region, as the timer would between two saves.
 *
 * The vault runs synchronous=FULL (an fsync per commit, for power-loss durability); the same saves are also
 * timed with synchronous=NORMAL on the same connection, for comparison. The budget applies to FULL, the
 * setting the app ships with.
 */

const SEED = 42;
const SAVES_PER_CHECKPOINT = 15;

const ms = (value: number) => value.toFixed(2).padStart(6);

interface Figures {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function figures(times: number[]): Figures {
  const sorted = sortAscending(times);
  return {
    p50: percentileOfSorted(sorted, 50),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted.at(-1)!,
  };
}

export default async function run(opts: { smoke: boolean }): Promise<void> {
  const sizes = opts.smoke ? [1_000] : [10_000, 100_000];
  // Several blocks, each with its own percentiles, and the median block reported: one burst of load from
  // elsewhere on a shared 2-core machine then moves one block's p99, not the result.
  const blocks = opts.smoke ? 1 : 5;
  const savesPerBlock = opts.smoke ? 150 : 200;
  const budgetMs = opts.smoke ? 150 : 10;
  const missed: string[] = [];

  for (const size of sizes) {
    const vault = await openBenchVault({ entries: size, seed: SEED, encrypted: true, cache: !opts.smoke });
    try {
      if (vault.generatedIn !== null) {
        console.log(`autosave  generated ${size} entries in ${(vault.generatedIn / 1000).toFixed(1)} s`);
      }
      const entries = createEntries(vault.db, () => new Date());
      const typed = longDocument(createRandom(SEED), 2_000);
      const entry = entries.save({ date: '2026-11-25', title: 'A long night', template: 'blank', doc: typed(0) });
      console.log(`autosave  ${size} entries, one entry of ${entry.text.split(/\s+/).length} words`);
      let edit = 0;
      const save = () =>
        entries.save({ id: entry.id, date: entry.date, title: entry.title, template: 'blank', doc: typed(++edit) });

      for (const synchronous of ['FULL', 'NORMAL'] as const) {
        vault.db.pragma(`synchronous = ${synchronous}`);
        for (let i = 0; i < 20; i++) save();
        checkpoint(vault.db);
        const results: Figures[] = [];
        for (let block = 0; block < blocks; block++) {
          const times: number[] = [];
          for (let i = 0; i < savesPerBlock; i++) {
            if (i > 0 && i % SAVES_PER_CHECKPOINT === 0) checkpoint(vault.db);
            const start = performance.now();
            save();
            times.push(performance.now() - start);
          }
          checkpoint(vault.db);
          results.push(figures(times));
        }
        const at = (key: keyof Figures) => median(results.map((result) => result[key]));
        const range = (key: keyof Figures) =>
          blocks > 1
            ? ` [${Math.min(...results.map((r) => r[key])).toFixed(1)}–${Math.max(...results.map((r) => r[key])).toFixed(1)}]`
            : '';
        console.log(
          `  synchronous=${synchronous.padEnd(6)} p50 ${ms(at('p50'))} ms  p95 ${ms(at('p95'))} ms  ` +
            `p99 ${ms(at('p99'))} ms${range('p99')}  max ${ms(at('max'))} ms  ` +
            `(${blocks > 1 ? `median of ${blocks} blocks of ` : ''}${savesPerBlock} saves; budget at 100k: p99 < 10 ms` +
            `${opts.smoke ? '; smoke: < 150 ms' : ''})`,
        );
        if (synchronous === 'FULL' && size === sizes.at(-1) && at('p99') >= budgetMs) {
          missed.push(
            `p99 ${at('p99').toFixed(1)} ms at ${size} entries (synchronous=FULL) is not under ${budgetMs} ms`,
          );
        }
      }
    } finally {
      vault.close();
    }
  }
  if (missed.length > 0) throw new Error(`autosave benchmark missed its budget: ${missed.join('; ')}`);
}

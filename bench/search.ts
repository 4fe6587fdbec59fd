import type Database from 'better-sqlite3-multiple-ciphers';
import type { SearchQuery } from '../preload/contract';
import { createEntries } from '../main/journal/entries';
import { createSearch } from '../main/journal/search';
import { GENERATOR_NOW, VOCABULARY, createRandom, longDocument, openBenchVault } from './generate';
import { median, percentileOfSorted as percentile, sortAscending as sortedCopy } from './stats';

/**
 * DESIGN §6: full-text search p95 < 50 ms at 100k entries; encrypted vs plain SQLite, same workload, ratio
 * < 1.3. A fixed set of queries in classes (common word, rare word, prefix, two words, many words, with
 * filters, filters only, hostile input), each run many times in a shuffled order, on a generated journal (bench/generate.ts).
 * Also prints what the lists cost (entries.list with its total, the calendar, Today), which have no budget
 * of their own but sit on the same screens.
 *
 * The ratio runs one workload — every query once, plus saves of a 2,000-word entry — on a plain and an
 * encrypted copy of the same journal, alternating which goes first, and compares the medians.
 */

const SEED = 42;

const ms = (value: number) => value.toFixed(2).padStart(7);

/** The fixed query set, by class. */
export interface Case {
  kind: string;
  query: SearchQuery;
}

export function cases(): Case[] {
  const rare = [VOCABULARY[6_000]!, VOCABULARY[20_000]!];
  const year = String(GENERATOR_NOW.getFullYear() - 1);
  const make = (kind: string, queries: (string | SearchQuery)[]): Case[] =>
    queries.map((query) => ({ kind, query: typeof query === 'string' ? { text: query } : query }));
  return [
    ...make('common word', ['felt', 'the', 'tonight', 'anxious']),
    ...make('rare word', [...rare, 'zzyzx']),
    ...make('prefix', ['anxi', 'fe', 'reass', 'dism', 'tho', rare[0]!.slice(0, 4)]),
    ...make('two words', ['felt anxious', 'dinner message', 'the and', `${rare[1]} the`]),
    ...make('with filters', [
      { text: 'felt', template: 'trigger-log' },
      { text: 'message', tag: 'Feeling dismissed' },
      { text: 'hurt', minIntensity: 8 },
      { text: 'calm', from: `${year}-01-01`, to: `${year}-12-31` },
      { text: 'the', tag: 'Sarcasm' },
      { text: 'felt', tag: 'work', minIntensity: 9 },
    ]),
    ...make('filters only', [
      { text: '', tag: 'Criticism' },
      { text: '', template: 'blank', minIntensity: 9 },
      { text: '', from: `${year}-03-01`, to: `${year}-03-31` },
      { text: '"*"', tag: 'Sarcasm' },
    ]),
    ...make('hostile', [
      '"unbalanced quote',
      'NEAR(felt anxious, 3)',
      'felt OR calm NOT hurt',
      '*',
      '-felt ^calm title:hurt',
      '((((',
      '😀 felt',
      "didn't",
    ]),
    ...make('many words', [
      'what I said to Sam about the weekend at dinner',
      Array.from({ length: 100 }, (_, i) => VOCABULARY[i * 7])
        .join(' ')
        .slice(0, 500),
    ]),
  ];
}

function shuffled<T>(items: readonly T[], random: ReturnType<typeof createRandom>): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const KINDS = [
  'common word',
  'rare word',
  'prefix',
  'two words',
  'many words',
  'with filters',
  'filters only',
  'hostile',
];

const describeQuery = ({ text, limit: _limit, ...filters }: SearchQuery) =>
  JSON.stringify(Object.keys(filters).length ? { text: text.slice(0, 40), ...filters } : text.slice(0, 40));

function timeSearches(db: Database.Database, rounds: number) {
  const search = createSearch(db);
  const all = cases();
  for (const { query } of all) search.query(query);
  const byKind = new Map<string, number[]>([...KINDS, 'overall'].map((kind) => [kind, []]));
  const byQuery = new Map<Case, number[]>(all.map((item) => [item, []]));
  const random = createRandom(SEED);
  for (let round = 0; round < rounds; round++) {
    for (const item of shuffled(all, random)) {
      const start = performance.now();
      search.query(item.query);
      const took = performance.now() - start;
      byKind.get(item.kind)!.push(took);
      byKind.get('overall')!.push(took);
      byQuery.get(item)!.push(took);
    }
  }
  const slowest = [...byQuery]
    .map(([item, times]) => ({ item, p50: percentile(sortedCopy(times), 50) }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 3)
    .map(({ item, p50 }) => `${describeQuery(item.query)} ${p50.toFixed(1)} ms`);
  return { byKind, slowest };
}

function timeLists(db: Database.Database, rounds: number): Map<string, number[]> {
  const entries = createEntries(db, () => GENERATOR_NOW);
  const total = entries.list({ limit: 1 }).total;
  const reads: [string, () => unknown][] = [
    ['list, first page', () => entries.list({ limit: 50 })],
    ['list, deep page', () => entries.list({ limit: 50, offset: Math.floor(total / 2) })],
    ['list, template', () => entries.list({ limit: 50, template: 'trigger-log' })],
    ['list, common tag', () => entries.list({ limit: 50, tag: 'anxious' })],
    ['list, rare tag', () => entries.list({ limit: 50, tag: 'Sarcasm' })],
    ['calendar, tag', () => entries.calendar('2026-10', { tag: 'Hurt' })],
    ['today', () => entries.today(GENERATOR_NOW, 4)],
  ];
  const times = new Map<string, number[]>();
  for (const [, read] of reads) read();
  for (let round = 0; round < rounds; round++) {
    for (const [name, read] of reads) {
      const start = performance.now();
      read();
      times.set(name, [...(times.get(name) ?? []), performance.now() - start]);
    }
  }
  return times;
}

function printTimes(title: string, times: Map<string, number[]>): void {
  console.log(`  ${title}`);
  for (const [name, values] of times) {
    const sorted = sortedCopy(values);
    console.log(
      `    ${name.padEnd(18)} p50 ${ms(percentile(sorted, 50))} ms  p95 ${ms(percentile(sorted, 95))} ms  ` +
        `max ${ms(sorted.at(-1)!)} ms  (n=${values.length})`,
    );
  }
}

/** One pass of the shared workload: every query once, and `saves` saves of a 2,000-word entry. */
function workload(db: Database.Database, saves: number): () => number {
  const search = createSearch(db);
  const entries = createEntries(db, () => new Date());
  const random = createRandom(SEED + 1);
  const base = longDocument(random, 2_000);
  const entry = entries.save({ date: '2026-11-25', title: 'Ratio', template: 'blank', doc: base(0) });
  let edit = 0;
  return () => {
    const start = performance.now();
    for (const { query } of cases()) search.query(query);
    for (let i = 0; i < saves; i++) {
      entries.save({ id: entry.id, date: entry.date, title: 'Ratio', template: 'blank', doc: base(++edit) });
    }
    return performance.now() - start;
  };
}

export default async function run(opts: { smoke: boolean }): Promise<void> {
  const sizes = opts.smoke ? [1_000] : [10_000, 100_000];
  const rounds = opts.smoke ? 3 : 15;
  const budgetMs = opts.smoke ? 250 : 50;
  const ratioBudget = opts.smoke ? 3 : 1.3;
  const missed: string[] = [];

  for (const size of sizes) {
    const vault = await openBenchVault({ entries: size, seed: SEED, encrypted: true, cache: !opts.smoke });
    try {
      if (vault.generatedIn !== null) {
        console.log(`search  generated ${size} entries in ${(vault.generatedIn / 1000).toFixed(1)} s`);
      }
      const { byKind: times, slowest } = timeSearches(vault.db, rounds);
      printTimes(`search, ${size} entries, encrypted (budget at 100k: p95 < 50 ms)`, times);
      console.log(`    slowest (p50): ${slowest.join('; ')}`);
      printTimes(`lists, ${size} entries, encrypted (no budget of their own)`, timeLists(vault.db, rounds));
      const p95 = percentile(sortedCopy(times.get('overall')!), 95);
      if (size === sizes.at(-1) && p95 >= budgetMs) {
        missed.push(`search p95 ${p95.toFixed(1)} ms at ${size} entries is not under ${budgetMs} ms`);
      }
    } finally {
      vault.close();
    }
  }

  const size = sizes.at(-1)!;
  const plain = await openBenchVault({ entries: size, seed: SEED, encrypted: false, cache: !opts.smoke });
  const encrypted = await openBenchVault({ entries: size, seed: SEED, encrypted: true, cache: !opts.smoke });
  try {
    if (plain.generatedIn !== null) {
      console.log(`search  generated ${size} plain entries in ${(plain.generatedIn / 1000).toFixed(1)} s`);
    }
    const saves = 10;
    const runPlain = workload(plain.db, saves);
    const runEncrypted = workload(encrypted.db, saves);
    runPlain();
    runEncrypted();
    const plainTimes: number[] = [];
    const encryptedTimes: number[] = [];
    for (let round = 0; round < (opts.smoke ? 3 : 9); round++) {
      if (round % 2) {
        encryptedTimes.push(runEncrypted());
        plainTimes.push(runPlain());
      } else {
        plainTimes.push(runPlain());
        encryptedTimes.push(runEncrypted());
      }
    }
    const ratio = median(encryptedTimes) / median(plainTimes);
    console.log(
      `  encrypted vs plain, ${size} entries, ${cases().length} searches + ${saves} saves of 2,000 words: ` +
        `plain ${median(plainTimes).toFixed(1)} ms, encrypted ${median(encryptedTimes).toFixed(1)} ms, ` +
        `ratio ${ratio.toFixed(2)} (budget < 1.3${opts.smoke ? '; smoke: < 3' : ''})`,
    );
    if (ratio >= ratioBudget) missed.push(`encrypted/plain ratio ${ratio.toFixed(2)} is not under ${ratioBudget}`);
  } finally {
    plain.close();
    encrypted.close();
  }
  if (missed.length > 0) throw new Error(`search benchmark missed its budget: ${missed.join('; ')}`);
}

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, addMinutes } from 'date-fns';
import Database from 'better-sqlite3-multiple-ciphers';
import { formatDate } from '../main/journal/dates';
import { createEntryWriter } from '../main/journal/writer';
import { applyConnectionSettings, checkpoint, closeVaultDatabase, openVaultDatabase } from '../main/vault/database';
import { readHeader } from '../main/vault/header';
import { deriveKey, unwrapKey } from '../main/vault/keys';
import { MIGRATIONS, runMigrations } from '../main/vault/migrations/index';
import { createVault } from '../main/vault/store';
import { document, heading, paragraph, quote, text, type SerializedNode } from '../resources/templates/lexical-json';

/**
 * The one seeded generator of synthetic journals (DESIGN §6), for benchmarks and e2e specs. A given seed,
 * size and `now` always make the same journal: ids, dates, documents and all.
 *
 * A person who writes every night: one entry a day going back from `now` (a nightly check-in, sometimes a
 * blank page), and on about one day in six a trigger log as well. About 250 words an entry, drawn from a Zipf
 * vocabulary (common words very common, a long tail of rare ones) that includes emotion words, names and
 * accented words. Documents are Lexical JSON with headings, paragraphs, some lists, and Haven's own nodes:
 * tag chips (triggers, emotions, needs, plain tags) inline in paragraphs, and the intensity and response
 * blocks at the top level.
 *
 * Entries are written through the same writer as `entries.save` (main/journal/writer.ts): the same derived
 * text, tag and response rows and full-text index, only many to a transaction.
 */

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; plenty for synthetic text. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number): boolean => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    hex: (chars: number): string => Array.from({ length: chars }, () => Math.floor(next() * 16).toString(16)).join(''),
  };
}
export type Random = ReturnType<typeof createRandom>;

export const TRIGGERS = [
  'Feeling dismissed',
  'Unanswered message',
  'Criticism',
  'Being interrupted',
  'Plans changed last minute',
  'Feeling left out',
  'A raised voice',
  'Silence after a fight',
  'Being compared',
  'Phone at dinner',
  'Late without calling',
  'Sarcasm',
] as const;
export const EMOTIONS = [
  'Anxious',
  'Hurt',
  'Calm',
  'Angry',
  'Lonely',
  'Grateful',
  'Sad',
  'Frustrated',
  'Relieved',
  'Ashamed',
  'Overwhelmed',
  'Hopeful',
  'Jealous',
  'Safe',
  'Numb',
  'Tender',
] as const;
export const NEEDS = [
  'Reassurance',
  'Space',
  'Closeness',
  'To be heard',
  'Rest',
  'Appreciation',
  'Predictability',
  'Help with chores',
] as const;
export const PLAIN_TAGS = ['work', 'family', 'weekend', 'therapy', 'health', 'friends'] as const;
export const RESPONSES = ['pursued', 'withdrew', 'froze', 'stayed-present'] as const;
export const NAMES = ['Sam', 'Alex', 'Jordan', 'Mia', 'Noah', 'Priya', 'Tomás', 'Zoë', 'Amélie', 'Björn', 'Lena'];

const COMMON = `I the and to a was it my me that of in he she we felt about when but so not for with this
  at had just like on today tonight really they her him what be because then all again after still said
  there know feel think it's didn't wanted talk time home were up could more one how out would asked
  little much told need work night dinner day message call thought seemed maybe even back later some
  something us our long way quiet want right again better sorry kept tired hard`.split(/\s+/);
const FEELINGS = `anxious hurt calm angry lonely grateful relieved sad frustrated hopeful ashamed overwhelmed
  content jealous safe tender scared numb irritated proud worried disappointed embarrassed resentful
  peaceful loved rejected dismissed unheard seen heard understood restless guilty ignored close distant
  warm cold tense relaxed steady shaky`.split(/\s+/);
const EVERYDAY = `kitchen phone coffee walk garden train office meeting email weekend breakfast laptop couch
  window rain laundry groceries bedroom mother father sister brother friend therapist session bus car
  morning evening lunch tea book film music song dog cat neighbour doctor appointment birthday holiday
  café naïve déjà résumé fiancée crème jalapeño façade coöperate piñata`.split(/\s+/);
const SYLLABLES = `ka lo mi ne ru sa ti vo be da fe gi ho ju le ma no pi qua re si tu va we xi yo ze bra cle
  dri fla gro ple stu tra vin mor sel tan dor wen kir lun pas`.split(/\s+/);

/** The vocabulary by rank: common words first, then feelings, names and everyday words, then a long tail. */
function buildVocabulary(): string[] {
  const random = createRandom(0x5eed);
  const middle = [...FEELINGS, ...EVERYDAY, ...NAMES];
  for (let i = middle.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [middle[i], middle[j]] = [middle[j]!, middle[i]!];
  }
  const words = [...COMMON, ...middle];
  const seen = new Set(words.map((word) => word.toLowerCase()));
  while (words.length < 30_000) {
    const word = Array.from({ length: random.int(2, 4) }, () => random.pick(SYLLABLES)).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

export const VOCABULARY: readonly string[] = buildVocabulary();

/** Cumulative Zipf weights (s = 1.07, a little steeper than 1 as in English prose) over the vocabulary. */
const ZIPF = (() => {
  const cdf = new Float64Array(VOCABULARY.length);
  let sum = 0;
  for (let rank = 0; rank < VOCABULARY.length; rank++) cdf[rank] = sum += 1 / (rank + 1) ** 1.07;
  for (let rank = 0; rank < cdf.length; rank++) cdf[rank]! /= sum;
  return cdf;
})();

function zipfWord(random: Random): string {
  const target = random.next();
  let low = 0;
  let high = ZIPF.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ZIPF[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return VOCABULARY[low]!;
}

function sentence(random: Random, words: number): string {
  const parts = Array.from({ length: words }, () => zipfWord(random));
  const first = parts[0]!;
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${parts.join(' ')}${random.chance(0.1) ? '?' : '.'}`;
}

/** Roughly `words` words of prose, as sentences of 6 to 18 words. */
function prose(random: Random, words: number): string {
  const sentences: string[] = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, random.int(6, 18));
    sentences.push(sentence(random, length));
    left -= length;
  }
  return sentences.join(' ');
}

const tag = (kind: 'trigger' | 'emotion' | 'need' | 'tag', name: string): SerializedNode => ({
  type: 'haven-tag',
  version: 1,
  kind,
  name,
});
const intensity = (value: number): SerializedNode => ({ type: 'haven-intensity', version: 1, value });
const response = (value: string): SerializedNode => ({ type: 'haven-response', version: 1, value });

function list(random: Random, items: number): SerializedNode {
  const checklist = random.chance(0.3);
  return {
    type: 'list',
    version: 1,
    listType: checklist ? 'check' : 'bullet',
    start: 1,
    tag: 'ul',
    direction: null,
    format: '',
    indent: 0,
    children: Array.from({ length: items }, (_, i) => ({
      type: 'listitem',
      version: 1,
      value: i + 1,
      ...(checklist ? { checked: random.chance(0.5) } : {}),
      direction: null,
      format: '',
      indent: 0,
      children: [text(sentence(random, random.int(3, 8)))],
    })),
  };
}

/** Skewed choice: the first items of a list come up far more often than the last, as real tags do. */
function skewedPick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random.next() ** 2 * items.length)]!;
}

function distinctPicks<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(skewedPick(random, items));
  return [...chosen];
}

/** A paragraph of prose with tag chips set among its words. */
function taggedParagraph(random: Random, words: number, tags: SerializedNode[]): SerializedNode {
  const children: SerializedNode[] = [text(`${prose(random, words)} `)];
  tags.forEach((chip, i) => {
    children.push(chip);
    children.push(text(i === tags.length - 1 ? '.' : ', '));
  });
  return paragraph(...children);
}

type Template = 'nightly' | 'trigger-log' | 'blank';

function nightlyDoc(random: Random): string {
  const emotions = distinctPicks(random, EMOTIONS, random.int(1, 3)).map((name) => tag('emotion', name));
  const needs = distinctPicks(random, NEEDS, random.int(0, 2)).map((name) => tag('need', name));
  const blocks: SerializedNode[] = [
    quote('There are no right answers here. A few words are enough.'),
    heading('h2', 'How I’m arriving tonight'),
    paragraph(text(prose(random, random.int(25, 50)))),
    heading('h2', 'What stayed with me today'),
    random.chance(0.25)
      ? taggedParagraph(random, random.int(50, 100), [tag('trigger', skewedPick(random, TRIGGERS))])
      : paragraph(text(prose(random, random.int(50, 100)))),
    heading('h2', 'What I felt, and where I noticed it in my body'),
    taggedParagraph(random, random.int(35, 70), emotions),
  ];
  if (random.chance(0.5)) blocks.push(intensity(random.int(0, 10)));
  blocks.push(heading('h2', 'What I needed, underneath'), taggedParagraph(random, random.int(20, 40), needs));
  blocks.push(heading('h2', 'One small thing I appreciated'));
  blocks.push(random.chance(0.3) ? list(random, random.int(2, 4)) : paragraph(text(prose(random, random.int(20, 35)))));
  if (random.chance(0.2)) blocks.push(paragraph(tag('tag', skewedPick(random, PLAIN_TAGS))));
  return document(...blocks);
}

function triggerLogDoc(random: Random): string {
  const triggers = distinctPicks(random, TRIGGERS, random.int(1, 2)).map((name) => tag('trigger', name));
  const emotions = distinctPicks(random, EMOTIONS, random.int(1, 3)).map((name) => tag('emotion', name));
  const needs = distinctPicks(random, NEEDS, random.int(1, 2)).map((name) => tag('need', name));
  return document(
    heading('h2', 'What happened'),
    paragraph(text(prose(random, random.int(80, 140)))),
    heading('h2', 'Which triggers'),
    paragraph(...triggers.flatMap((chip, i) => (i ? [text(', '), chip] : [chip]))),
    heading('h2', 'What I felt, and how strongly'),
    taggedParagraph(random, random.int(15, 30), emotions),
    intensity(random.int(2, 10)),
    heading('h2', 'What I did'),
    response(skewedPick(random, RESPONSES)),
    heading('h2', 'The story I told myself'),
    paragraph(text(prose(random, random.int(40, 80)))),
    heading('h2', 'What I needed underneath'),
    taggedParagraph(random, random.int(15, 30), needs),
  );
}

function blankDoc(random: Random): string {
  const blocks: SerializedNode[] = [];
  let left = random.int(180, 320);
  while (left > 0) {
    const words = Math.min(left, random.int(40, 90));
    blocks.push(paragraph(text(prose(random, words))));
    left -= words;
    if (random.chance(0.15)) blocks.push(list(random, random.int(2, 5)));
    if (random.chance(0.1)) blocks.push(heading('h3', sentence(random, random.int(2, 5))));
  }
  if (random.chance(0.3)) blocks.push(paragraph(tag('tag', skewedPick(random, PLAIN_TAGS))));
  return document(...blocks);
}

const DOCS: Record<Template, (random: Random) => string> = {
  nightly: nightlyDoc,
  'trigger-log': triggerLogDoc,
  blank: blankDoc,
};

/**
 * A long entry as someone types it: `typed(n)` is the document of about `words` words with n more words typed
 * at its end, so each autosave of it differs from the last, as while writing.
 */
export function longDocument(random: Random, words: number): (typed: number) => string {
  const blocks: SerializedNode[] = [];
  for (let left = words; left > 0; left -= 100) {
    if (blocks.length % 6 === 0) blocks.push(heading('h2', sentence(random, 4).slice(0, -1)));
    blocks.push(paragraph(text(prose(random, Math.min(left, 100)))));
  }
  const typing = Array.from({ length: 1_000 }, () => zipfWord(random));
  return (typed) => document(...blocks, paragraph(text(typing.slice(0, typed % typing.length).join(' '))));
}

export interface GeneratedEntry {
  id: string;
  date: string;
  title: string;
  template: Template;
  doc: string;
  createdAt: string;
  updatedAt: string;
}

/** The default `now`: a fixed evening, so a seed alone fixes the journal. */
export const GENERATOR_NOW = new Date(2026, 10, 25, 22, 0, 0);

/** The entries a seed makes, oldest first, without touching a database. */
export function* generateEntries(options: { entries: number; seed: number; now?: Date }): Generator<GeneratedEntry> {
  const random = createRandom(options.seed);
  const now = options.now ?? GENERATOR_NOW;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  // Which days hold which entries, newest day first, until there are enough entries.
  const plan: { day: number; templates: Template[] }[] = [];
  let planned = 0;
  for (let day = 0; planned < options.entries; day++) {
    const templates: Template[] = [];
    if (random.chance(1 / 6) && options.entries - planned >= 2) templates.push('trigger-log');
    templates.push(random.chance(0.85) ? 'nightly' : 'blank');
    planned += templates.length;
    plan.push({ day, templates });
  }
  for (const { day, templates } of plan.reverse()) {
    const date = addDays(today, -day);
    for (const template of templates) {
      // Trigger logs are written during the day; the nightly entry in the evening.
      const minutes = template === 'trigger-log' ? random.int(9 * 60, 18 * 60) : random.int(20 * 60, 23 * 60 + 30);
      const created = addMinutes(date, minutes);
      const title =
        template === 'trigger-log'
          ? `After the ${random.pick(EVERYDAY)}`
          : random.chance(template === 'blank' ? 0.8 : 0.2)
            ? sentence(random, random.int(2, 5)).slice(0, -1)
            : '';
      yield {
        id: random.hex(16),
        date: formatDate(date),
        title,
        template,
        doc: DOCS[template](random),
        createdAt: created.toISOString(),
        updatedAt: addMinutes(created, random.int(3, 25)).toISOString(),
      };
    }
  }
}

const BATCH = 2_000;

/**
 * Fills an open vault (or any database at the latest schema) with a generated journal. Writes in big
 * transactions and folds the WAL in between, as the app's checkpoint timer would.
 */
export function generateVault(db: Database.Database, options: { entries: number; seed: number; now?: Date }): void {
  const writer = createEntryWriter(db);
  const writeBatch = db.transaction((batch: GeneratedEntry[]) => {
    for (const entry of batch) writer.insert(entry);
  });
  let batch: GeneratedEntry[] = [];
  for (const entry of generateEntries(options)) {
    batch.push(entry);
    if (batch.length === BATCH) {
      writeBatch(batch);
      checkpoint(db);
      batch = [];
    }
  }
  if (batch.length) writeBatch(batch);
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Bumped whenever the generator's output changes, so cached benchmark vaults are made again. */
const GENERATOR_VERSION = 2;
/** Cached vaults are also made again whenever any migration's code changes. */
const SCHEMA_HASH = createHash('sha256')
  .update(MIGRATIONS.map((migration) => `${migration.version}:${migration.up.toString()}`).join('\n'))
  .digest('hex')
  .slice(0, 8);
export const BENCH_PASSPHRASE = 'a passphrase for benchmark vaults';

export interface BenchVault {
  db: Database.Database;
  /** The generated vault's own folder (header.json beside vault.db), left as generated; encrypted vaults only. */
  vaultDir: string;
  /** Closes the connection and removes the working copy. */
  close(): void;
}

/**
 * A plain (unencrypted) SQLite file set up like a vault connection (main/vault/database.ts), minus the key:
 * the other side of the encrypted-vs-plain comparison.
 */
function openPlain(file: string): Database.Database {
  const db = new Database(file);
  applyConnectionSettings(db);
  return db;
}

async function openEncrypted(vaultDir: string, file: string): Promise<Database.Database> {
  const header = readHeader(join(vaultDir, 'header.json'));
  const key = await deriveKey(BENCH_PASSPHRASE, header.kdf);
  const dataKey = unwrapKey(header.wrapped.passphrase, key, 'passphrase');
  key.fill(0);
  if (!dataKey) throw new Error('the benchmark vault no longer opens with its passphrase');
  try {
    return openVaultDatabase(file, dataKey, { fullCheck: false });
  } finally {
    dataKey.fill(0);
  }
}

/**
 * A generated journal to measure on, encrypted (a real vault: header, scrypt-wrapped key, the app's own
 * connection) or plain. With `cache`, the journal is made once per seed, size and schema version under the
 * system's temp folder and each run works on a fresh copy of it, so runs never see each other's writes.
 */
export async function openBenchVault(options: {
  entries: number;
  seed: number;
  encrypted: boolean;
  cache: boolean;
}): Promise<BenchVault & { generatedIn: number | null }> {
  const { entries, seed, encrypted } = options;
  const kind = encrypted ? 'encrypted' : 'plain';
  const root = options.cache
    ? join(tmpdir(), `haven-bench-s${seed}-n${entries}-${SCHEMA_HASH}-g${GENERATOR_VERSION}`)
    : mkdtempSync(join(tmpdir(), 'haven-bench-'));
  const source = join(root, kind);
  const ready = join(root, `${kind}.ready`);
  let generatedIn: number | null = null;
  if (!existsSync(ready)) {
    rmSync(source, { recursive: true, force: true });
    mkdirSync(source, { recursive: true });
    const started = performance.now();
    if (encrypted) {
      const { summary } = await createVault(source, 'Bench', BENCH_PASSPHRASE, { kdf: { N: 2 ** 14 } });
      const vaultDir = join(source, 'vaults', summary.id);
      writeFileSync(join(source, 'vault-dir'), vaultDir);
      const db = await openEncrypted(vaultDir, join(vaultDir, 'vault.db'));
      generateVault(db, { entries, seed });
      closeVaultDatabase(db);
    } else {
      const db = openPlain(join(source, 'vault.db'));
      runMigrations(db, { beforeFirst: () => undefined });
      generateVault(db, { entries, seed });
      closeVaultDatabase(db);
    }
    generatedIn = performance.now() - started;
    writeFileSync(ready, '');
  }
  const vaultDir = encrypted ? readFileSync(join(source, 'vault-dir'), 'utf8') : source;
  const work = options.cache ? mkdtempSync(join(tmpdir(), 'haven-bench-work-')) : source;
  const file = join(options.cache ? work : vaultDir, 'vault.db');
  if (options.cache) copyFileSync(join(vaultDir, 'vault.db'), file);
  const db = encrypted ? await openEncrypted(vaultDir, file) : openPlain(file);
  return {
    db,
    vaultDir,
    generatedIn,
    close() {
      if (db.open) closeVaultDatabase(db);
      rmSync(options.cache ? work : root, { recursive: true, force: true });
    },
  };
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { applyImport, parseImport, previewOf } from '../main/journal/import/index';
import { readSource } from '../main/journal/import/source';
import { createVault, unlockVault } from '../main/vault/store';
import { EMOTIONS, NEEDS, PLAIN_TAGS, TRIGGERS, VOCABULARY, createRandom, type Random } from './generate';

/**
 * Issue 8: the time to import 10k Day One entries (goal: under 10 s on this 2-core machine), from a Day One
 * .zip made here with the seeded generator's vocabulary: about 250 words an entry in Markdown (a heading, a
 * few paragraphs with bold and italic, sometimes a list and a photo marker), two to four tags of which some
 * are built-in words, some starred. Timed in two parts, as the person meets them: reading the zip into a
 * preview (parse, Markdown → Lexical, duplicate check), then writing it in one transaction with progress.
 * The process's CPU time is printed beside the wall time: on a machine shared with other work, it says what
 * the import itself cost.
 */

const SEED = 8;
const PASSPHRASE = 'bench passphrase';

function words(random: Random, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(VOCABULARY[Math.floor(VOCABULARY.length * random.next() ** 3)]!);
  return out.join(' ');
}

function dayOneExport(count: number): Uint8Array {
  const random = createRandom(SEED);
  const start = Date.UTC(2000, 0, 1, 21);
  const entries = Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 4 }, () => {
      const [a, b, c] = [words(random, 30), words(random, 4), words(random, 25)];
      return `${a} **${b}** *${c}*.`;
    });
    if (random.chance(0.3)) paragraphs.push(`- ${words(random, 5)}\n- ${words(random, 5)}\n- ${words(random, 5)}`);
    const photos = random.chance(0.2) ? [{ identifier: `P${i}`, md5: random.hex(32), type: 'jpeg' }] : [];
    if (photos.length) paragraphs.splice(1, 0, `![](dayone-moment://P${i})`);
    const tags: string[] = [random.pick(EMOTIONS), random.pick(PLAIN_TAGS)];
    if (random.chance(0.3)) tags.push(random.pick(TRIGGERS));
    if (random.chance(0.3)) tags.push(random.pick(NEEDS));
    return {
      uuid: random.hex(32).toUpperCase(),
      creationDate: new Date(start + i * 86_400_000 + random.int(0, 7200) * 1000).toISOString().replace('.000', ''),
      timeZone: random.pick(['Europe/London', 'America/New_York', 'Asia/Tokyo']),
      text: `# ${words(random, 3)}\n\n${paragraphs.join('\n\n')}`,
      tags,
      starred: random.chance(0.05),
      photos,
    };
  });
  return zipSync({ 'Journal.json': strToU8(JSON.stringify({ metadata: { version: '1.0' }, entries })) });
}

export default async function run(opts: { smoke: boolean }): Promise<void> {
  const count = opts.smoke ? 500 : 10_000;
  const budgetMs = opts.smoke ? 10_000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'haven-bench-import-'));
  try {
    const zip = join(dir, 'Day One.zip');
    writeFileSync(zip, dayOneExport(count));
    const { summary } = await createVault(dir, 'Bench', PASSPHRASE, { kdf: { N: 2 ** 14 } });
    const vault = await unlockVault(dir, summary.id, PASSPHRASE, new Date());
    try {
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      const parsed = parseImport(readSource(zip));
      const preview = previewOf(vault.db, parsed, 'bench');
      const previewed = performance.now();
      let events = 0;
      const result = await applyImport(vault.db, parsed, { onProgress: () => (events += 1) });
      const done = performance.now();
      const total = done - started;
      const cpu = process.cpuUsage(cpuStart);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      console.log(
        `import  ${count} Day One entries: preview ${((previewed - started) / 1000).toFixed(2)} s, ` +
          `write ${((done - previewed) / 1000).toFixed(2)} s (${events} progress events), ` +
          `total ${(total / 1000).toFixed(2)} s, CPU ${cpuSeconds.toFixed(2)} s (goal < ${budgetMs / 1000} s)`,
      );
      if (preview.entries !== count || result.imported !== count) {
        throw new Error(`imported ${result.imported} of ${count} (preview said ${preview.entries})`);
      }
      if (total > budgetMs) throw new Error(`import took ${(total / 1000).toFixed(1)} s, over ${budgetMs / 1000} s`);
    } finally {
      vault.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

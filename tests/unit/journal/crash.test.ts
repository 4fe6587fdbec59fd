import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEntries } from '../../../main/journal/entries';
import { deriveFromDoc } from '../../../main/journal/derive';
import { createSearch } from '../../../main/journal/search';
import { unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, dataKeyOf, newVault } from '../vault/helpers';
import { doc } from './helpers';

const LOOP = join(__dirname, 'fixtures', 'autosave-loop.mjs');
/** What the child types, never wrapping around within a run: numbered words, so any prefix is unambiguous. */
const SOURCE = Array.from({ length: 400 }, (_, i) => `tonight${i}`).join(' ');
/** DESIGN §4: a killed process loses at most the last autosave interval, at most 1 s of typing. */
const MAX_LOSS_MS = 1_000;

interface Run {
  keys: { at: number; length: number }[];
  saves: number[];
  killedAt: number;
}

/**
 * Runs the autosave loop and kills it with SIGKILL `typeMs` after its first keystroke: on a timer of its own,
 * so the kill lands anywhere between two saves, never in step with them.
 */
function typeAndKill(file: string, id: string, key: string, typeMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOOP, file, id, SOURCE], {
      env: { ...process.env, HAVEN_TEST_KEY: key },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { keys: [], saves: [], killedAt: 0 };
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [kind, a, b] = line.split(' ');
      if (kind === 'saved') run.saves.push(Number(a));
      if (kind !== 'key') return;
      run.keys.push({ at: Number(a), length: Number(b) });
      if (run.keys.length === 1) {
        setTimeout(() => {
          run.killedAt = Date.now();
          child.kill('SIGKILL');
        }, typeMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`the autosave loop stopped by itself: ${stderr}`));
    });
  });
}

const typedText = (length: number) => SOURCE.slice(0, length).trim();

describe('a crash while typing', () => {
  it('a process killed mid-typing loses at most the last second', async () => {
    const { dataDir, id: vaultId, dir } = await newVault();
    let vault = await unlockVault(dataDir, vaultId, PASSPHRASE, new Date());
    const entry = createEntries(vault.db, () => new Date()).save({
      date: '2026-11-25',
      title: 'Typing',
      template: 'blank',
      doc: doc(''),
    });
    vault.close();
    const key = (await dataKeyOf(dir)).toString('hex');

    // Kill at different moments relative to the saves: mid-keystroke, mid-save, between saves.
    for (const typeMs of [1_300, 2_450, 3_620]) {
      const run = await typeAndKill(join(dir, 'vault.db'), entry.id, key, typeMs);

      vault = await unlockVault(dataDir, vaultId, PASSPHRASE, new Date());
      expect(vault.db.pragma('quick_check', { simple: true })).toBe('ok');
      vault.db.exec("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)");
      const reopened = createEntries(vault.db, () => new Date()).get(entry.id);
      const text = deriveFromDoc(reopened.doc).text;
      expect(reopened.text).toBe(text);
      // What is there is what was typed, up to some keystroke...
      expect(SOURCE.startsWith(text)).toBe(true);
      // ...at least as far as the last save the child saw return...
      expect(run.saves.length).toBeGreaterThan(0);
      expect(text.length).toBeGreaterThanOrEqual(typedText(run.saves.at(-1)!).length);
      // ...and every keystroke typed more than a second before the kill.
      const oldEnough = run.keys.filter((k) => k.at <= run.killedAt - MAX_LOSS_MS).at(-1)!;
      expect(oldEnough).toBeDefined();
      expect(text.length).toBeGreaterThanOrEqual(typedText(oldEnough.length).length);
      // The search index kept up with the last save too.
      const lastWord = text.split(' ').at(-1)!;
      expect(
        createSearch(vault.db)
          .query({ text: lastWord })
          .map((result) => result.id),
      ).toEqual([entry.id]);
      vault.close();
    }
  });
});

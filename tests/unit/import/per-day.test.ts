import { describe, expect, it } from 'vitest';
import { applyImport, previewOf } from '../../../main/journal/import/index';
import type { ImportedEntry, ParsedImport } from '../../../main/journal/import/model';
import { seqBounds } from '../../../main/journal/seq';
import { doc, openJournal } from '../journal/helpers';

/** `count` entries dated `date`, each written at its own second, handed over in a shuffled order. */
function oneDay(date: string, count: number): ParsedImport {
  const entries: ImportedEntry[] = Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.parse(`${date}T00:00:00Z`) + i * 1000).toISOString();
    return {
      id: `e${i.toString(16).padStart(15, '0')}`,
      date,
      createdAt: at,
      updatedAt: at,
      title: `Entry ${i}`,
      template: 'blank',
      templateVersion: null,
      doc: doc(`entry ${i}`),
    };
  });
  // A fixed shuffle: every entry arrives among ones written before and after it.
  for (let i = entries.length - 1, seed = 7; i > 0; i--) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return { format: 'jrnl', entries, tags: new Set(), skipped: [], problems: [] };
}

const seqsOf = (journal: Awaited<ReturnType<typeof openJournal>>, date: string) => {
  const { first, last } = seqBounds(date);
  return journal.vault.db
    .prepare('SELECT seq FROM entries WHERE seq BETWEEN ? AND ? ORDER BY seq')
    .pluck()
    .all(first, last) as number[];
};

describe('how many entries one day holds', () => {
  it('20,000 entries on one day, in any order, all come in and read in the order they were written', async () => {
    const journal = await openJournal();
    const parsed = oneDay('2020-01-01', 20_000);
    expect(previewOf(journal.vault.db, parsed, 't')).toMatchObject({ entries: 20_000, duplicates: 0 });
    expect(await applyImport(journal.vault.db, parsed)).toEqual({ imported: 20_000, duplicates: 0 });
    const page = journal.entries.list({ limit: 3 });
    expect(page.total).toBe(20_000);
    expect(page.items.map((item) => item.title)).toEqual(['Entry 19999', 'Entry 19998', 'Entry 19997']);
    expect(seqsOf(journal, '2020-01-01').at(-1)).toBe(seqBounds('2020-01-01').first + 19_999);
  });

  it('an entry written into a day among later ones uses one place of the day, not one per entry it passes', async () => {
    const journal = await openJournal();
    const day = oneDay('2020-01-02', 40).entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    for (const entry of day) await applyImport(journal.vault.db, { ...oneDay('2020-01-02', 0), entries: [entry] });
    const seqs = seqsOf(journal, '2020-01-02');
    const { first } = seqBounds('2020-01-02');
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => first + i));
    expect(journal.entries.list({ limit: 1 }).items[0]!.title).toBe('Entry 39');
    expect(journal.indexIsConsistent()).toBe(true);
  });

  it('the preview refuses a file that brings a day more entries than it has room for, before writing any', async () => {
    const journal = await openJournal();
    const kept = journal.write('2020-01-03', 'already here');
    // A day nearly full, as the old placement could leave one: its last entry near the end of the day's range.
    const { last } = seqBounds('2020-01-03');
    journal.vault.db.prepare('UPDATE entries SET seq = ? WHERE id = ?').run(last - 5, kept.id);
    const parsed = oneDay('2020-01-03', 6);
    expect(() => previewOf(journal.vault.db, parsed, 't')).toThrow(
      expect.objectContaining({
        code: 'bad-file',
        message: 'This file holds 6 entries dated 2020-01-03, and one day in Haven has room for only 5 more.',
      }),
    );
    expect(previewOf(journal.vault.db, oneDay('2020-01-03', 5), 't').entries).toBe(5);
    expect(journal.entries.list({ limit: 10 }).total).toBe(1);
  });
});

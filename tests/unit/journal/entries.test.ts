import { describe, expect, it } from 'vitest';
import { createEntries } from '../../../main/journal/entries';
import { unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, havenError, newVault } from '../vault/helpers';

const doc = (text: string) =>
  JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });

async function openEntries() {
  const { dataDir, id } = await newVault();
  const vault = await unlockVault(dataDir, id, PASSPHRASE, new Date());
  let clock = Date.parse('2026-11-25T21:00:00Z');
  const entries = createEntries(vault.db, () => new Date((clock += 1000)));
  return { vault, entries };
}

describe('entries', () => {
  it('saves the document with its derived text, and updates it in place', async () => {
    const { vault, entries } = await openEntries();
    const first = entries.save({ date: '2026-11-25', title: '', doc: doc('I felt unheard tonight.') });
    expect(first.text).toBe('I felt unheard tonight.');
    const second = entries.save({
      id: first.id,
      date: '2026-11-25',
      title: 'Evening',
      doc: doc('I felt heard after all.'),
    });
    expect(second.id).toBe(first.id);
    expect(second.text).toBe('I felt heard after all.');
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(entries.get(first.id).title).toBe('Evening');
    vault.close();
  });

  it('lists newest first with an excerpt and word count', async () => {
    const { vault, entries } = await openEntries();
    entries.save({ date: '2026-11-23', title: '', doc: doc('older') });
    entries.save({ date: '2026-11-25', title: '', doc: doc('newest entry here') });
    entries.save({ date: '2026-11-24', title: '', doc: doc('middle') });
    const list = entries.list({ limit: 10 });
    expect(list.map((e) => e.date)).toEqual(['2026-11-25', '2026-11-24', '2026-11-23']);
    expect(list[0]).toMatchObject({ excerpt: 'newest entry here', words: 3 });
    expect(entries.list({ limit: 10, before: '2026-11-25' }).map((e) => e.date)).toEqual(['2026-11-24', '2026-11-23']);
    vault.close();
  });

  it('says plainly when an entry is not there', async () => {
    const { vault, entries } = await openEntries();
    expect((await havenError(() => entries.get('feedface'))).code).toBe('not-found');
    expect(
      (await havenError(() => entries.save({ id: 'feedface', date: '2026-11-25', title: '', doc: doc('x') }))).code,
    ).toBe('not-found');
    vault.close();
  });
});

import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { EMOTIONS, NEEDS, TRIGGERS } from '../../../resources/vocabulary';
import { unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, havenError } from '../vault/helpers';
import { docOf, item, openJournal, paragraph, picker, tag } from './helpers';

type Journal = Awaited<ReturnType<typeof openJournal>>;

const tagRows = (db: Database.Database, id: string) =>
  db.prepare('SELECT kind, name, intensity FROM entry_tags WHERE entry_id = ? ORDER BY position').all(id);
const listed = (journal: Journal, kind: string, name: string) =>
  journal.tags.list().find((info) => info.kind === kind && info.name.toLowerCase() === name.toLowerCase());
const byTag = (journal: Journal, name: string) => journal.entries.list({ limit: 50, tag: name }).items.map((e) => e.id);
const searched = (journal: Journal, query: { text?: string; tag?: string }) =>
  journal.search.query({ text: query.text ?? '', ...(query.tag ? { tag: query.tag } : {}) }).map((r) => r.id);

describe('the vocabulary', () => {
  it('holds every built-in word with its meaning, family or fear, built-in words first', async () => {
    const journal = await openJournal();
    const all = journal.tags.list();
    expect(all.filter((info) => info.builtin)).toHaveLength(TRIGGERS.length + EMOTIONS.length + NEEDS.length);
    expect(all.map((info) => info.kind)).toEqual([
      ...TRIGGERS.map(() => 'trigger'),
      ...EMOTIONS.map(() => 'emotion'),
      ...NEEDS.map(() => 'need'),
    ]);
    const trigger = TRIGGERS[0]!;
    expect(listed(journal, 'trigger', trigger.name)).toEqual({
      kind: 'trigger',
      name: trigger.name,
      meaning: trigger.note,
      family: null,
      fear: trigger.fear,
      colour: null,
      archived: false,
      builtin: true,
      count: 0,
    });
    const emotion = EMOTIONS.find((word) => word.name === 'Anxious')!;
    expect(listed(journal, 'emotion', 'Anxious')).toMatchObject({ meaning: emotion.meaning, family: emotion.family });
    journal.vault.close();
  });

  it('grows with each save that names a word it did not have, and counts live entries only', async () => {
    const journal = await openJournal();
    const first = journal.write('2026-11-20', '', {
      doc: docOf(
        paragraph(tag('tag', 'Book club'), tag('emotion', 'Anxious')),
        picker('need', [item('Quiet mornings')]),
      ),
    });
    journal.write('2026-11-21', '', { doc: docOf(paragraph(tag('tag', 'book CLUB'))) });
    const trashed = journal.write('2026-11-22', '', { doc: docOf(paragraph(tag('tag', 'Book club'))) });
    journal.entries.remove(trashed.id);
    expect(listed(journal, 'tag', 'Book club')).toMatchObject({ name: 'Book club', builtin: false, count: 2 });
    expect(listed(journal, 'need', 'Quiet mornings')).toMatchObject({ builtin: false, meaning: '', count: 1 });
    expect(listed(journal, 'emotion', 'Anxious')).toMatchObject({ builtin: true, count: 1 });
    const own = journal.tags.list().filter((info) => !info.builtin);
    expect(own.map((info) => `${info.kind}:${info.name}`)).toEqual(['need:Quiet mornings', 'tag:Book club']);
    journal.entries.remove(first.id);
    expect(listed(journal, 'emotion', 'Anxious')!.count).toBe(0);
    journal.vault.close();
  });

  it('adds a word of the person’s own, once per kind whatever its case', async () => {
    const journal = await openJournal();
    expect(journal.tags.create('trigger', '  Being   rushed ')).toMatchObject({
      kind: 'trigger',
      name: 'Being rushed',
      builtin: false,
      count: 0,
    });
    const taken = await havenError(() => journal.tags.create('trigger', 'BEING RUSHED'));
    expect(taken.code).toBe('tag-exists');
    expect(taken.message).toBe('There is already a trigger called “Being rushed”.');
    expect((await havenError(() => journal.tags.create('emotion', 'anxious'))).message).toBe(
      'There is already an emotion called “Anxious”.',
    );
    expect(journal.tags.create('need', 'Being rushed')).toMatchObject({ kind: 'need', name: 'Being rushed' });
    journal.vault.close();
  });

  it('changes a colour, archives, and sets the fear of triggers only', async () => {
    const journal = await openJournal();
    const trigger = TRIGGERS.find((word) => word.fear === 'being-left')!;
    expect(journal.tags.update('trigger', trigger.name, { colour: 'rose', fear: 'being-controlled' })).toMatchObject({
      colour: 'rose',
      fear: 'being-controlled',
      archived: false,
    });
    expect(journal.tags.update('trigger', trigger.name.toUpperCase(), { archived: true })).toMatchObject({
      colour: 'rose',
      fear: 'being-controlled',
      archived: true,
    });
    expect(journal.tags.update('trigger', trigger.name, { colour: null })).toMatchObject({ colour: null });
    const fearOfEmotion = await havenError(() => journal.tags.update('emotion', 'Anxious', { fear: 'being-left' }));
    expect(fearOfEmotion.code).toBe('invalid-input');
    expect(listed(journal, 'emotion', 'Anxious')!.fear).toBeNull();
    expect((await havenError(() => journal.tags.update('tag', 'Nothing like it', { archived: true }))).code).toBe(
      'not-found',
    );
    journal.vault.close();
  });
});

/** A journal where "Anxious" sits in chips and pickers of live and trashed entries, beside other words. */
async function anxiousJournal() {
  const journal = await openJournal();
  const chip = journal.write('2026-11-20', '', {
    doc: docOf(paragraph('Before the call I was ', tag('emotion', 'anxious'), ' all day.')),
  });
  const picked = journal.write('2026-11-21', '', {
    template: 'nightly',
    doc: docOf(paragraph('Long day.'), picker('emotion', [item('Anxious', 6), item('Worried', 3), item('Calm', 1)])),
  });
  const trashed = journal.write('2026-11-22', '', { doc: docOf(picker('emotion', [item('ANXIOUS', 9)])) });
  journal.entries.remove(trashed.id);
  const otherKind = journal.write('2026-11-23', '', { doc: docOf(paragraph(tag('tag', 'anxious'))) });
  return { journal, chip, picked, trashed, otherKind };
}

describe('renaming a tag', () => {
  it('reports its progress entry by entry, and keeps nothing if the journal locks before it is done', async () => {
    const { journal } = await anxiousJournal();
    const seen: [number, number][] = [];
    expect(
      await journal.tags.rename('emotion', 'Anxious', 'On edge', {
        chunk: 2,
        onProgress: (done, total) => seen.push([done, total]),
      }),
    ).toBe(3);
    expect(seen).toEqual([
      [2, 3],
      [3, 3],
    ]);

    // Locking mid-way (the journal closes between two chunks) rolls everything back.
    const error = await havenError(
      journal.tags.rename('emotion', 'On edge', 'Jittery tonight', {
        chunk: 1,
        onProgress: () => journal.vault.close(),
      }),
    );
    expect(error.code).toBe('vault-locked');
    const reopened = await unlockVault(journal.dataDir, journal.id, PASSPHRASE, new Date());
    const count = (name: string) =>
      reopened.db.prepare('SELECT count(*) FROM entry_tags WHERE name = ?').pluck().get(name) as number;
    expect([count('Jittery tonight'), count('On edge')]).toEqual([0, 3]);
    expect(reopened.db.prepare("SELECT count(*) FROM tags WHERE name = 'Jittery tonight'").pluck().get()).toBe(0);
    reopened.close();
  });

  it('renames it in every entry that holds it, the Trash too, and everything derived follows', async () => {
    const { journal, chip, picked, trashed, otherKind } = await anxiousJournal();
    const before = [chip, picked, trashed, otherKind].map((entry) => journal.entries.get(entry.id));
    expect(await journal.tags.rename('emotion', 'ANXIOUS', 'On edge')).toBe(3);

    expect(journal.entries.get(chip.id).text).toBe('Before the call I was On edge all day.');
    expect(journal.entries.get(chip.id).doc).toContain('"name":"On edge"');
    expect(tagRows(journal.vault.db, picked.id)).toEqual([
      { kind: 'emotion', name: 'On edge', intensity: 6 },
      { kind: 'emotion', name: 'Worried', intensity: 3 },
      { kind: 'emotion', name: 'Calm', intensity: 1 },
    ]);
    expect(tagRows(journal.vault.db, trashed.id)).toEqual([{ kind: 'emotion', name: 'On edge', intensity: 9 }]);
    // Another kind's tag of the same name is another tag.
    expect(journal.entries.get(otherKind.id)).toEqual(before[3]);
    expect(byTag(journal, 'on edge')).toEqual([picked.id, chip.id]);
    expect(byTag(journal, 'anxious')).toEqual([otherKind.id]);
    expect(searched(journal, { tag: 'On edge' })).toEqual([picked.id, chip.id]);
    expect(searched(journal, { text: 'edge' })).toEqual([picked.id, chip.id]);
    expect(searched(journal, { text: 'anxious' })).toEqual([otherKind.id]);
    journal.entries.restore(trashed.id);
    expect(byTag(journal, 'On edge')).toEqual([trashed.id, picked.id, chip.id]);
    expect(journal.indexIsConsistent()).toBe(true);

    // The person didn't edit these entries: when they last did stays as it was.
    expect(journal.entries.get(chip.id).updatedAt).toBe(before[0]!.updatedAt);
    expect(journal.entries.get(picked.id)).toMatchObject({
      updatedAt: before[1]!.updatedAt,
      template: 'nightly',
      date: '2026-11-21',
    });
    journal.vault.close();
  });

  it('keeps a built-in word’s meaning and family, and moves its count', async () => {
    const { journal } = await anxiousJournal();
    const anxious = listed(journal, 'emotion', 'Anxious')!;
    expect(anxious.count).toBe(2);
    await journal.tags.rename('emotion', 'Anxious', 'On edge');
    expect(listed(journal, 'emotion', 'Anxious')).toBeUndefined();
    expect(listed(journal, 'emotion', 'On edge')).toEqual({ ...anxious, name: 'On edge' });
    journal.vault.close();
  });

  it('refuses a name another tag of the kind has, suggesting a merge, and changes nothing', async () => {
    const { journal, chip, picked, otherKind } = await anxiousJournal();
    const error = await havenError(() => journal.tags.rename('emotion', 'Anxious', 'worried'));
    expect(error.code).toBe('tag-exists');
    expect(error.message).toBe('There is already an emotion called “Worried”. Merge them instead?');
    expect(journal.entries.get(chip.id).doc).toContain('"name":"anxious"');
    // The filter finds a tag's name in any kind: the plain tag "anxious" too.
    expect(byTag(journal, 'Anxious')).toEqual([otherKind.id, picked.id, chip.id]);
    expect(listed(journal, 'emotion', 'Anxious')).toBeDefined();
    journal.vault.close();
  });

  it('changes only the spelling when the new name differs in case', async () => {
    const { journal, chip, picked } = await anxiousJournal();
    expect(await journal.tags.rename('emotion', 'Anxious', 'ANXIOUS')).toBe(3);
    expect(listed(journal, 'emotion', 'anxious')!.name).toBe('ANXIOUS');
    expect(journal.entries.get(chip.id).text).toBe('Before the call I was ANXIOUS all day.');
    expect(await journal.tags.rename('emotion', 'anxious', 'ANXIOUS')).toBe(0);
    expect(byTag(journal, 'anxious')).toContain(picked.id);
    journal.vault.close();
  });

  it('says so when there is no such tag', async () => {
    const { journal } = await anxiousJournal();
    const error = await havenError(() => journal.tags.rename('need', 'Anxious', 'Calmer'));
    expect(error.code).toBe('not-found');
    journal.vault.close();
  });

  it('is one transaction: a failure half-way leaves every entry, row and word as it was', async () => {
    const { journal } = await anxiousJournal();
    const db = journal.vault.db;
    const snapshot = () => ({
      entries: db.prepare('SELECT * FROM entries ORDER BY id').all(),
      entryTags: db.prepare('SELECT * FROM entry_tags ORDER BY entry_id, kind, name').all(),
      tags: db.prepare('SELECT * FROM tags ORDER BY kind, folded').all(),
    });
    const before = snapshot();
    // The third entry's rewrite fails, after two were already rewritten (the count rolls back with them).
    db.exec(`CREATE TEMP TABLE rewrites (n);
             CREATE TEMP TRIGGER counted AFTER UPDATE OF doc ON entries BEGIN INSERT INTO rewrites VALUES (1); END;
             CREATE TEMP TRIGGER refuse BEFORE UPDATE OF doc ON entries WHEN (SELECT count(*) FROM rewrites) = 2
             BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    await expect(journal.tags.rename('emotion', 'Anxious', 'On edge')).rejects.toThrow(/refused/);
    await expect(journal.tags.merge('emotion', 'Anxious', 'Worried')).rejects.toThrow(/refused/);
    expect(snapshot()).toEqual(before);
    expect(byTag(journal, 'On edge')).toEqual([]);
    expect(journal.indexIsConsistent()).toBe(true);
    journal.vault.close();
  });
});

describe('merging tags', () => {
  it('folds one tag into another in every entry, once, keeping the stronger intensity', async () => {
    const { journal, chip, picked, trashed, otherKind } = await anxiousJournal();
    expect(await journal.tags.merge('emotion', 'anxious', 'worried')).toBe(3);
    expect(listed(journal, 'emotion', 'Anxious')).toBeUndefined();
    expect(tagRows(journal.vault.db, picked.id)).toEqual([
      { kind: 'emotion', name: 'Worried', intensity: 6 },
      { kind: 'emotion', name: 'Calm', intensity: 1 },
    ]);
    expect(journal.entries.get(picked.id).text).toBe('Long day.\nWorried, Calm');
    expect(journal.entries.get(chip.id).text).toBe('Before the call I was Worried all day.');
    expect(tagRows(journal.vault.db, trashed.id)).toEqual([{ kind: 'emotion', name: 'Worried', intensity: 9 }]);
    expect(byTag(journal, 'Worried')).toEqual([picked.id, chip.id]);
    expect(searched(journal, { tag: 'Anxious' })).toEqual([otherKind.id]);
    expect(listed(journal, 'emotion', 'Worried')!.count).toBe(2);
    journal.vault.close();
  });

  it('refuses to merge a tag into itself or into one that is not there', async () => {
    const { journal } = await anxiousJournal();
    expect((await havenError(() => journal.tags.merge('emotion', 'Anxious', 'ANXIOUS'))).code).toBe('invalid-input');
    expect((await havenError(() => journal.tags.merge('emotion', 'Anxious', 'Nowhere'))).code).toBe('not-found');
    expect(listed(journal, 'emotion', 'Anxious')!.count).toBe(2);
    journal.vault.close();
  });
});

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, snippetParts, toFtsQuery } from '../../../main/journal/search';
import { createSearch } from '../../../main/journal/search';
import { migration1000 } from '../../../main/vault/migrations/1000-entries';
import { runMigrations } from '../../../main/vault/migrations/index';
import { unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, dataKeyOf, newVault, openRaw } from '../vault/helpers';
import { doc, docOf, intensity, openJournal, paragraph, tag } from './helpers';

type Journal = Awaited<ReturnType<typeof openJournal>>;
const ids = (journal: Journal, query: Parameters<Journal['search']['query']>[0]) =>
  journal.search.query(query).map((result) => result.id);

describe('finding words', () => {
  it('finds whole words and the start of the last word, in the title or the text', async () => {
    const journal = await openJournal();
    const anxious = journal.write('2026-11-20', 'I felt anxious before dinner.');
    const calm = journal.write('2026-11-21', 'Calm after the walk.', { title: 'A reassuring evening' });
    expect(ids(journal, { text: 'anxious' })).toEqual([anxious.id]);
    expect(ids(journal, { text: 'ANXIOUS' })).toEqual([anxious.id]);
    expect(ids(journal, { text: 'anxi' })).toEqual([anxious.id]);
    expect(ids(journal, { text: 'reass' })).toEqual([calm.id]);
    expect(ids(journal, { text: 'felt dinn' })).toEqual([anxious.id]);
    expect(ids(journal, { text: 'felt calm' })).toEqual([]);
    expect(ids(journal, { text: 'walking' })).toEqual([]);
    journal.vault.close();
  });

  it('folds accents both ways', async () => {
    const journal = await openJournal();
    const accented = journal.write('2026-11-20', 'Un café naïve à la crème.');
    const plain = journal.write('2026-11-21', 'A cafe on the corner, so naive.');
    expect(ids(journal, { text: 'cafe' })).toEqual([plain.id, accented.id]);
    expect(ids(journal, { text: 'café' })).toEqual([plain.id, accented.id]);
    expect(ids(journal, { text: 'NAÏVE' })).toEqual([plain.id, accented.id]);
    expect(ids(journal, { text: 'creme' })).toEqual([accented.id]);
    // The same word typed with a combining accent (NFD) is the same word.
    expect(ids(journal, { text: 'cafe\u0301' })).toEqual([plain.id, accented.id]);
    journal.vault.close();
  });

  it('finds words in any script and the names in tag chips', async () => {
    const journal = await openJournal();
    const chinese = journal.write('2026-11-20', '今天 晚上 我 很 累');
    const tagged = journal.write('2026-11-21', '', {
      doc: docOf(paragraph('Then ', tag('trigger', 'Feeling dismissed'))),
    });
    expect(ids(journal, { text: '晚上' })).toEqual([chinese.id]);
    expect(ids(journal, { text: 'dismissed' })).toEqual([tagged.id]);
    journal.vault.close();
  });

  it('shows the newest entries first, by date, however they were written', async () => {
    const journal = await openJournal();
    const middle = journal.write('2026-11-20', 'walk');
    const newest = journal.write('2026-11-25', 'walk');
    const oldest = journal.write('2025-01-01', 'walk');
    const sameNightLater = journal.write('2026-11-25', 'walk');
    expect(ids(journal, { text: 'walk' })).toEqual([sameNightLater.id, newest.id, middle.id, oldest.id]);
    // Moving an entry to another date moves it in the results.
    journal.entries.save({ ...oldest, title: '', template: 'blank', date: '2026-12-01', doc: doc('walk') });
    expect(ids(journal, { text: 'walk' })).toEqual([oldest.id, sameNightLater.id, newest.id, middle.id]);
    expect(ids(journal, { text: 'walk', limit: 2 })).toEqual([oldest.id, sameNightLater.id]);
    expect(journal.indexIsConsistent()).toBe(true);
    journal.vault.close();
  });

  it('finds an entry by what it says now, not by what it said before', async () => {
    const journal = await openJournal();
    const entry = journal.write('2026-11-20', 'first draft about the garden');
    journal.entries.save({ ...entry, title: 'Kitchen', template: 'blank', doc: doc('second draft') });
    expect(ids(journal, { text: 'garden' })).toEqual([]);
    expect(ids(journal, { text: 'second' })).toEqual([entry.id]);
    expect(ids(journal, { text: 'kitchen' })).toEqual([entry.id]);
    expect(journal.indexIsConsistent()).toBe(true);
    journal.vault.close();
  });

  it('still finds the right entries after the journal is compacted, as a backup copy is', async () => {
    const journal = await openJournal();
    const first = journal.write('2026-11-20', 'walk by the river');
    const gone = journal.write('2026-11-21', 'walk in the rain');
    const last = journal.write('2026-11-22', 'walk home');
    journal.entries.remove(gone.id);
    journal.entries.emptyTrash();
    journal.vault.db.exec('VACUUM');
    expect(ids(journal, { text: 'walk' })).toEqual([last.id, first.id]);
    expect(ids(journal, { text: 'river' })).toEqual([first.id]);
    expect(journal.indexIsConsistent()).toBe(true);
    journal.vault.close();
  });

  it('never finds an entry in the Trash', async () => {
    const journal = await openJournal();
    const kept = journal.write('2026-11-20', 'the message went unanswered');
    const trashed = journal.write('2026-11-21', 'another unanswered message');
    journal.entries.remove(trashed.id);
    expect(ids(journal, { text: 'unanswered' })).toEqual([kept.id]);
    expect(ids(journal, { text: '', from: '2026-11-01' })).toEqual([kept.id]);
    journal.vault.close();
  });
});

describe('snippets', () => {
  it('come as plain parts, the matched words marked', async () => {
    const journal = await openJournal();
    const long = Array.from({ length: 60 }, (_, i) => `filler${i}`).join(' ');
    journal.write('2026-11-20', `${long} and then I felt anxious <b>again</b>, at the café.\n${long}`);
    const [result] = journal.search.query({ text: 'café anxi' });
    const parts = result!.snippet;
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['anxious', 'café']);
    const shown = parts.map((part) => part.text).join('');
    expect(shown).toContain('I felt anxious <b>again</b>, at the café.');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown).not.toMatch(/[\uFDD0\uFDD1\n]/);
    journal.vault.close();
  });

  it('are the start of the entry when only filters were given', async () => {
    const journal = await openJournal();
    journal.write('2026-11-20', 'Tonight was\n\nquiet.', { template: 'nightly' });
    expect(journal.search.query({ text: '', template: 'nightly' })[0]!.snippet).toEqual([
      { text: 'Tonight was quiet.', match: false },
    ]);
    journal.vault.close();
  });

  it('split the marked text FTS5 gives back, whatever is in it', () => {
    expect(snippetParts('a \uFDD0b\uFDD1 c')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false },
    ]);
    expect(snippetParts('\uFDD0a\uFDD1\uFDD0b\uFDD1')).toEqual([{ text: 'ab', match: true }]);
    expect(snippetParts('stray \uFDD1end')).toEqual([{ text: 'stray end', match: false }]);
    expect(snippetParts('')).toEqual([]);
  });
});

describe('filters', () => {
  async function filtered() {
    const journal = await openJournal();
    const make = (date: string, template: string, children: unknown[]) =>
      journal.write(date, '', { template, doc: docOf(...children) });
    const entries = {
      log: make('2026-10-02', 'trigger-log', [
        paragraph('The call ', tag('trigger', 'Criticism'), ' felt sharp.'),
        intensity(8),
      ]),
      night: make('2026-10-15', 'nightly', [paragraph('A calm night ', tag('emotion', 'calm')), intensity(2)]),
      blank: make('2026-11-03', 'blank', [paragraph('Felt criticised at work. ', tag('tag', 'Work'))]),
      later: make('2026-11-20', 'trigger-log', [
        paragraph('Felt it again ', tag('trigger', 'CRITICISM')),
        intensity(9),
      ]),
    };
    return { journal, ...entries };
  }

  it('narrow by date range (both ends included), template, tag and intensity', async () => {
    const { journal, log, night, blank, later } = await filtered();
    expect(ids(journal, { text: 'felt', from: '2026-10-02', to: '2026-11-03' })).toEqual([blank.id, log.id]);
    expect(ids(journal, { text: 'felt', from: '2026-11-04' })).toEqual([later.id]);
    expect(ids(journal, { text: 'felt', to: '2026-10-01' })).toEqual([]);
    expect(ids(journal, { text: 'felt', template: 'trigger-log' })).toEqual([later.id, log.id]);
    expect(ids(journal, { text: 'felt', tag: 'criticism' })).toEqual([later.id, log.id]);
    expect(ids(journal, { text: 'night', tag: 'CALM' })).toEqual([night.id]);
    expect(ids(journal, { text: 'felt', tag: 'work' })).toEqual([blank.id]);
    expect(ids(journal, { text: 'felt', minIntensity: 9 })).toEqual([later.id]);
    expect(ids(journal, { text: 'felt', minIntensity: 8, from: '2026-11-01' })).toEqual([later.id]);
    expect(ids(journal, { text: 'felt', tag: 'Criticism', template: 'blank' })).toEqual([]);
    journal.vault.close();
  });

  it('work alone, newest first, when no words were typed', async () => {
    const { journal, log, night, blank, later } = await filtered();
    expect(ids(journal, { text: '', tag: 'Criticism' })).toEqual([later.id, log.id]);
    expect(ids(journal, { text: '?!', minIntensity: 0 })).toEqual([later.id, night.id, log.id]);
    expect(ids(journal, { text: '  ', from: '2026-10-01', to: '2026-10-31' })).toEqual([night.id, log.id]);
    expect(ids(journal, { text: '', template: 'blank' })).toEqual([blank.id]);
    expect(ids(journal, { text: '', from: '2026-01-01', limit: 3 })).toEqual([later.id, blank.id, night.id]);
    journal.vault.close();
  });

  it('find nothing when nothing was asked', async () => {
    const { journal } = await filtered();
    expect(journal.search.query({ text: '' })).toEqual([]);
    expect(journal.search.query({ text: '"(*)" -- ^' })).toEqual([]);
    journal.vault.close();
  });
});

/** Inputs that are FTS5 syntax, or break naive query building; each must answer, never throw. */
const HOSTILE: [label: string, text: string][] = [
  ['a lone double quote', '"'],
  ['two double quotes', '""'],
  ['an unbalanced quote before a word', '"felt'],
  ['an unbalanced quote after a word', 'felt"'],
  ['quotes inside a word', 'fe"lt'],
  ['a single quote', "'"],
  ['SQL in quotes', "'; DROP TABLE entries; --"],
  ['an open parenthesis', '('],
  ['a close parenthesis', ')'],
  ['nested parentheses', '((felt))'],
  ['a bare AND', 'AND'],
  ['a dangling AND', 'felt AND'],
  ['OR between words', 'felt OR calm'],
  ['NOT between words', 'felt NOT calm'],
  ['NEAR as a function', 'NEAR(felt calm, 2)'],
  ['NEAR alone', 'NEAR'],
  ['a lone star', '*'],
  ['a leading star', '*felt'],
  ['a trailing star', 'felt*'],
  ['a minus', '-felt'],
  ['a caret', '^felt'],
  ['a colon', ':'],
  ['a column filter', 'title:felt'],
  ['a column set', '{title text}: felt'],
  ['a plus', 'felt + calm'],
  ['a backslash', '\\'],
  ['a NUL character', 'felt\u0000calm'],
  ['an emoji', '😀'],
  ['an emoji beside a word', '😀felt'],
  ['a family emoji (joiners)', '👩‍👩‍👧'],
  ['only punctuation', '…—!?%_'],
  ['a combining mark alone', '\u0301'],
  ['a lone surrogate', '\uD800felt'],
  ['the snippet markers', '\uFDD0felt\uFDD1'],
  ['a private-use character', '\uE000'],
  ['a very long word', 'x'.repeat(500)],
  ['500 characters of words', 'felt calm '.repeat(50)],
  ['an apostrophe inside a word', "didn't"],
  ['a typographic apostrophe', 'l’été'],
  ['a number', '1e309'],
  ['FTS5 function names', 'bm25(entries_fts) rank MATCH'],
  ['whitespace only', ' \n\t '],
];

describe('any text a person types', () => {
  it.each(HOSTILE)('is answered, never an error: %s', async (_label, text) => {
    const journal = await openJournal();
    const entry = journal.write('2026-11-20', 'I felt calm, and I didn’t mind. L’été, 1e309.');
    for (const query of [{ text }, { text, template: 'blank' }, { text, from: '2026-01-01', to: '2026-12-31' }]) {
      const results = journal.search.query(query);
      expect(Array.isArray(results)).toBe(true);
      for (const result of results) expect(result.id).toBe(entry.id);
    }
    journal.vault.close();
  });

  it('is read as words, so operators and syntax find what the words find', async () => {
    const journal = await openJournal();
    const felt = journal.write('2026-11-20', 'I felt calm.');
    journal.write('2026-11-21', 'Nothing here.');
    for (const text of ['"felt', 'felt"', '((felt))', '*felt', 'felt*', '-felt', '^felt', 'felt + calm', '😀felt']) {
      expect(ids(journal, { text }), text).toEqual([felt.id]);
    }
    // Operator words are words: nobody wrote "or", "near" or "title".
    for (const text of ['felt OR nothing', 'NEAR(felt calm)', 'title:felt']) {
      expect(ids(journal, { text }), text).toEqual([]);
    }
    journal.vault.close();
  });

  it('becomes quoted words joined by AND, the last one a prefix', () => {
    expect(toFtsQuery('felt anxi')).toBe('"felt" AND "anxi"*');
    expect(toFtsQuery('NEAR(a "b" OR c*')).toBe('"NEAR" AND "a" AND "b" AND "OR" AND "c"');
    expect(toFtsQuery('hurt Hurt hurt again')).toBe('"hurt" AND "again"*');
    expect(toFtsQuery('i')).toBe('"i"');
    expect(toFtsQuery(' "(*)" ')).toBeNull();
    expect(toFtsQuery('word '.repeat(40) + 'last')).toBe('"word" AND "last"*');
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(toFtsQuery(many)!.split(' AND ')).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('entries written before search existed', () => {
  it('are found after the update, in date order, with their ids', async () => {
    const { dataDir, id, dir } = await newVault();
    const dataKey = await dataKeyOf(dir);
    const file = join(dir, 'vault.db');
    rmSync(file);
    const old = openRaw(file, dataKey);
    runMigrations(old, { beforeFirst: () => undefined }, [migration1000]);
    const insert = old.prepare(
      `INSERT INTO entries (id, date, title, doc, text, created_at, updated_at, deleted_at) VALUES (?, ?, '', ?, ?, ?, ?, ?)`,
    );
    const at = '2026-11-01T20:00:00.000Z';
    insert.run('older', '2026-10-01', doc('the garden at dusk'), 'the garden at dusk', at, at, null);
    insert.run('newer', '2026-10-05', doc('garden again'), 'garden again', at, at, null);
    insert.run('binned', '2026-10-03', doc('garden, trashed'), 'garden, trashed', at, at, at);
    old.close();

    const vault = await unlockVault(dataDir, id, PASSPHRASE, new Date(2026, 10, 25));
    expect(
      createSearch(vault.db)
        .query({ text: 'garden' })
        .map((result) => result.id),
    ).toEqual(['newer', 'older']);
    expect(vault.db.prepare("SELECT template FROM entries WHERE id = 'older'").pluck().get()).toBe('blank');
    vault.db.exec("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)");
    vault.close();
  });
});

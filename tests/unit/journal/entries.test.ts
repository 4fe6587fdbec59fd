import { describe, expect, it } from 'vitest';
import { findBuiltinTemplate } from '../../../resources/templates/builtin';
import { havenError } from '../vault/helpers';
import { choice, doc, docOf, intensity, item, openJournal, paragraph, picker, response, tag } from './helpers';

const tagsOf = (db: import('better-sqlite3-multiple-ciphers').Database, id: string) =>
  db.prepare('SELECT kind, name FROM entry_tags WHERE entry_id = ? ORDER BY kind, name').all(id);
const responsesOf = (db: import('better-sqlite3-multiple-ciphers').Database, id: string) =>
  db.prepare('SELECT value FROM entry_responses WHERE entry_id = ? ORDER BY value').pluck().all(id);
const found = (journal: Awaited<ReturnType<typeof openJournal>>, text: string) =>
  journal.search.query({ text }).map((result) => result.id);

describe('saving entries', () => {
  it('saves the document with its derived text, and updates it in place', async () => {
    const { vault, entries } = await openJournal();
    const first = entries.save({
      date: '2026-11-25',
      title: '',
      template: 'nightly',
      doc: doc('I felt unheard tonight.'),
    });
    expect(first).toMatchObject({ text: 'I felt unheard tonight.', template: 'nightly', deletedAt: null });
    const second = entries.save({
      id: first.id,
      date: '2026-11-25',
      title: 'Evening',
      template: 'nightly',
      doc: doc('I felt heard after all.'),
    });
    expect(second.id).toBe(first.id);
    expect(second.text).toBe('I felt heard after all.');
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(entries.get(first.id).title).toBe('Evening');
    vault.close();
  });

  it('starts as a blank page when no template is given', async () => {
    const { vault, entries } = await openJournal();
    expect(entries.save({ date: '2026-11-25', title: '', doc: doc('x') }).template).toBe('blank');
    vault.close();
  });

  it('keeps the tags, intensity and responses of the document, and replaces them when it changes', async () => {
    const { vault, entries } = await openJournal();
    const first = entries.save({
      date: '2026-11-25',
      title: '',
      template: 'trigger-log',
      doc: docOf(
        paragraph('It was ', tag('trigger', 'Feeling dismissed'), ' again.'),
        paragraph(tag('emotion', 'Hurt'), ' ', tag('emotion', 'Anxious'), ' ', tag('need', 'Reassurance')),
        intensity(7),
        response('withdrew'),
      ),
    });
    expect(tagsOf(vault.db, first.id)).toEqual([
      { kind: 'emotion', name: 'Anxious' },
      { kind: 'emotion', name: 'Hurt' },
      { kind: 'need', name: 'Reassurance' },
      { kind: 'trigger', name: 'Feeling dismissed' },
    ]);
    expect(responsesOf(vault.db, first.id)).toEqual(['withdrew']);
    expect(vault.db.prepare('SELECT intensity FROM entries WHERE id = ?').pluck().get(first.id)).toBe(7);

    entries.save({
      id: first.id,
      date: '2026-11-25',
      title: '',
      template: 'trigger-log',
      doc: docOf(paragraph(tag('emotion', 'Calm')), response('stayed-present')),
    });
    expect(tagsOf(vault.db, first.id)).toEqual([{ kind: 'emotion', name: 'Calm' }]);
    expect(responsesOf(vault.db, first.id)).toEqual(['stayed-present']);
    expect(vault.db.prepare('SELECT intensity FROM entries WHERE id = ?').pluck().get(first.id)).toBeNull();
    vault.close();
  });

  it('saves everything or nothing: a save that fails half-way leaves the entry, its tags and search as they were', async () => {
    const journal = await openJournal();
    const { vault, entries } = journal;
    const saved = entries.save({
      date: '2026-11-25',
      title: 'Before',
      template: 'blank',
      doc: docOf(paragraph('original words ', tag('emotion', 'Calm'))),
    });
    // Make the tag write fail, after the entry's row (and so its index) would already have been rewritten.
    vault.db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON entry_tags WHEN new.name = 'Boom'
                   BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    expect(() =>
      entries.save({
        id: saved.id,
        date: '2026-11-26',
        title: 'After',
        template: 'blank',
        doc: docOf(paragraph('replacement words ', tag('emotion', 'Boom'))),
      }),
    ).toThrow(/refused/);
    expect(entries.get(saved.id)).toEqual(saved);
    expect(tagsOf(vault.db, saved.id)).toEqual([{ kind: 'emotion', name: 'Calm' }]);
    expect(found(journal, 'original')).toEqual([saved.id]);
    expect(found(journal, 'replacement')).toEqual([]);
    expect(journal.indexIsConsistent()).toBe(true);
    vault.close();
  });

  it('says plainly when an entry is not there, or is in the Trash', async () => {
    const { vault, entries, write } = await openJournal();
    expect((await havenError(() => entries.get('feedface'))).code).toBe('not-found');
    const missing = await havenError(() =>
      entries.save({ id: 'feedface', date: '2026-11-25', title: '', template: 'blank', doc: doc('x') }),
    );
    expect(missing.code).toBe('not-found');
    expect(missing.message).toBe('That entry is no longer in your journal.');
    const trashed = write('2026-11-25', 'gone for now');
    entries.remove(trashed.id);
    expect(
      (await havenError(() => entries.save({ ...trashed, title: 'x', doc: doc('overwrite the trash') }))).code,
    ).toBe('not-found');
    expect(entries.get(trashed.id).text).toBe('gone for now');
    expect((await havenError(() => entries.remove('feedface'))).code).toBe('not-found');
    expect((await havenError(() => entries.restore('feedface'))).code).toBe('not-found');
    vault.close();
  });

  it('refuses a date that is not a date', async () => {
    const { vault, entries } = await openJournal();
    const error = await havenError(() =>
      entries.save({ date: 'tomorrow', title: '', template: 'blank', doc: doc('x') }),
    );
    expect(error.code).toBe('invalid-input');
    expect(entries.list({ limit: 10 }).total).toBe(0);
    vault.close();
  });
});

describe('listing entries', () => {
  it('lists newest first with an excerpt, a word count and the total', async () => {
    const { vault, entries, write } = await openJournal();
    write('2026-11-23', 'older');
    write('2026-11-25', 'newest entry here');
    write('2026-11-24', 'middle');
    write('2026-11-25', 'written later the same night');
    const page = entries.list({ limit: 10 });
    expect(page.total).toBe(4);
    expect(page.items.map((e) => e.excerpt)).toEqual([
      'written later the same night',
      'newest entry here',
      'middle',
      'older',
    ]);
    expect(page.items[1]).toMatchObject({ words: 3, template: 'blank', deletedAt: null });
    expect(page.items[1]).not.toHaveProperty('doc');
    vault.close();
  });

  it('pages with offset and limit, the total staying the count of all', async () => {
    const { vault, entries, write } = await openJournal();
    for (let day = 1; day <= 7; day++) write(`2026-11-0${day}`, `day ${day}`);
    const pages = [0, 3, 6].map((offset) => entries.list({ offset, limit: 3 }));
    expect(pages.map((page) => page.total)).toEqual([7, 7, 7]);
    expect(pages.flatMap((page) => page.items.map((item) => item.date))).toEqual([
      '2026-11-07',
      '2026-11-06',
      '2026-11-05',
      '2026-11-04',
      '2026-11-03',
      '2026-11-02',
      '2026-11-01',
    ]);
    expect(entries.list({ offset: 10, limit: 3 })).toEqual({ total: 7, items: [] });
    vault.close();
  });

  it('keeps the entries of one date in the order they were written, even one moved there later', async () => {
    const journal = await openJournal();
    const { vault, entries, write } = journal;
    const movedLater = write('2026-11-20', 'written first, on another day');
    const morning = write('2026-11-25', 'morning');
    const evening = write('2026-11-25', 'evening');
    // Moved to the 25th after the other two were written there: it was written before both.
    entries.save({ ...movedLater, title: '', template: 'blank', date: '2026-11-25', doc: doc('moved') });
    const order = [evening.id, morning.id, movedLater.id];
    expect(entries.list({ limit: 10 }).items.map((item) => item.id)).toEqual(order);
    expect(journal.search.query({ text: '', from: '2026-11-25' }).map((result) => result.id)).toEqual(order);
    expect(entries.today(new Date(2026, 10, 25, 23, 0), 4).others.map((other) => other.id)).toEqual(order);
    expect(journal.indexIsConsistent()).toBe(true);
    vault.close();
  });

  it('filters by template, and by a tag of any kind whatever its case', async () => {
    const { vault, entries, write } = await openJournal();
    const log = write('2026-11-20', '', {
      template: 'trigger-log',
      doc: docOf(paragraph(tag('trigger', 'An unanswered message'), tag('emotion', 'Anxious'))),
    });
    const night = write('2026-11-21', '', { template: 'nightly', doc: docOf(paragraph(tag('emotion', 'anxious'))) });
    const accented = write('2026-11-22', '', { doc: docOf(paragraph(tag('tag', 'Überfordert'))) });
    write('2026-11-23', 'nothing tagged', { template: 'nightly' });

    const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
    expect(ids(entries.list({ limit: 10, template: 'trigger-log' }))).toEqual([log.id]);
    expect(entries.list({ limit: 10, template: 'nightly' }).total).toBe(2);
    expect(ids(entries.list({ limit: 10, tag: 'ANXIOUS' }))).toEqual([night.id, log.id]);
    expect(ids(entries.list({ limit: 10, tag: 'an unanswered message' }))).toEqual([log.id]);
    expect(ids(entries.list({ limit: 10, tag: 'überfordert' }))).toEqual([accented.id]);
    expect(entries.list({ limit: 10, tag: 'Anxious', template: 'nightly' })).toMatchObject({ total: 1 });
    expect(entries.list({ limit: 10, tag: 'Calm' })).toEqual({ total: 0, items: [] });
    vault.close();
  });
});

describe('today', () => {
  it('is the evening before until the day starts, with that night’s check-in', async () => {
    const { vault, entries, write } = await openJournal();
    const checkIn = write('2026-11-24', 'the check-in', { template: 'nightly' });
    write('2026-11-24', 'a blank page after it');
    const justAfterMidnight = new Date(2026, 10, 25, 1, 30);
    const overview = entries.today(justAfterMidnight, 4);
    expect(overview.date).toBe('2026-11-24');
    expect(overview.entry?.id).toBe(checkIn.id);
    expect(entries.today(justAfterMidnight, 0)).toMatchObject({ date: '2026-11-25', entry: null, others: [] });
    vault.close();
  });

  it('always opens the check-in, never the newest entry, and lists the day’s other entries under it', async () => {
    const { vault, entries, write } = await openJournal();
    const tonight = new Date(2026, 10, 25, 22, 0);
    const log = write('2026-11-25', 'the message went unanswered', { template: 'trigger-log' });
    // Before the check-in is written, Today starts a new one; the trigger log is listed, not opened.
    expect(entries.today(tonight, 4)).toMatchObject({ entry: null, others: [{ id: log.id }] });
    const checkIn = write('2026-11-25', 'a quiet evening', { template: 'nightly' });
    const repair = write('2026-11-25', 'what I will do next time', { template: 'repair' });
    const overview = entries.today(tonight, 4);
    expect(overview.entry?.id).toBe(checkIn.id);
    expect(overview.others.map((other) => other.id)).toEqual([repair.id, log.id]);
    expect(overview.others[0]).toMatchObject({ template: 'repair', excerpt: 'what I will do next time' });
    // A second check-in on the same day (an import, say) doesn't take the first one's place.
    write('2026-11-25', 'imported later', { template: 'nightly' });
    expect(entries.today(tonight, 4).entry?.id).toBe(checkIn.id);
    entries.remove(checkIn.id);
    expect(entries.today(tonight, 4).entry?.text).toBe('imported later');
    vault.close();
  });

  it('counts the nights written this month so far, and the days so far', async () => {
    const { vault, entries, write } = await openJournal();
    write('2026-10-31', 'last month');
    write('2026-11-01', 'one');
    write('2026-11-01', 'one again, a trigger log');
    write('2026-11-05', 'two');
    const gone = write('2026-11-07', 'trashed');
    entries.remove(gone.id);
    write('2026-11-09', 'three');
    write('2026-11-20', 'after the journal date');
    const overview = entries.today(new Date(2026, 10, 10, 22, 0), 4);
    expect(overview).toMatchObject({ date: '2026-11-10', nightsThisMonth: 3, daysInMonthSoFar: 10 });
    vault.close();
  });

  it('looks back to this day in earlier months and years, newest first, keeping years when there are many', async () => {
    const { vault, entries, write } = await openJournal();
    for (let month = 1; month <= 10; month++) write(`2026-${String(month).padStart(2, '0')}-25`, `month ${month}`);
    for (let year = 2018; year <= 2025; year++) write(`${year}-11-25`, `year ${year}`);
    write('2026-11-24', 'not this day');
    write('2025-12-25', 'this day, eleven months ago');
    write('2025-11-26', 'not this day either');
    const overview = entries.today(new Date(2026, 10, 25, 22, 0), 4);
    const dates = overview.onThisDay.map((entry) => entry.date);
    expect(dates).toHaveLength(10);
    expect(dates).toEqual([...dates].sort().reverse());
    // Eight earlier years are all there; the two newest months fill the rest.
    expect(dates).toEqual([
      '2026-10-25',
      '2026-09-25',
      '2025-11-25',
      '2024-11-25',
      '2023-11-25',
      '2022-11-25',
      '2021-11-25',
      '2020-11-25',
      '2019-11-25',
      '2018-11-25',
    ]);
    vault.close();
  });

  it('matches the 31st only in months that have one', async () => {
    const { vault, entries, write } = await openJournal();
    write('2026-02-28', 'end of February');
    write('2026-01-31', 'end of January');
    write('2025-12-31', 'new year’s eve');
    const dates = entries.today(new Date(2026, 2, 31, 22, 0), 4).onThisDay.map((entry) => entry.date);
    expect(dates).toEqual(['2026-01-31', '2025-12-31']);
    vault.close();
  });
});

describe('the calendar', () => {
  it('marks each date of the month that has an entry, once, with the same filters as the list', async () => {
    const { vault, entries, write } = await openJournal();
    write('2026-10-31', 'october');
    write('2026-11-01', 'first', { template: 'nightly' });
    write('2026-11-01', 'second', { template: 'trigger-log', doc: docOf(paragraph(tag('trigger', 'Criticism'))) });
    write('2026-11-30', 'last', { template: 'nightly' });
    write('2026-12-01', 'december');
    expect(entries.calendar('2026-11')).toEqual(['2026-11-01', '2026-11-30']);
    expect(entries.calendar('2026-11', { template: 'trigger-log' })).toEqual(['2026-11-01']);
    expect(entries.calendar('2026-11', { tag: 'criticism' })).toEqual(['2026-11-01']);
    expect(entries.calendar('2026-02')).toEqual([]);
    expect((await havenError(() => entries.calendar('November'))).code).toBe('invalid-input');
    vault.close();
  });
});

describe('the Trash', () => {
  it('takes an entry out of lists, the calendar and search, and brings it back on restore', async () => {
    const journal = await openJournal();
    const { vault, entries, write } = journal;
    const kept = write('2026-11-24', 'a quiet evening');
    const entry = write('2026-11-25', 'a loud evening');
    entries.remove(entry.id);
    entries.remove(entry.id);
    expect(entries.get(entry.id).deletedAt).not.toBeNull();
    expect(entries.list({ limit: 10 })).toMatchObject({ total: 1, items: [{ id: kept.id }] });
    expect(entries.calendar('2026-11')).toEqual(['2026-11-24']);
    expect(found(journal, 'evening')).toEqual([kept.id]);
    expect(entries.trash().map((item) => item.id)).toEqual([entry.id]);

    const restored = entries.restore(entry.id);
    expect(restored).toMatchObject({ id: entry.id, deletedAt: null, text: 'a loud evening' });
    expect(found(journal, 'evening')).toEqual([entry.id, kept.id]);
    expect(entries.trash()).toEqual([]);
    expect(entries.restore(entry.id).id).toBe(entry.id);
    expect(journal.indexIsConsistent()).toBe(true);
    vault.close();
  });

  it('lists the most recently trashed first', async () => {
    const { vault, entries, write } = await openJournal();
    const a = write('2026-11-20', 'a');
    const b = write('2026-11-25', 'b');
    const c = write('2026-11-22', 'c');
    entries.remove(b.id);
    entries.remove(a.id);
    entries.remove(c.id);
    expect(entries.trash().map((item) => item.id)).toEqual([c.id, a.id, b.id]);
    vault.close();
  });

  it('empties for good, with each entry’s tags, responses and index', async () => {
    const journal = await openJournal();
    const { vault, entries, write } = journal;
    const kept = write('2026-11-24', 'keep this one', { doc: docOf(paragraph('keep this ', tag('emotion', 'Calm'))) });
    const gone = write('2026-11-25', '', {
      doc: docOf(paragraph('remove this ', tag('emotion', 'Hurt')), response('froze')),
    });
    entries.remove(gone.id);
    expect(entries.emptyTrash()).toBe(1);
    expect(entries.emptyTrash()).toBe(0);
    expect((await havenError(() => entries.get(gone.id))).code).toBe('not-found');
    expect(vault.db.prepare('SELECT count(*) FROM entry_tags').pluck().get()).toBe(1);
    expect(vault.db.prepare('SELECT count(*) FROM entry_responses').pluck().get()).toBe(0);
    expect(found(journal, 'remove')).toEqual([]);
    expect(found(journal, 'keep')).toEqual([kept.id]);
    expect(journal.indexIsConsistent()).toBe(true);
    vault.close();
  });

  it('purges only what was trashed more than 30 days ago', async () => {
    const { vault, entries, write, setClock } = await openJournal();
    const old = write('2026-09-01', 'trashed long ago');
    const recent = write('2026-09-02', 'trashed recently');
    setClock(new Date('2026-10-01T12:00:00Z'));
    entries.remove(old.id);
    setClock(new Date('2026-10-20T12:00:00Z'));
    entries.remove(recent.id);
    expect(entries.purgeTrash(new Date('2026-10-25T12:00:00Z'))).toBe(0);
    expect(entries.purgeTrash(new Date('2026-11-02T12:00:00Z'))).toBe(1);
    expect(entries.trash().map((item) => item.id)).toEqual([recent.id]);
    vault.close();
  });
});

describe('what template sections add to an entry', () => {
  const choicesOf = (db: import('better-sqlite3-multiple-ciphers').Database, id: string) =>
    db.prepare('SELECT section_id, value FROM entry_choices WHERE entry_id = ? ORDER BY section_id').all(id);

  it('lists each entry’s tags in the order its document names them, on every kind of list', async () => {
    const journal = await openJournal();
    const { vault, entries, write } = journal;
    const tagged = write('2026-11-25', '', {
      doc: docOf(
        paragraph('First ', tag('trigger', 'Criticism'), ' then ', tag('emotion', 'Hurt')),
        picker('emotion', [item('hurt', 7), item('Anxious', 4)]),
        picker('need', [item('Space')], 'needs'),
        paragraph(tag('tag', 'work')),
      ),
    });
    const plain = write('2025-11-25', 'nothing tagged');
    const expected = [
      { kind: 'trigger', name: 'Criticism' },
      { kind: 'emotion', name: 'Hurt' },
      { kind: 'emotion', name: 'Anxious' },
      { kind: 'need', name: 'Space' },
      { kind: 'tag', name: 'work' },
    ];
    expect(entries.list({ limit: 10 }).items.map((summary) => summary.tags)).toEqual([expected, []]);
    expect(entries.list({ limit: 10, tag: 'space' }).items[0]!.tags).toEqual(expected);
    expect(entries.today(new Date(2026, 10, 25, 22, 0), 4).onThisDay).toMatchObject([{ id: plain.id, tags: [] }]);
    expect(entries.today(new Date(2027, 10, 25, 22, 0), 4).onThisDay[0]!.tags).toEqual(expected);
    entries.remove(tagged.id);
    expect(entries.trash()[0]!.tags).toEqual(expected);
    vault.close();
  });

  it('records the template version: given, or the template’s current one, and kept on later saves', async () => {
    const { vault, entries, write } = await openJournal();
    const given = write('2026-11-24', 'x', { template: 'nightly', templateVersion: 1 });
    expect(given.templateVersion).toBe(1);
    const current = write('2026-11-25', 'y', { template: 'nightly' });
    expect(current.templateVersion).toBe(findBuiltinTemplate('nightly')!.version);
    expect(write('2026-11-25', 'z', { template: 'not-a-template' }).templateVersion).toBeNull();
    const later = entries.save({ id: given.id, date: given.date, title: '', template: 'nightly', doc: doc('more') });
    expect(later.templateVersion).toBe(1);
    expect(entries.list({ limit: 10 }).items.find((summary) => summary.id === given.id)!.templateVersion).toBe(1);
    const switched = entries.save({ id: given.id, date: given.date, title: '', template: 'blank', doc: doc('more') });
    expect(switched.templateVersion).toBe(findBuiltinTemplate('blank')!.version);
    vault.close();
  });

  it('keeps each choice made, and replaces them when the document changes', async () => {
    const { vault, entries, write } = await openJournal();
    const entry = write('2026-11-25', '', {
      doc: docOf(
        choice('repair', 'Did we repair it?', ['Yes', 'No'], 'No'),
        choice('rest', 'Rest?', ['Yes', 'No'], null),
      ),
    });
    expect(choicesOf(vault.db, entry.id)).toEqual([{ section_id: 'repair', value: 'No' }]);
    entries.save({
      ...entry,
      doc: docOf(
        choice('repair', 'Did we repair it?', ['Yes', 'No'], 'Yes'),
        choice('rest', 'Rest?', ['Yes', 'No'], 'No'),
      ),
    });
    expect(choicesOf(vault.db, entry.id)).toEqual([
      { section_id: 'repair', value: 'Yes' },
      { section_id: 'rest', value: 'No' },
    ]);
    entries.remove(entry.id);
    entries.emptyTrash();
    expect(vault.db.prepare('SELECT count(*) FROM entry_choices').pluck().get()).toBe(0);
    vault.close();
  });

  it('finds the words picked in a picker, and filters by them', async () => {
    const journal = await openJournal();
    const entry = journal.write('2026-11-25', '', {
      doc: docOf(picker('trigger', [item('Plans changed last minute')])),
    });
    expect(found(journal, 'plans chang')).toEqual([entry.id]);
    expect(journal.entries.list({ limit: 10, tag: 'plans changed last minute' }).total).toBe(1);
    journal.vault.close();
  });

  it('adds a new word to the vocabulary only when its save succeeds', async () => {
    const { vault, entries } = await openJournal();
    const words = () => vault.db.prepare('SELECT name FROM tags WHERE builtin = 0 ORDER BY name').pluck().all();
    vault.db.exec(
      `CREATE TEMP TRIGGER refuse BEFORE INSERT ON entry_choices BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    const failing = docOf(paragraph(tag('tag', 'Allotment')), choice('c', 'C', ['A', 'B'], 'A'));
    expect(() => entries.save({ date: '2026-11-25', title: '', doc: failing })).toThrow(/refused/);
    expect(words()).toEqual([]);
    entries.save({ date: '2026-11-25', title: '', doc: docOf(paragraph(tag('tag', 'Allotment'))) });
    expect(words()).toEqual(['Allotment']);
    vault.close();
  });
});

describe('empty pages', () => {
  it('are removed on leaving only when they hold nothing the person wrote or chose', async () => {
    const { vault, entries, write } = await openJournal();
    const log = findBuiltinTemplate('trigger-log')!;
    const { templateDoc } = await import('../../../resources/templates/document');
    const untouched = write('2026-11-25', '', { template: log.id, doc: templateDoc(log.sections) });
    const worded = write('2026-11-25', 'one line');
    const titled = write('2026-11-25', '', { title: 'Later' });
    const felt = write('2026-11-25', '', { doc: docOf(picker('emotion', [item('Hurt')])) });
    const rated = write('2026-11-25', '', { doc: docOf(intensity(4)) });
    const responded = write('2026-11-25', '', { doc: docOf(response('froze')) });
    const chose = write('2026-11-25', '', { doc: docOf(choice('whose', 'Whose is it?', ['Mine', 'Ours'], 'Ours')) });

    expect(entries.list({ limit: 20 }).total).toBe(7);
    expect(entries.discardIfEmpty(untouched.id)).toBe(true);
    for (const kept of [worded, titled, felt, rated, responded, chose]) {
      expect(entries.discardIfEmpty(kept.id)).toBe(false);
    }
    expect(entries.list({ limit: 20 }).total).toBe(6);
    expect(() => entries.get(untouched.id)).toThrow();

    // Emptied again later (every word deleted): the same.
    entries.save({ ...worded, doc: doc('') });
    write('2026-11-26', '', { template: log.id, doc: templateDoc(log.sections) });
    write('2026-10-01', '', { template: log.id, doc: templateDoc(log.sections) });
    expect(entries.discardEmptySince('2026-11-20')).toBe(2);
    // Older pages are not looked at by the sweep (leaving the page removes them as ever).
    expect(entries.list({ limit: 20 }).total).toBe(6);
    // One in the Trash is the person's to restore or empty, not a page to tidy away.
    const trashed = write('2026-11-27', '', { template: log.id, doc: templateDoc(log.sections) });
    entries.remove(trashed.id);
    expect(entries.discardEmptySince('2026-11-20')).toBe(0);
    expect(entries.discardIfEmpty(trashed.id)).toBe(false);
    expect(entries.trash().map((entry) => entry.id)).toEqual([trashed.id]);
    vault.close();
  });
});

import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3-multiple-ciphers';
import { createRandom } from '../../../bench/generate';
import { BUCKET_LENGTHS, bucketRange, cover, rebuildRollups } from '../../../main/journal/rollups';
import { docOf, intensity, item, openJournal, paragraph, picker, response, tag } from './helpers';

/**
 * The pattern counts the triggers keep must equal a count made from scratch, here in plain JavaScript over
 * the derived rows (independent of the SQL in rollups.ts), after any mix of what a person does.
 */
function recount(db: Database.Database): string[] {
  const entries = db.prepare('SELECT id, date, intensity, created_at FROM entries WHERE deleted_at IS NULL').all() as {
    id: string;
    date: string;
    intensity: number | null;
    created_at: string;
  }[];
  const tags = db.prepare('SELECT entry_id, kind, folded, intensity FROM entry_tags').all() as {
    entry_id: string;
    kind: string;
    folded: string;
    intensity: number | null;
  }[];
  const responses = db.prepare('SELECT entry_id, value FROM entry_responses').all() as {
    entry_id: string;
    value: string;
  }[];
  // The family as the vocabulary has it now: the rows' stored copy must agree with it.
  const families = new Map(
    (
      db.prepare("SELECT folded, family FROM tags WHERE kind = 'emotion'").all() as {
        folded: string;
        family: string | null;
      }[]
    ).map((row) => [row.folded, row.family]),
  );
  const counts = new Map<string, [number, number, number]>();
  const add = (fact: string, date: string, a: unknown, b: unknown = '', c: unknown = '', isum = 0, icount = 0) => {
    for (const length of BUCKET_LENGTHS) {
      const key = [fact, date.slice(0, length), a, b, c].join('|');
      const value = counts.get(key) ?? [0, 0, 0];
      counts.set(key, [value[0] + 1, value[1] + isum, value[2] + icount]);
    }
  };
  const nights = new Set<string>();
  for (const entry of entries) {
    const own = tags.filter((t) => t.entry_id === entry.id);
    const answered = responses.filter((r) => r.entry_id === entry.id).map((r) => r.value);
    const weekday = ((new Date(`${entry.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const created = new Date(entry.created_at);
    const quarter = created.getUTCHours() * 4 + Math.floor(created.getUTCMinutes() / 15);
    nights.add(entry.date);
    add('entries', entry.date, entry.intensity ?? '');
    add('time', entry.date, weekday, quarter);
    const triggers = own.filter((t) => t.kind === 'trigger');
    for (const t of own) if (['trigger', 'emotion', 'need'].includes(t.kind)) add('tag', entry.date, t.kind, t.folded);
    for (const family of new Set(own.filter((t) => t.kind === 'emotion').map((t) => families.get(t.folded) ?? '')))
      add('family', entry.date, family);
    for (const a of triggers) {
      for (const b of own.filter((t) => t.kind === 'emotion' || t.kind === 'need')) {
        const strength = b.intensity ?? entry.intensity;
        add('pair', entry.date, a.folded, b.kind, b.folded, strength ?? 0, strength === null ? 0 : 1);
      }
      for (const value of answered) add('trigger-response', entry.date, a.folded, value);
      if (weekday <= 5) add('trigger-time', entry.date, a.folded, quarter);
    }
    for (const value of answered) add('response', entry.date, value);
    if (answered.length > 0) add('responded', entry.date, '');
  }
  for (const date of nights) add('nights', date, '');
  return [...counts].map(([key, [count, isum, icount]]) => `${key}=${count},${isum},${icount}`).sort();
}

function kept(db: Database.Database): string[] {
  return (
    db.prepare('SELECT fact, bucket, a, b, c, count, isum, icount FROM pattern_counts').all() as Record<
      string,
      unknown
    >[]
  )
    .map((r) => `${[r.fact, r.bucket, r.a, r.b, r.c].join('|')}=${r.count},${r.isum},${r.icount}`)
    .sort();
}

const TRIGGERS = ['Unanswered message', 'Criticism', 'Feeling dismissed', 'My own trigger'];
const EMOTIONS = ['Anxious', 'Hurt', 'Lonely', 'Angry', 'Calm', 'Fizzy'];
const NEEDS = ['Reassurance', 'Space', 'To be heard'];
const RESPONSES = ['pursued', 'withdrew', 'froze', 'stayed-present'];

describe('pattern rollups', () => {
  it('stay equal to a count from scratch through saves, moves, the Trash, deleting for good, renames and merges', async () => {
    const journal = await openJournal('2026-11-25T21:00:00Z');
    const { db } = journal.vault;
    const random = createRandom(7);
    const some = <T>(items: readonly T[], max: number) => [
      ...new Set(Array.from({ length: random.int(0, max) }, () => random.pick(items))),
    ];
    const randomDoc = () =>
      docOf(
        paragraph('Tonight', ...some(TRIGGERS, 2).map((name) => tag('trigger', name))),
        picker(
          'emotion',
          some(EMOTIONS, 3).map((name) => item(name, random.chance(0.5) ? random.int(0, 10) : null)),
          'emotions',
        ),
        paragraph(...some(EMOTIONS, 1).map((name) => tag('emotion', name))),
        picker(
          'need',
          some(NEEDS, 2).map((name) => item(name)),
          'needs',
        ),
        ...(random.chance(0.7) ? [intensity(random.int(0, 10))] : []),
        ...some(RESPONSES, 2).map((value) => response(value)),
      );
    // Dates across a century boundary, so every bucket length is exercised.
    const randomDate = () => {
      const day = Date.parse('1998-06-01T00:00:00Z') + random.int(0, 5 * 365) * 86_400_000;
      return new Date(day).toISOString().slice(0, 10);
    };
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push(journal.entries.save({ date: randomDate(), title: '', doc: randomDoc() }).id);
    expect(kept(db)).toEqual(recount(db));

    const done = new Map<string, number>();
    const steps: [number, string, () => unknown][] = [
      [
        0.3,
        'edit',
        () => journal.entries.save({ id: random.pick(ids), date: randomDate(), title: '', doc: randomDoc() }),
      ],
      [
        0.45,
        'resave',
        () => {
          const entry = journal.entries.get(random.pick(ids));
          journal.entries.save({ id: entry.id, date: entry.date, title: 'same tags', doc: entry.doc });
        },
      ],
      [0.6, 'trash', () => journal.entries.remove(random.pick(ids))],
      [0.72, 'restore', () => journal.entries.restore(random.pick(ids))],
      [0.8, 'new', () => ids.push(journal.entries.save({ date: randomDate(), title: '', doc: randomDoc() }).id)],
      [0.84, 'empty trash', () => journal.entries.emptyTrash()],
      [
        0.9,
        'rename emotion',
        () => journal.tags.rename('emotion', random.pick(EMOTIONS), `${random.pick(EMOTIONS)} ${done.size}`),
      ],
      [0.95, 'merge emotions', () => journal.tags.merge('emotion', random.pick(EMOTIONS), random.pick(EMOTIONS))],
      [
        1,
        'rename trigger',
        () => journal.tags.rename('trigger', random.pick(TRIGGERS), random.pick(TRIGGERS).toUpperCase()),
      ],
    ];
    for (let step = 0; step < 200; step++) {
      const roll = random.next();
      const [, name, run] = steps.find(([upTo]) => roll < upTo)!;
      try {
        await run();
        done.set(name, (done.get(name) ?? 0) + 1);
      } catch {
        // An entry already in the Trash or deleted, a tag renamed away: the step changes nothing.
      }
      if (step % 25 === 0) expect(kept(db)).toEqual(recount(db));
    }
    // Every kind of change happened at least once.
    expect([...done.keys()].sort()).toEqual(steps.map(([, name]) => name).sort());
    expect(kept(db)).toEqual(recount(db));
    expect(kept(db).every((row) => !row.includes('=0,'))).toBe(true);

    const before = kept(db);
    rebuildRollups(db);
    expect(kept(db)).toEqual(before);
    journal.vault.close();
  });

  it('tiles a period with the fewest whole buckets', () => {
    expect(cover('2026-03-01', '2026-03-03')).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(cover('2026-02-27', '2026-04-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03', '2026-04-01']);
    expect(cover('1998-12-31', '2026-11-25')).toEqual([
      '1998-12-31',
      '1999',
      '200',
      '201',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      ...Array.from({ length: 25 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(cover('1700-01-01', '1999-12-31')).toEqual(['17', '18', '19']);
    expect(bucketRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    // Every date of a random long period lies in exactly one bucket.
    const buckets = cover('1792-03-17', '2026-11-25');
    let next = '1792-03-17';
    for (const bucket of buckets) {
      expect(bucketRange(bucket).from).toBe(next);
      next = new Date(Date.parse(`${bucketRange(bucket).to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    }
    expect(next).toBe('2026-11-26');
    expect(buckets.length).toBeLessThan(120);
    // Before year 0 there is nothing to count; the period before one that starts in year 1 still reads.
    expect(cover('-000001-12', '0001-12-31')).toEqual(['0000', '0001']);
    expect(cover('-000005-01', '-000001-12')).toEqual([]);
  });
});

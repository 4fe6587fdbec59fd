import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, vi } from 'vitest';
import { HavenError } from '../../../main/errors';
import { listBackups } from '../../../main/vault/backups';
import { createEntries } from '../../../main/journal/entries';
import { seqBounds } from '../../../main/journal/seq';
import { migration1000 } from '../../../main/vault/migrations/1000-entries';
import { migration1010 } from '../../../main/vault/migrations/1010-search';
import { LATEST_VERSION, MIGRATIONS, runMigrations } from '../../../main/vault/migrations/index';
import { EMOTIONS, NEEDS, TRIGGERS } from '../../../resources/vocabulary';
import { unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, dataKeyOf, havenError, newVault, openRaw, sha256 } from './helpers';

const NOW = new Date(2026, 10, 25, 22, 0, 0);
const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];

/** The tables every migration together creates, from a fresh database. */
function migratedTables(): string[] {
  const db = new Database(':memory:');
  runMigrations(db, { beforeFirst: () => undefined });
  const names = tables(db);
  db.close();
  return names;
}

describe('schema migrations', () => {
  it('bring an older journal up to date, keeping a backup of it as it was', async () => {
    const { dataDir, id, dir } = await newVault();
    const dataKey = await dataKeyOf(dir);
    const file = join(dir, 'vault.db');
    rmSync(file);
    const old = openRaw(file, dataKey);
    old.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('from before versions')");
    old.close();

    const open = await unlockVault(dataDir, id, PASSPHRASE, NOW);
    expect(open.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(tables(open.db)).toEqual([...migratedTables(), 'notes'].sort());
    open.close();

    const before = listBackups(dir).find((backup) => backup.kind === 'before-migration');
    expect(before).toBeDefined();
    const copy = openRaw(join(dir, 'backups', before!.id), dataKey);
    expect(copy.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(copy)).toEqual(['notes']);
    copy.close();
  });

  it('refuse a journal from a newer Haven, asking to update, and leave it unchanged', async () => {
    const { dataDir, id, dir } = await newVault();
    const raw = openRaw(join(dir, 'vault.db'), await dataKeyOf(dir));
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = sha256(join(dir, 'vault.db'));

    const error = await havenError(unlockVault(dataDir, id, PASSPHRASE, NOW));
    expect(error.message).toMatch(/Update Haven/);
    expect(error.code).toBe('vault-too-new');
    expect(sha256(join(dir, 'vault.db'))).toBe(before);
  });

  it('take no backup for a brand-new database', () => {
    const db = new Database(':memory:');
    const beforeFirst = vi.fn();
    expect(runMigrations(db, { beforeFirst })).toBe(MIGRATIONS.length);
    expect(beforeFirst).not.toHaveBeenCalled();
    expect(runMigrations(db, { beforeFirst })).toBe(0);
    db.close();
  });

  it('run each in its own transaction: a failing one changes nothing and the ones before it stay', () => {
    const db = new Database(':memory:');
    const failing = [
      ...MIGRATIONS,
      {
        version: LATEST_VERSION + 1,
        name: 'breaks halfway',
        up(target: Database.Database) {
          target.exec('CREATE TABLE half_done (x)');
          throw new Error('boom');
        },
      },
    ];
    const error = (() => {
      try {
        runMigrations(db, { beforeFirst: () => undefined }, failing);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(HavenError);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(tables(db)).toEqual(migratedTables());
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });
});

describe('migration 1020: templates and tags', () => {
  /** A journal as issue 4 left it: entries with tag rows, and nothing about templates or the vocabulary. */
  function journalBefore1020(): Database.Database {
    const db = new Database(':memory:');
    runMigrations(db, { beforeFirst: () => undefined }, [migration1000, migration1010]);
    const entry = db.prepare(
      `INSERT INTO entries (seq, id, date, created_at, updated_at, template, title, facets, text, doc)
       VALUES (?, ?, ?, ?, ?, 'blank', '', '', '', '{}')`,
    );
    entry.run(seqBounds('2026-11-01').first, 'older', '2026-11-01', '2026-11-01T20:00:00Z', '2026-11-01T20:00:00Z');
    entry.run(seqBounds('2026-11-02').first, 'newer', '2026-11-02', '2026-11-02T20:00:00Z', '2026-11-03T09:00:00Z');
    const tag = db.prepare('INSERT INTO entry_tags (entry_id, kind, name, folded) VALUES (?, ?, ?, ?)');
    tag.run('older', 'tag', 'book club', 'book club');
    tag.run('newer', 'tag', 'Book Club', 'book club');
    tag.run('newer', 'emotion', 'anxious', 'anxious');
    tag.run('newer', 'emotion', 'Zany', 'zany');
    tag.run('newer', 'need', 'Quiet', 'quiet');
    return db;
  }

  it('seeds the built-in words, adds the names entries already hold, and keeps entries readable', () => {
    const db = journalBefore1020();
    runMigrations(db, { beforeFirst: () => undefined });
    const rows = db.prepare('SELECT kind, name, builtin FROM tags WHERE builtin = 0 ORDER BY kind, folded').all();
    expect(rows).toEqual([
      { kind: 'emotion', name: 'Zany', builtin: 0 },
      { kind: 'need', name: 'Quiet', builtin: 0 },
      // Spelled as the most recently edited entry spells it.
      { kind: 'tag', name: 'Book Club', builtin: 0 },
    ]);
    expect(db.prepare('SELECT count(*) FROM tags WHERE builtin = 1').pluck().get()).toBe(
      TRIGGERS.length + EMOTIONS.length + NEEDS.length,
    );
    expect(db.prepare("SELECT name, meaning FROM tags WHERE kind = 'emotion' AND folded = 'anxious'").get()).toEqual({
      name: 'Anxious',
      meaning: EMOTIONS.find((emotion) => emotion.name === 'Anxious')!.meaning,
    });
    const newer = createEntries(db, () => new Date()).list({ limit: 10 }).items[0]!;
    expect(newer).toMatchObject({ id: 'newer', templateVersion: null });
    // Rows from before have no position yet: kind, then name.
    expect(newer.tags).toEqual([
      { kind: 'emotion', name: 'anxious' },
      { kind: 'emotion', name: 'Zany' },
      { kind: 'need', name: 'Quiet' },
      { kind: 'tag', name: 'Book Club' },
    ]);
    db.close();
  });
});

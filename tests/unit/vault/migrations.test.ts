import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, vi } from 'vitest';
import { HavenError } from '../../../main/errors';
import { listBackups } from '../../../main/vault/backups';
import { LATEST_VERSION, MIGRATIONS, runMigrations } from '../../../main/vault/migrations/index';
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

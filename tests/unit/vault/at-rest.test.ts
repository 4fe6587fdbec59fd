import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { takeScheduledBackup } from '../../../main/vault/backups';
import { unlockVault } from '../../../main/vault/store';
import { PASSPHRASE, dataKeyOf, insertEntry, newVault, tempDir, uniqueMarker } from './helpers';

/** Every file under a folder, with its raw bytes. */
function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, bytes: readFileSync(file) }));
}

const holds = (bytes: Buffer, marker: string) =>
  bytes.includes(Buffer.from(marker, 'utf8')) || bytes.includes(Buffer.from(marker, 'utf16le'));

const DAY = new Date(2026, 10, 25, 21, 0);
const NEXT_DAY = new Date(2026, 10, 26, 21, 0);

describe('what an entry leaves on disk', () => {
  it('never shows up in the database, its WAL, or a backup', async () => {
    const { dataDir, id, dir } = await newVault();
    const marker = uniqueMarker();
    const open = await unlockVault(dataDir, id, PASSPHRASE, DAY);
    insertEntry(open.db, 'e1', {
      title: `${marker} title`,
      doc: JSON.stringify({ text: marker }),
      text: `${marker} text`,
    });

    // No checkpoint has run, so the entry is only in the WAL right now.
    const wal = readFileSync(join(dir, 'vault.db-wal'));
    expect(wal.length).toBeGreaterThan(0);
    expect(holds(wal, marker)).toBe(false);
    expect(takeScheduledBackup(open.db, dir, NEXT_DAY)).toBe('daily-2026-11-26.db');
    const whileOpen = filesUnder(dir);
    expect(whileOpen.map((f) => f.file)).toEqual(
      expect.arrayContaining([
        join(dir, 'vault.db'),
        join(dir, 'vault.db-wal'),
        join(dir, 'backups', 'daily-2026-11-26.db'),
      ]),
    );
    for (const { file, bytes } of whileOpen) expect(holds(bytes, marker), file).toBe(false);

    open.close();
    for (const { file, bytes } of filesUnder(dir)) expect(holds(bytes, marker), file).toBe(false);
  });

  it('control: the same write in a plain SQLite file is found by the same search', () => {
    const file = join(tempDir(), 'plain.db');
    const marker = uniqueMarker();
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec(
      "CREATE TABLE entries (id TEXT PRIMARY KEY, date TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', doc TEXT NOT NULL, text TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT)",
    );
    insertEntry(db, 'e1', { text: marker });
    expect(holds(readFileSync(`${file}-wal`), marker)).toBe(true);
    db.close();
  });

  it("doesn't look like an SQLite file from the outside", async () => {
    const { dir } = await newVault();
    const head = readFileSync(join(dir, 'vault.db')).subarray(0, 16);
    expect(head.toString('latin1')).not.toBe('SQLite format 3\0');
  });
});

describe('header.json, the only plaintext beside the database', () => {
  const keyPaths = (value: unknown, prefix = ''): string[] =>
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => [`${prefix}${key}`, ...keyPaths(inner, `${prefix}${key}.`)])
      : [];

  it('holds exactly the allowed fields, and no entry title, key or passphrase', async () => {
    const { dataDir, id, dir, recoveryKey } = await newVault('Robin');
    const title = uniqueMarker();
    const open = await unlockVault(dataDir, id, PASSPHRASE, DAY);
    insertEntry(open.db, 'e1', { title });
    open.close();

    const text = readFileSync(join(dir, 'header.json'), 'utf8');
    expect(keyPaths(JSON.parse(text)).sort()).toEqual(
      [
        'format',
        'name',
        'kdf',
        'kdf.name',
        'kdf.N',
        'kdf.r',
        'kdf.p',
        'kdf.salt',
        'wrapped',
        'wrapped.passphrase',
        'wrapped.passphrase.iv',
        'wrapped.passphrase.data',
        'wrapped.recovery',
        'wrapped.recovery.iv',
        'wrapped.recovery.data',
      ].sort(),
    );
    expect(JSON.parse(text).name).toBe('Robin');

    const dataKey = await dataKeyOf(dir);
    const raw = readFileSync(join(dir, 'header.json'));
    for (const secret of [title, PASSPHRASE, recoveryKey, dataKey.toString('hex'), dataKey.toString('base64')]) {
      expect(text.includes(secret)).toBe(false);
    }
    expect(raw.includes(dataKey)).toBe(false);
  });
});

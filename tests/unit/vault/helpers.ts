import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, expect } from 'vitest';
import { HavenError } from '../../../main/errors';
import { readHeader } from '../../../main/vault/header';
import { deriveKey, unwrapKey } from '../../../main/vault/keys';
import { createVault } from '../../../main/vault/store';

/** Cheaper scrypt for tests that unlock many times; the default cost has its own test. */
export const FAST_KDF = { N: 2 ** 14 };
export const PASSPHRASE = 'correct horse battery staple';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'haven-vault-'));
  made.push(dir);
  return dir;
}

export const vaultDir = (dataDir: string, id: string) => join(dataDir, 'vaults', id);

export async function newVault(name = 'Robin', kdf: { N?: number } = FAST_KDF) {
  const dataDir = tempDir();
  const created = await createVault(dataDir, name, PASSPHRASE, { kdf });
  const id = created.summary.id;
  return { dataDir, id, dir: vaultDir(dataDir, id), recoveryKey: created.recoveryKey };
}

/** The data key, unwrapped the way the app does it — for tests that must reach the database directly. */
export async function dataKeyOf(dir: string, passphrase = PASSPHRASE): Promise<Buffer> {
  const header = readHeader(join(dir, 'header.json'));
  const key = await deriveKey(passphrase, header.kdf);
  const dataKey = unwrapKey(header.wrapped.passphrase, key, 'passphrase');
  if (!dataKey) throw new Error('test passphrase does not unwrap');
  return dataKey;
}

/** A raw connection to an encrypted file, outside the vault code. */
export function openRaw(file: string, dataKey: Buffer): Database.Database {
  const db = new Database(file);
  db.pragma("cipher = 'chacha20'");
  db.key(Buffer.from(`x'${dataKey.toString('hex')}'`));
  return db;
}

export function insertEntry(
  db: Database.Database,
  id: string,
  fields: { title?: string; doc?: string; text?: string } = {},
) {
  const at = new Date().toISOString();
  db.prepare(
    `INSERT INTO entries (id, date, title, doc, text, created_at, updated_at) VALUES (?, '2026-11-25', ?, ?, ?, ?, ?)`,
  ).run(id, fields.title ?? '', fields.doc ?? '{}', fields.text ?? '', at, at);
}

export const entryIds = (db: Database.Database) =>
  db.prepare('SELECT id FROM entries ORDER BY id').pluck().all() as string[];

export const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export const uniqueMarker = () => `haven-marker-${randomBytes(8).toString('hex')}`;

/** Resolves with the HavenError a promise (or function) fails with; fails the test if it doesn't. */
export async function havenError(action: Promise<unknown> | (() => unknown)): Promise<HavenError> {
  try {
    await (typeof action === 'function' ? action() : action);
  } catch (error) {
    expect(error).toBeInstanceOf(HavenError);
    return error as HavenError;
  }
  throw new Error('expected a HavenError, but it succeeded');
}

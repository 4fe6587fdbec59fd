import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { applyConnectionSettings } from '../../../main/vault/database';
// @ts-expect-error -- a plain .mjs helper for child processes, without type declarations
import { CONNECTION_PRAGMAS } from '../fixtures/vault-connection.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const READ_BACK = [
  'journal_mode',
  'synchronous',
  'temp_store',
  'foreign_keys',
  'secure_delete',
  'mmap_size',
  'wal_autocheckpoint',
  'cache_size',
];

function settings(db: Database.Database): Record<string, unknown> {
  return Object.fromEntries(READ_BACK.map((name) => [name, db.pragma(name, { simple: true })]));
}

describe('the crash-test children', () => {
  it('open their connection with exactly the settings the app uses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-conn-'));
    dirs.push(dir);
    const app = new Database(join(dir, 'app.db'));
    applyConnectionSettings(app);
    const child = new Database(join(dir, 'child.db'));
    for (const pragma of CONNECTION_PRAGMAS as string[]) child.pragma(pragma);
    expect(settings(child)).toEqual(settings(app));
    expect(settings(app)).toMatchObject({ journal_mode: 'wal', synchronous: 2, wal_autocheckpoint: 0 });
    app.close();
    child.close();
  });
});

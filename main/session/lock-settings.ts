import type Database from 'better-sqlite3-multiple-ciphers';
import { LockSettings } from '../../preload/contract';

const KEY = 'lock';
export const DEFAULT_LOCK: LockSettings = { idleSeconds: 600, blurSeconds: null };

/** Lock choices live inside the encrypted vault: how long someone leaves Haven open is nobody else's business. */
export function readLockSettings(db: Database.Database): LockSettings {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return DEFAULT_LOCK;
  const parsed = LockSettings.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : DEFAULT_LOCK;
}

export function writeLockSettings(db: Database.Database, settings: LockSettings): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(settings));
}

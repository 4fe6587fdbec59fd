import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';

/**
 * Choices kept inside the encrypted vault (how long someone leaves Haven open, when their day starts): one row
 * per key, validated on the way out so an older or damaged value falls back to the default.
 */
export function readSetting<T>(db: Database.Database, key: string, schema: z.ZodType<T>, fallback: T): T {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export function writeSetting<T>(db: Database.Database, key: string, value: T): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}

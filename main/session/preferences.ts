import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Preferences } from '../../preload/contract';
import { writeFileAtomic } from '../vault/files';

const FILE = 'preferences.json';
export const DEFAULT_PREFERENCES: Preferences = { reminderTime: null, openAtLogin: false };

/**
 * Choices that must work while every journal is locked (a reminder has to fire then), so they live beside the
 * vaults in plaintext. They hold a time of day and an on/off, never anything a person wrote.
 */
export function readPreferences(dataDir: string): Preferences {
  try {
    const parsed = Preferences.safeParse(JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

export function writePreferences(dataDir: string, preferences: Preferences): void {
  writeFileAtomic(join(dataDir, FILE), JSON.stringify(preferences));
}

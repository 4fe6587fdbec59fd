import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Appearance, DEFAULT_APPEARANCE, Preferences } from '../../preload/contract';
import { writeFileAtomic } from '../vault/files';

const FILE = 'preferences.json';
export const DEFAULT_PREFERENCES: Preferences = { reminderTime: null, openAtLogin: false };

/**
 * The file as stored. Each choice falls back to its default on its own, so one unreadable value (a hand edit, a
 * newer Haven's choice) never costs the person the others.
 */
const Stored = z.object({
  reminderTime: Preferences.shape.reminderTime.catch(DEFAULT_PREFERENCES.reminderTime),
  openAtLogin: Preferences.shape.openAtLogin.catch(DEFAULT_PREFERENCES.openAtLogin),
  appearance: z
    .object({
      theme: Appearance.shape.theme.catch(DEFAULT_APPEARANCE.theme),
      textSize: Appearance.shape.textSize.catch(DEFAULT_APPEARANCE.textSize),
      writingFont: Appearance.shape.writingFont.catch(DEFAULT_APPEARANCE.writingFont),
      lineWidth: Appearance.shape.lineWidth.catch(DEFAULT_APPEARANCE.lineWidth),
    })
    .catch(DEFAULT_APPEARANCE),
});
type Stored = z.infer<typeof Stored>;

/**
 * Choices that must work while every journal is locked (a reminder has to fire then, and the lock screen wears the
 * chosen theme), so they live beside the vaults in plaintext. They hold a time of day, on/offs and how Haven looks,
 * never anything a person wrote.
 */
function readStored(dataDir: string): Stored {
  let raw: unknown = {};
  try {
    raw = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8'));
  } catch {
    // No file yet, or one that can't be read: every choice starts from its default.
  }
  return Stored.parse(raw && typeof raw === 'object' ? raw : {});
}

function writeStored(dataDir: string, stored: Stored): void {
  writeFileAtomic(join(dataDir, FILE), JSON.stringify(stored));
}

export function readPreferences(dataDir: string): Preferences {
  const { reminderTime, openAtLogin } = readStored(dataDir);
  return { reminderTime, openAtLogin };
}

/** Writes the reminder choices and keeps the appearance already chosen. */
export function writePreferences(dataDir: string, preferences: Preferences): void {
  writeStored(dataDir, { ...readStored(dataDir), ...preferences });
}

export function readAppearance(dataDir: string): Appearance {
  return readStored(dataDir).appearance;
}

/** Writes how Haven looks and keeps the reminder choices already made. */
export function writeAppearance(dataDir: string, appearance: Appearance): void {
  writeStored(dataDir, { ...readStored(dataDir), appearance });
}

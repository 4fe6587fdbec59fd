import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Appearance, DEFAULT_APPEARANCE, LockScreenPreferences, Preferences } from '../../preload/contract';
import { writeFileAtomic } from '../vault/files';

const FILE = 'preferences.json';
export const DEFAULT_PREFERENCES: Preferences = { reminderTime: null, openAtLogin: false };
/** Off unless the person turns it on: on a shared computer it tells whoever opens Haven whose journal was used last. */
export const DEFAULT_LOCK_SCREEN: LockScreenPreferences = { rememberLastJournal: false };

function readFile(dataDir: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** One file for every device-wide choice: each writer changes only its own keys and keeps the others. */
function updateFile(dataDir: string, change: (file: Record<string, unknown>) => Record<string, unknown>): void {
  writeFileAtomic(join(dataDir, FILE), JSON.stringify(change(readFile(dataDir))));
}

/**
 * The file as stored. Each choice falls back to its default on its own, so one unreadable value (a hand edit, a
 * newer Haven's choice) never costs the person the others.
 */
const StoredPreferences = z.object({
  reminderTime: Preferences.shape.reminderTime.catch(DEFAULT_PREFERENCES.reminderTime),
  openAtLogin: Preferences.shape.openAtLogin.catch(DEFAULT_PREFERENCES.openAtLogin),
});

/** Each choice falls back to its default on its own: one unreadable value never costs the others. */
export function readPreferences(dataDir: string): Preferences {
  return StoredPreferences.parse(readFile(dataDir));
}

export function writePreferences(dataDir: string, preferences: Preferences): void {
  updateFile(dataDir, (file) => ({ ...file, ...preferences }));
}

export function readLockScreenPreferences(dataDir: string): LockScreenPreferences {
  const parsed = LockScreenPreferences.safeParse(readFile(dataDir));
  return parsed.success ? parsed.data : DEFAULT_LOCK_SCREEN;
}

/** Turning the choice off forgets the journal it remembered, so nothing on disk names it any more. */
export function writeLockScreenPreferences(dataDir: string, choice: LockScreenPreferences): void {
  updateFile(dataDir, (file) => {
    const next: Record<string, unknown> = { ...file, ...choice };
    if (!choice.rememberLastJournal) delete next.lastJournalId;
    return next;
  });
}

/** The journal unlocked last on this computer, kept only while the person has asked for it. */
export function readLastJournal(dataDir: string): string | null {
  if (!readLockScreenPreferences(dataDir).rememberLastJournal) return null;
  const id = readFile(dataDir).lastJournalId;
  return typeof id === 'string' ? id : null;
}

export function rememberLastJournal(dataDir: string, vaultId: string): void {
  if (!readLockScreenPreferences(dataDir).rememberLastJournal) return;
  updateFile(dataDir, (file) => ({ ...file, lastJournalId: vaultId }));
}

const StoredAppearance = z
  .object({
    theme: Appearance.shape.theme.catch(DEFAULT_APPEARANCE.theme),
    textSize: Appearance.shape.textSize.catch(DEFAULT_APPEARANCE.textSize),
    writingFont: Appearance.shape.writingFont.catch(DEFAULT_APPEARANCE.writingFont),
    lineWidth: Appearance.shape.lineWidth.catch(DEFAULT_APPEARANCE.lineWidth),
  })
  .catch(DEFAULT_APPEARANCE);

/** How Haven looks; each choice falls back to its default on its own, so one odd value never costs the others. */
export function readAppearance(dataDir: string): Appearance {
  return StoredAppearance.parse(readFile(dataDir).appearance ?? {});
}

/** Writes how Haven looks and keeps every other choice already made. */
export function writeAppearance(dataDir: string, appearance: Appearance): void {
  updateFile(dataDir, (file) => ({ ...file, appearance }));
}

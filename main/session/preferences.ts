import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockScreenPreferences, Preferences } from '../../preload/contract';
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
 * Choices that must work while every journal is locked (a reminder has to fire then), so they live beside the
 * vaults in plaintext. They hold a time of day and an on/off, never anything a person wrote.
 */
export function readPreferences(dataDir: string): Preferences {
  const parsed = Preferences.safeParse(readFile(dataDir));
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
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
